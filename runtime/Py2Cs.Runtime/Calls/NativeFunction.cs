using System;

namespace Py2Cs.Runtime;

/// <summary>
/// A built-in function implemented in C# (<c>builtin_function_or_method</c>): <c>len</c>, <c>os.getcwd</c>...
/// Built once from delegates; calls with a matching number of positional arguments go straight to a
/// fixed-arity delegate, others through <see cref="ArgumentParser"/>.
/// </summary>
public sealed class NativeFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method", () => PyType.ObjectType, FunctionTypes.PopulateNative);

    public string Name { get; }
    public string ModuleName { get; set; }
    public PyObject Doc { get; set; } = PyNone.None;

    Func<PyObject> _f0;
    Func<PyObject, PyObject> _f1;
    Func<PyObject, PyObject, PyObject> _f2;
    Func<PyObject, PyObject, PyObject, PyObject> _f3;
    /// <summary>The general form: raw positional arguments followed by keyword values.</summary>
    Func<PyObject[], PyStr[], PyObject> _general;

    NativeFunction(string name) { Name = name; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public static NativeFunction Create(string name, Func<PyObject> f) =>
        new NativeFunction(name) { _f0 = f, _general = (a, k) => { Check(name, a, k, 0); return f(); } };

    public static NativeFunction Create(string name, Func<PyObject, PyObject> f) =>
        new NativeFunction(name) { _f1 = f, _general = (a, k) => { Check(name, a, k, 1); return f(a[0]); } };

    public static NativeFunction Create(string name, Func<PyObject, PyObject, PyObject> f) =>
        new NativeFunction(name) { _f2 = f, _general = (a, k) => { Check(name, a, k, 2); return f(a[0], a[1]); } };

    public static NativeFunction Create(string name, Func<PyObject, PyObject, PyObject, PyObject> f) =>
        new NativeFunction(name) { _f3 = f, _general = (a, k) => { Check(name, a, k, 3); return f(a[0], a[1], a[2]); } };

    /// <summary>A fixed-arity function whose wrong-count message is its own (C functions that unpack
    /// their argument tuple, e.g. operator's "op_add expected 2 arguments, got 1").</summary>
    public static NativeFunction Create(string name, Func<PyObject, PyObject, PyObject> f, Func<int, PythonException> countError) =>
        new NativeFunction(name) { _f2 = f, _general = (a, k) => { ArgumentParser.NoKeywords(name, k); if (a.Length != 2) throw countError(a.Length); return f(a[0], a[1]); } };

    public static NativeFunction Create(string name, Func<PyObject, PyObject, PyObject, PyObject> f, Func<int, PythonException> countError) =>
        new NativeFunction(name) { _f3 = f, _general = (a, k) => { ArgumentParser.NoKeywords(name, k); if (a.Length != 3) throw countError(a.Length); return f(a[0], a[1], a[2]); } };

    /// <summary>Optional/keyword parameters: <paramref name="f"/> gets an array of <paramref name="names"/>.Length
    /// entries, null where not given.</summary>
    public static NativeFunction Create(string name, int min, string[] names, Func<PyObject[], PyObject> f) =>
        new NativeFunction(name) { _general = (a, k) => f(ArgumentParser.Parse(name, a, k, min, names.Length, names)) };

    /// <summary>Raw access to positional arguments and keyword names/values.</summary>
    public static NativeFunction CreateRaw(string name, Func<PyObject[], PyStr[], PyObject> f) =>
        new NativeFunction(name) { _general = f };

    static void Check(string name, PyObject[] a, PyStr[] k, int n)
    {
        ArgumentParser.NoKeywords(name, k);
        if (a.Length != n) throw ArgumentParser.CountError(name, n, n, a.Length);
    }

    public override PyObject Call() => _f0 != null ? _f0() : _general(Array.Empty<PyObject>(), null);
    public override PyObject Call(PyObject a) => _f1 != null ? _f1(a) : _general(new[] { a }, null);
    public override PyObject Call(PyObject a, PyObject b) => _f2 != null ? _f2(a, b) : _general(new[] { a, b }, null);
    public override PyObject Call(PyObject a, PyObject b, PyObject c) => _f3 != null ? _f3(a, b, c) : _general(new[] { a, b, c }, null);
    public override PyObject Call(PyObject[] args, PyStr[] kwNames) => _general(args, kwNames);

    public override PyStr Repr() => PyStr.FromString($"<built-in function {Name}>");
}

