using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The base of every Python value. Each protocol is a virtual method whose default is CPython's
/// behaviour for an object that lacks the slot (usually a TypeError worded as CPython words it).
/// Generated code does not call these directly: it goes through <see cref="Ops"/>, which adds the
/// fast paths and the reflected/coercion rules.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type (what <c>type(x)</c> returns; for classic instances, <c>instance</c>'s
    /// class is reported through <see cref="PyInstance.Class"/>).</summary>
    public abstract PyType Type { get; }

    /// <summary>The type's name as CPython prints it in error messages.</summary>
    public virtual string TypeName => Type.Name;

    // ---- attributes ----------------------------------------------------------------------

    /// <summary>The instance <c>__dict__</c>, or null when the object has none.</summary>
    public virtual PyDict InstanceDict => null;

    /// <summary>Attribute lookup; returns null when the attribute does not exist (no exception on the
    /// common miss path). Overridden by objects with <c>__getattr__</c>-style hooks.</summary>
    public virtual PyObject GetAttributeOrNull(PyStr name) => PyType.GenericGetAttr(this, name);

    public virtual void SetAttribute(PyStr name, PyObject value) => PyType.GenericSetAttr(this, name, value);

    public virtual void DeleteAttribute(PyStr name) => PyType.GenericDeleteAttr(this, name);

    /// <summary>True when attributes come from the type's MRO and the instance dict in the standard way,
    /// so a method call may take the method straight from the type (no bound-method object). Objects
    /// whose <see cref="GetAttributeOrNull"/> looks elsewhere first (super, modules) say false.</summary>
    protected internal virtual bool HasStandardAttributeLookup => true;

    /// <summary>The AttributeError raised when <see cref="GetAttributeOrNull"/> found nothing.</summary>
    public virtual PythonException MissingAttribute(PyStr name) =>
        Ops.AttributeError($"'{TypeName}' object has no attribute '{name}'");

    // ---- descriptors ----------------------------------------------------------------------

    /// <summary>True when this object, found in a type's dict, binds on access (has <c>__get__</c>).</summary>
    public virtual bool IsDescriptor => false;

    /// <summary>True when it also has <c>__set__</c> or <c>__delete__</c> (a data descriptor wins over the
    /// instance dict).</summary>
    public virtual bool IsDataDescriptor => false;

    /// <summary><c>__get__(instance, owner)</c>; instance is null for access through the class.</summary>
    public virtual PyObject DescriptorGet(PyObject instance, PyType owner) => this;

    public virtual void DescriptorSet(PyObject instance, PyObject value) =>
        throw Ops.AttributeError("attribute is read-only");

    public virtual void DescriptorDelete(PyObject instance) =>
        throw Ops.AttributeError("attribute is read-only");

    // ---- numbers ----------------------------------------------------------------------------

    /// <summary><c>self op other</c>; null means NotImplemented.</summary>
    public virtual PyObject BinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary><c>other op self</c> (the reflected method); null means NotImplemented.</summary>
    public virtual PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary><c>self op= other</c>; null means "no in-place form, use the binary operator".</summary>
    public virtual PyObject InPlaceOp(BinaryOperator op, PyObject other) => null;

    /// <summary>Three-argument <c>pow(self, exponent, modulus)</c>; null means NotImplemented.</summary>
    public virtual PyObject TernaryPower(PyObject exponent, PyObject modulus) => null;

    public virtual PyObject Negative() => throw Ops.TypeError($"bad operand type for unary -: '{TypeName}'");
    public virtual PyObject Positive() => throw Ops.TypeError($"bad operand type for unary +: '{TypeName}'");
    public virtual PyObject Invert() => throw Ops.TypeError($"bad operand type for unary ~: '{TypeName}'");
    public virtual PyObject Absolute() => throw Ops.TypeError($"bad operand type for abs(): '{TypeName}'");

    /// <summary><c>__int__</c> (used by <c>int(x)</c>); null when the type has no conversion.</summary>
    public virtual PyObject ToInt() => null;
    /// <summary><c>__long__</c>; null when the type has no conversion.</summary>
    public virtual PyObject ToLong() => null;
    /// <summary><c>__float__</c>; null when the type has no conversion.</summary>
    public virtual PyObject ToFloat() => null;
    /// <summary><c>__complex__</c>; null when the type has no conversion.</summary>
    public virtual PyObject ToComplex() => null;
    /// <summary><c>__index__</c>: an int or long usable as an index; null when not an integer.</summary>
    public virtual PyObject Index() => null;
    /// <summary><c>__oct__</c> / <c>__hex__</c>.</summary>
    public virtual PyObject Oct() => throw Ops.TypeError("oct() argument can't be converted to oct");
    public virtual PyObject Hex() => throw Ops.TypeError("hex() argument can't be converted to hex");

    /// <summary>True for int, long, float, complex and their subclasses (CPython's PyNumber_Check, used by
    /// Python 2's default ordering: numbers sort before everything else).</summary>
    public virtual bool IsNumber => false;

    // ---- comparison, truth, hashing ------------------------------------------------------------

    /// <summary>Rich comparison; null means NotImplemented.</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOperator op) => null;

    /// <summary><c>__cmp__</c>: -1, 0 or 1, or null when not defined for this pair.</summary>
    public virtual int? Compare3(PyObject other) => null;

    public virtual bool IsTrue() => true;

    /// <summary><c>hash(self)</c>. The default is identity-based, as for <c>object</c>.</summary>
    public virtual long Hash() => Ops.IdentityHash(this);

    // ---- containers ------------------------------------------------------------------------

    public virtual int Len() => throw Ops.TypeError($"object of type '{TypeName}' has no len()");

    public virtual PyObject GetItem(PyObject key) =>
        throw Ops.TypeError($"'{TypeName}' object has no attribute '__getitem__'");

    public virtual void SetItem(PyObject key, PyObject value) =>
        throw Ops.TypeError($"'{TypeName}' object does not support item assignment");

    public virtual void DeleteItem(PyObject key) =>
        throw Ops.TypeError($"'{TypeName}' object doesn't support item deletion");

    /// <summary><c>x in self</c>. The default iterates; a type that cannot iterate gets CPython's
    /// "argument of type 'X' is not iterable", not iter()'s wording.</summary>
    public virtual bool Contains(PyObject item)
    {
        if (!IterationSupport.Overrides(GetType()) && Type.Lookup(PyStr.Intern("__iter__")) == null
            && Type.Lookup(PyStr.Intern("__getitem__")) == null)
            throw ArgumentNotIterable();
        var it = Ops.Iter(this);
        for (var x = it.Next(); x != null; x = it.Next())
            if (ReferenceEquals(x, item) || Ops.Eq(x, item)) return true;
        return false;
    }

    private protected PythonException ArgumentNotIterable() => Ops.TypeError($"argument of type '{TypeName}' is not iterable");

    /// <summary>Which C# object classes implement <see cref="Iter"/> (cached per class).</summary>
    private static class IterationSupport
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Type, bool> Known = new();

        public static bool Overrides(System.Type type) => Known.GetOrAdd(type, t =>
            t.GetMethod(nameof(Iter), System.Type.EmptyTypes)?.DeclaringType != typeof(PyObject));
    }

    /// <summary><c>iter(self)</c>.</summary>
    public virtual PyObject Iter() => throw Ops.TypeError($"'{TypeName}' object is not iterable");

    /// <summary>The next item of an iterator, or null when it is exhausted (no StopIteration on this path).</summary>
    public virtual PyObject Next() => throw Ops.TypeError($"{TypeName} object is not an iterator");

    // ---- calls ------------------------------------------------------------------------------

    public virtual PyObject Call() => Call(Array.Empty<PyObject>(), null);
    public virtual PyObject Call(PyObject a) => Call(new[] { a }, null);
    public virtual PyObject Call(PyObject a, PyObject b) => Call(new[] { a, b }, null);
    public virtual PyObject Call(PyObject a, PyObject b, PyObject c) => Call(new[] { a, b, c }, null);
    public PyObject Call(PyObject[] args) => Call(args, null);

    /// <summary>The general call. <paramref name="args"/> holds the positional arguments followed by the
    /// values of the keyword arguments named by <paramref name="kwNames"/> (null or empty for none).</summary>
    public virtual PyObject Call(PyObject[] args, PyStr[] kwNames) =>
        throw Ops.TypeError($"'{TypeName}' object is not callable");

    public virtual bool IsCallable => false;

    // ---- text -------------------------------------------------------------------------------

    /// <summary><c>repr(self)</c>.</summary>
    public virtual PyStr Repr() => PyStr.FromString($"<{TypeName} object at 0x{Ops.Id(this):x16}>");

    /// <summary><c>str(self)</c>; the default is the repr.</summary>
    public virtual PyStr Str() => Repr();

    /// <summary>For debugging and C# string interpolation: the repr, decoded as Latin-1.</summary>
    public override string ToString() => Repr().ToString();
}
