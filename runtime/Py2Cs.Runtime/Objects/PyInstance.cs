using System;

namespace Py2Cs.Runtime;

/// <summary>
/// An instance of a Python class (new-style deriving from object, or classic). Every protocol method
/// dispatches to the class's special method (<c>__add__</c>, <c>__getitem__</c>, ...) when one is
/// defined, through the type's cached look-up.
/// </summary>
public class PyInstance : PyObject
{
    PyType _class;
    PyDict _dict;
    internal PyObject[] SlotValues;

    public PyInstance(PyType cls)
    {
        _class = cls;
        if (cls.HasInstanceDict && cls != PyType.ObjectType) _dict = new PyDict();
        if (cls.Slots != null) SlotValues = new PyObject[cls.Slots.Length];
    }

    public override PyType Type => _class;

    /// <summary>The class (<c>__class__</c>); assignable.</summary>
    public PyType Class
    {
        get => _class;
        set => _class = value;
    }

    public bool IsClassic => _class.IsClassic;

    public override string TypeName => _class.IsClassic ? "instance" : _class.Name;

    public override PyDict InstanceDict => _dict;

    internal void ReplaceDict(PyDict d) => _dict = d;

    PyObject Special(string name) => _class.Lookup(PyStr.Intern(name));

    PyObject CallSpecial(PyObject method) => Ops.CallWithSelf(method, this);
    PyObject CallSpecial(PyObject method, PyObject a) => Ops.CallWithSelf(method, this, a);
    PyObject CallSpecial(PyObject method, PyObject a, PyObject b) => Ops.CallWithSelf(method, this, a, b);

    static PyObject Implemented(PyObject r) => ReferenceEquals(r, PyNotImplemented.Value) ? null : r;

    // ---- attributes ----------------------------------------------------------------------