/// <summary>A method of a built-in type (<c>list.append</c>): a descriptor that binds to instances.
/// The delegates take self first.</summary>
public sealed class NativeMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method_descriptor", () => PyType.ObjectType, FunctionTypes.PopulateNativeMethod);

    public string Name { get; }
    public PyType Owner { get; }
    /// <summary>True for object.__init__ (which type calls may skip).</summary>
    internal bool IsObjectInit;

    readonly Func<PyObject, PyObject[], PyStr[], PyObject> _general;
    Func<PyObject, PyObject> _f0;
    Func<PyObject, PyObject, PyObject> _f1;
    Func<PyObject, PyObject, PyObject, PyObject> _f2;
    // Methods with optional parameters: a positional call fills the parameter array directly, which
    // is what ArgumentParser.Parse would build (given ones in order, null for the rest).
    Func<PyObject, PyObject[], PyObject> _optional;
    int _optionalMin, _optionalCount;

    NativeMethod(string name, PyType owner, Func<PyObject, PyObject[], PyStr[], PyObject> general)
    {
        Name = name;
        Owner = owner;
        _general = general;
    }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    public static NativeMethod Create(PyType owner, string name, Func<PyObject, PyObject> f) =>
        new NativeMethod(name, owner, (s, a, k) => { Check(name, a, k, 0); return f(s); }) { _f0 = f };

    public static NativeMethod Create(PyType owner, string name, Func<PyObject, PyObject, PyObject> f) =>
        new NativeMethod(name, owner, (s, a, k) => { Check(name, a, k, 1); return f(s, a[0]); }) { _f1 = f };

    public static NativeMethod Create(PyType owner, string name, Func<PyObject, PyObject, PyObject, PyObject> f) =>
        new NativeMethod(name, owner, (s, a, k) => { Check(name, a, k, 2); return f(s, a[0], a[1]); }) { _f2 = f };

    /// <summary>Optional/keyword parameters: <paramref name="f"/> gets self and an array of
    /// <paramref name="names"/>.Length entries, null where not given.</summary>
    public static NativeMethod Create(PyType owner, string name, int min, string[] names, Func<PyObject, PyObject[], PyObject> f) =>
        new NativeMethod(name, owner, (s, a, k) => f(s, ArgumentParser.Parse(name, a, k, min, names.Length, names)))
        {
            _optional = f, _optionalMin = min, _optionalCount = names.Length,
        };

    public static NativeMethod CreateRaw(PyType owner, string name, Func<PyObject, PyObject[], PyStr[], PyObject> f) =>
        new NativeMethod(name, owner, f);

    static void Check(string name, PyObject[] a, PyStr[] k, int n)
    {
        ArgumentParser.NoKeywords(name, k);
        if (a.Length != n) throw ArgumentParser.CountError(name, n, n, a.Length);
    }

    public PyObject CallWithSelf(PyObject self)
    {
        if (_f0 != null) return _f0(self);
        if (_optional != null && _optionalMin == 0) return _optional(self, new PyObject[_optionalCount]);
        return _general(self, Array.Empty<PyObject>(), null);
    }

    public PyObject CallWithSelf(PyObject self, PyObject a)
    {
        if (_f1 != null) return _f1(self, a);
        if (_optional != null && _optionalMin <= 1 && _optionalCount >= 1)
        {
            var args = new PyObject[_optionalCount];
            args[0] = a;
            return _optional(self, args);
        }
        return _general(self, new[] { a }, null);
    }

    public PyObject CallWithSelf(PyObject self, PyObject a, PyObject b)
    {
        if (_f2 != null) return _f2(self, a, b);
        if (_optional != null && _optionalMin <= 2 && _optionalCount >= 2)
        {
            var args = new PyObject[_optionalCount];
            args[0] = a;
            args[1] = b;
            return _optional(self, args);
        }
        return _general(self, new[] { a, b }, null);
    }
    public PyObject CallWithSelf(PyObject self, PyObject[] args, PyStr[] kwNames) => _general(self, args, kwNames);

    void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            throw Ops.TypeError($"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{self.TypeName}'");
    }

    /// <summary>Calling the unbound descriptor: <c>list.append(l, x)</c>.</summary>
    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) < 1)
            throw Ops.TypeError($"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        CheckSelf(args[0]);
        var rest = new PyObject[args.Length - 1];
        Array.Copy(args, 1, rest, 0, rest.Length);
        return _general(args[0], rest, kwNames);
    }

    public override bool IsDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) =>
        instance == null ? this : new NativeBoundMethod(this, instance);

    public override PyStr Repr() => PyStr.FromString($"<method '{Name}' of '{Owner.Name}' objects>");
}

/// <summary>A built-in method bound to its instance (<c>[].append</c>).</summary>
public sealed class NativeBoundMethod : PyObject
{
    public static readonly PyType TypeObject = NativeFunction.TypeObject;

    public NativeMethod Method { get; }
    public PyObject Self { get; }

    public NativeBoundMethod(NativeMethod method, PyObject self) { Method = method; Self = self; }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;
    public override PyObject Call() => Method.CallWithSelf(Self);
    public override PyObject Call(PyObject a) => Method.CallWithSelf(Self, a);
    public override PyObject Call(PyObject a, PyObject b) => Method.CallWithSelf(Self, a, b);
    public override PyObject Call(PyObject[] args, PyStr[] kwNames) => Method.CallWithSelf(Self, args, kwNames);

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not NativeBoundMethod m || (op != CompareOperator.Equal && op != CompareOperator.NotEqual)) return null;
        bool eq = ReferenceEquals(Method, m.Method) && ReferenceEquals(Self, m.Self);
        return PyBool.From(op == CompareOperator.Equal ? eq : !eq);
    }

    public override PyStr Repr() =>
        PyStr.FromString($"<built-in method {Method.Name} of {Self.TypeName} object at 0x{Ops.Id(Self):x}>");
}

/// <summary>A built-in type's <c>__new__</c> (<c>int.__new__(cls, x)</c>), stored in its dict.</summary>
public sealed class NativeStaticNew : PyObject
{
    public PyType Owner { get; }
    public NativeStaticNew(PyType owner) { Owner = owner; }
    public bool IsObjectNew => Owner == PyType.ObjectType;
    public override PyType Type => NativeFunction.TypeObject;
    public override bool IsCallable => true;

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if (args.Length == 0) throw Ops.TypeError($"{Owner.Name}.__new__(): not enough arguments");
        if (args[0] is not PyType t) throw Ops.TypeError($"{Owner.Name}.__new__(X): X is not a type object ({args[0].TypeName})");
        if (!t.IsSubtypeOf(Owner)) throw Ops.TypeError($"{Owner.Name}.__new__({t.Name}): {t.Name} is not a subtype of {Owner.Name}");
        var rest = new PyObject[args.Length - 1];
        Array.Copy(args, 1, rest, 0, rest.Length);
        if (IsObjectNew) return PyType.NewObject(t);
        return Owner.Constructor(t, rest, kwNames);
    }

    public override PyStr Repr() => PyStr.FromString("<built-in method __new__ of type object>");
}