    static readonly PyStr GetAttributeName = PyStr.Intern("__getattribute__"), GetAttrName = PyStr.Intern("__getattr__"),
        SetAttrName = PyStr.Intern("__setattr__"), DelAttrName = PyStr.Intern("__delattr__"),
        DictName = PyStr.Intern("__dict__"), ClassName = PyStr.Intern("__class__");

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        PyObject result;
        var getattribute = _class.IsClassic ? null : _class.CustomGetAttribute;
        if (getattribute != null)
        {
            try { return Ops.CallWithSelf(getattribute, this, name); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.AttributeError))
            {
                var ga = _class.GetAttrHook;
                if (ga == null) throw;
                return Ops.CallWithSelf(ga, this, name);
            }
        }
        if (_class.IsClassic)
        {
            if (ReferenceEquals(name, DictName)) return _dict;
            if (ReferenceEquals(name, ClassName)) return _class;
            result = _dict?.GetStr(name);
            if (result != null) return result;
            var attr = _class.Lookup(name);
            if (attr != null) return attr.IsDescriptor ? attr.DescriptorGet(this, _class) : attr;
        }
        else
        {
            result = PyType.GenericGetAttr(this, name);
            if (result != null) return result;
        }
        var getattr = _class.GetAttrHook;
        if (getattr != null) return Ops.CallWithSelf(getattr, this, name);
        return null;
    }

    public override PythonException MissingAttribute(PyStr name) =>
        _class.IsClassic
            ? Ops.AttributeError($"{_class.Name} instance has no attribute '{name}'")
            : Ops.AttributeError($"'{_class.Name}' object has no attribute '{name}'");

    public override void SetAttribute(PyStr name, PyObject value)
    {
        var setattr = _class.CustomSetAttr;
        if (setattr != null) { Ops.CallWithSelf(setattr, this, name, value); return; }
        if (_class.IsClassic)
        {
            if (ReferenceEquals(name, DictName)) { _dict = value as PyDict ?? throw Ops.TypeError("__dict__ must be set to a dictionary"); return; }
            if (ReferenceEquals(name, ClassName)) { _class = value as PyType ?? throw Ops.TypeError("__class__ must be set to a class"); return; }
            _dict.SetStr(name, value);
            return;
        }
        if (_dict == null && _class.Lookup(name) == null)
            throw Ops.AttributeError($"'{_class.Name}' object has no attribute '{name}'");
        PyType.GenericSetAttr(this, name, value);
    }

    public override void DeleteAttribute(PyStr name)
    {
        var delattr = _class.Lookup(DelAttrName);
        if (delattr != null && delattr is not NativeMethod) { Ops.CallWithSelf(delattr, this, name); return; }
        if (_class.IsClassic)
        {
            if (_dict == null || !_dict.Remove(name)) throw MissingAttribute(name);
            return;
        }
        PyType.GenericDeleteAttr(this, name);
    }

    // ---- descriptors ---------------------------------------------------------------------------

    public override bool IsDescriptor => !_class.IsClassic && Special("__get__") != null;
    public override bool IsDataDescriptor => !_class.IsClassic && (Special("__set__") != null || Special("__delete__") != null);

    public override PyObject DescriptorGet(PyObject instance, PyType owner)
    {
        var get = Special("__get__");
        if (get == null) return this;
        return CallSpecial(get, instance ?? PyNone.None, (PyObject)owner ?? PyNone.None);
    }

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        var set = Special("__set__") ?? throw Ops.AttributeError("__set__");
        CallSpecial(set, instance, value);
    }

    public override void DescriptorDelete(PyObject instance)
    {
        var del = Special("__delete__") ?? throw Ops.AttributeError("__delete__");
        CallSpecial(del, instance);
    }

    // ---- numbers ---------------------------------------------------------------------------

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        var m = _class.Lookup(OperatorNames.Method(op));
        return m == null ? null : Implemented(CallSpecial(m, other));
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        var m = _class.Lookup(OperatorNames.ReflectedMethod(op));
        return m == null ? null : Implemented(CallSpecial(m, other));
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        var m = _class.Lookup(OperatorNames.InPlaceMethod(op));
        return m == null ? null : Implemented(CallSpecial(m, other));
    }

    public override PyObject TernaryPower(PyObject exponent, PyObject modulus)
    {
        var m = Special("__pow__");
        return m == null ? null : Implemented(Ops.CallWithSelf(m, this, new[] { exponent, modulus }, null));
    }

    PyObject Unary(string name, string symbol)
    {
        var m = Special(name);
        if (m == null) throw Ops.TypeError($"bad operand type for {symbol}: '{TypeName}'");
        return CallSpecial(m);
    }

    public override PyObject Negative() => Unary("__neg__", "unary -");
    public override PyObject Positive() => Unary("__pos__", "unary +");
    public override PyObject Invert() => Unary("__invert__", "unary ~");
    public override PyObject Absolute() => Unary("__abs__", "abs()");

    PyObject Convert(string name) { var m = Special(name); return m == null ? null : CallSpecial(m); }
    public override PyObject ToInt() => Convert("__int__");
    public override PyObject ToLong() => Convert("__long__");
    public override PyObject ToFloat() => Convert("__float__");
    public override PyObject ToComplex() => Convert("__complex__");

    public override PyObject Index()
    {
        var r = Convert("__index__");
        if (r != null && r is not PyInt && r is not PyLong)
            throw Ops.TypeError($"__index__ returned non-(int,long) (type {r.TypeName})");
        return r;
    }

    public override PyObject Oct() => Special("__oct__") is { } m ? CallSpecial(m) : base.Oct();
    public override PyObject Hex() => Special("__hex__") is { } m ? CallSpecial(m) : base.Hex();

    public override bool IsNumber => Special("__int__") != null || Special("__float__") != null;

    // ---- comparison, truth, hash ------------------------------------------------------------------

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        var m = _class.Lookup(OperatorNames.Method(op));
        return m == null ? null : Implemented(CallSpecial(m, other));
    }

    public override int? Compare3(PyObject other)
    {
        var m = Special("__cmp__");
        if (m == null) return null;
        var r = CallSpecial(m, other);
        if (ReferenceEquals(r, PyNotImplemented.Value)) return null;
        return Ops.CmpResultFromCallable(r);
    }

    public override bool IsTrue()
    {
        var m = Special("__nonzero__");
        if (m != null)
        {
            var r = CallSpecial(m);
            if (r is PyInt i) return i.Value != 0;
            throw Ops.TypeError($"__nonzero__ should return bool or int, returned {r.TypeName}");
        }
        m = Special("__len__");
        if (m != null) return Len() != 0;
        return true;
    }

    public override long Hash()
    {
        var m = Special("__hash__");
        if (m is PyNone) throw Ops.TypeError($"unhashable type: '{_class.Name}'");
        if (m != null && m is not NativeMethod)
        {
            var r = CallSpecial(m);
            if (r is PyInt i) return i.Value == -1 ? -2 : i.Value;
            if (r is PyLong l) return PyLong.HashOf(l.Value);
            throw Ops.TypeError("__hash__() should return an int");
        }
        if (_class.IsClassic && (Special("__eq__") != null || Special("__cmp__") != null))
            throw Ops.TypeError("unhashable instance");
        return Ops.IdentityHash(this);
    }

    // ---- containers ---------------------------------------------------------------------------

    public override int Len()
    {
        var m = Special("__len__");
        if (m == null)
            throw Ops.TypeError(_class.IsClassic ? "object of type 'instance' has no len()" : $"object of type '{_class.Name}' has no len()");
        var r = CallSpecial(m);
        var idx = r.Index();
        if (idx == null) throw Ops.TypeError("an integer is required");
        long n = Ops.IndexToLong(idx);
        if (n < 0) throw Ops.ValueError("__len__() should return >= 0");
        if (n > int.MaxValue) throw Ops.OverflowError("cannot fit 'long' into an index-sized integer");
        return (int)n;
    }

    public override PyObject GetItem(PyObject key)
    {
        var m = Special("__getitem__");
        if (m == null)
            throw _class.IsClassic ? Ops.AttributeError($"{_class.Name} instance has no attribute '__getitem__'")
                : Ops.TypeError($"'{_class.Name}' object has no attribute '__getitem__'");
        return CallSpecial(m, key);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        var m = Special("__setitem__");
        if (m == null)
            throw _class.IsClassic ? Ops.AttributeError($"{_class.Name} instance has no attribute '__setitem__'")
                : Ops.TypeError($"'{_class.Name}' object does not support item assignment");
        CallSpecial(m, key, value);
    }

    public override void DeleteItem(PyObject key)
    {
        var m = Special("__delitem__");
        if (m == null)
            throw _class.IsClassic ? Ops.AttributeError($"{_class.Name} instance has no attribute '__delitem__'")
                : Ops.TypeError($"'{_class.Name}' object doesn't support item deletion");
        CallSpecial(m, key);
    }

    public override bool Contains(PyObject item)
    {
        var m = Special("__contains__");
        if (m != null) return Ops.IsTrue(CallSpecial(m, item));
        if (Special("__iter__") == null && Special("__getitem__") == null) throw ArgumentNotIterable();
        return base.Contains(item);
    }

    public override PyObject Iter()
    {
        var m = Special("__iter__");
        if (m != null)
        {
            var it = CallSpecial(m);
            if (it is PyInstance pi && pi.Special("next") == null)
                throw Ops.TypeError($"iter() returned non-iterator of type '{it.TypeName}'");
            return it;
        }
        if (Special("__getitem__") != null) return new PySequenceIterator(this);
        throw Ops.TypeError(_class.IsClassic ? "iteration over non-sequence" : $"'{_class.Name}' object is not iterable");
    }

    static readonly PyStr NextName = PyStr.Intern("next");

    public override PyObject Next()
    {
        var m = _class.Lookup(NextName);
        if (m == null) throw Ops.TypeError($"{TypeName} object is not an iterator");
        try { return CallSpecial(m); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.StopIteration)) { return null; }
    }

    // ---- calls and text ---------------------------------------------------------------------------

    public override bool IsCallable => Special("__call__") != null;

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        var m = Special("__call__");
        if (m == null)
            throw _class.IsClassic ? Ops.AttributeError($"{_class.Name} instance has no __call__ method")
                : Ops.TypeError($"'{_class.Name}' object is not callable");
        return Ops.CallWithSelf(m, this, args, kwNames);
    }

    public override PyStr Repr()
    {
        var m = Special("__repr__");
        if (m != null && m is not NativeMethod) return Ops.CheckStrResult(CallSpecial(m), "__repr__");
        return DefaultRepr();
    }

    public PyStr DefaultRepr() => _class.IsClassic
        ? PyStr.FromString($"<{_class.ModuleName}.{_class.Name} instance at 0x{Ops.Id(this):x}>")
        : PyStr.FromString($"<{_class.ModuleName}.{_class.Name} object at 0x{Ops.Id(this):x}>");

    public override PyStr Str()
    {
        var m = Special("__str__");
        if (m != null && m is not NativeMethod) return Ops.CheckStrResult(CallSpecial(m), "__str__");
        return Repr();
    }
}
