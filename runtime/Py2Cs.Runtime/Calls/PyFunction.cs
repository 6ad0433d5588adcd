using System;

namespace Py2Cs.Runtime;

/// <summary>
/// A Python function: a delegate to the generated static method plus its <see cref="FunctionSignature"/>,
/// defaults, globals and attributes. Generated methods with up to four plain parameters are wrapped
/// with the fixed-arity constructors so exact-arity calls skip binding; every other shape uses the
/// general body taking the bound array (parameters, *args tuple, **kwargs dict).
/// </summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("function", () => PyType.ObjectType, FunctionTypes.PopulateFunction);

    public FunctionSignature Signature { get; }
    /// <summary>func_defaults: values for the last parameters (null when none).</summary>
    public PyObject[] Defaults { get; set; }
    /// <summary>func_globals: the defining module's dict.</summary>
    public PyDict Globals { get; }
    public string Name { get; set; }
    public PyObject Doc { get; set; } = PyNone.None;
    public PyObject Module { get; set; }
    PyDict _dict;

    readonly Func<PyObject> _f0;
    readonly Func<PyObject, PyObject> _f1;
    readonly Func<PyObject, PyObject, PyObject> _f2;
    readonly Func<PyObject, PyObject, PyObject, PyObject> _f3;
    readonly Func<PyObject, PyObject, PyObject, PyObject, PyObject> _f4;
    readonly Func<PyObject[], PyObject> _general;
    readonly int _arity;

    PyFunction(FunctionSignature sig, PyObject[] defaults, PyDict globals)
    {
        Signature = sig;
        Name = sig.Name;
        Defaults = defaults == null || defaults.Length == 0 ? null : defaults;
        Globals = globals;
        Module = globals?.GetStr("__name__") ?? PyNone.None;
        _arity = -1;
    }

    PyFunction(FunctionSignature sig, Func<PyObject[], PyObject> body, PyObject[] defaults, PyDict globals, bool general)
        : this(sig, defaults, globals) { _general = body; }

    /// <summary>Any signature: <paramref name="body"/> receives the bound array (parameters, then the
    /// *args tuple, then the **kwargs dict). A factory rather than a constructor so lambdas are not
    /// ambiguous with the one-parameter form.</summary>
    public static PyFunction WithBoundArguments(FunctionSignature sig, Func<PyObject[], PyObject> body, PyObject[] defaults = null, PyDict globals = null) =>
        new PyFunction(sig, body, defaults, globals, general: true);

    public PyFunction(FunctionSignature sig, Func<PyObject> body, PyObject[] defaults = null, PyDict globals = null)
        : this(sig, defaults, globals) { Require(sig, 0); _f0 = body; _arity = 0; }

    public PyFunction(FunctionSignature sig, Func<PyObject, PyObject> body, PyObject[] defaults = null, PyDict globals = null)
        : this(sig, defaults, globals) { Require(sig, 1); _f1 = body; _arity = 1; }

    public PyFunction(FunctionSignature sig, Func<PyObject, PyObject, PyObject> body, PyObject[] defaults = null, PyDict globals = null)
        : this(sig, defaults, globals) { Require(sig, 2); _f2 = body; _arity = 2; }

    public PyFunction(FunctionSignature sig, Func<PyObject, PyObject, PyObject, PyObject> body, PyObject[] defaults = null, PyDict globals = null)
        : this(sig, defaults, globals) { Require(sig, 3); _f3 = body; _arity = 3; }

    public PyFunction(FunctionSignature sig, Func<PyObject, PyObject, PyObject, PyObject, PyObject> body, PyObject[] defaults = null, PyDict globals = null)
        : this(sig, defaults, globals) { Require(sig, 4); _f4 = body; _arity = 4; }

    static void Require(FunctionSignature sig, int n)
    {
        if (!sig.IsSimple || sig.ParameterCount != n)
            throw new ArgumentException($"a {n}-argument body needs a signature with exactly {n} plain parameters");
    }

    public override PyType Type => TypeObject;
    public override PyDict InstanceDict => _dict ??= new PyDict();
    public override bool IsCallable => true;

    /// <summary>Runs the body with a bound argument array.</summary>
    PyObject Invoke(PyObject[] a)
    {
        RecursionGuard.Enter();
        try
        {
            return _arity switch
            {
                0 => _f0(),
                1 => _f1(a[0]),
                2 => _f2(a[0], a[1]),
                3 => _f3(a[0], a[1], a[2]),
                4 => _f4(a[0], a[1], a[2], a[3]),
                _ => _general(a),
            };
        }
        finally { RecursionGuard.Exit(); }
    }

    public override PyObject Call()
    {
        if (_arity != 0) return Call(Array.Empty<PyObject>(), null);
        RecursionGuard.Enter();
        try { return _f0(); } finally { RecursionGuard.Exit(); }
    }

    public override PyObject Call(PyObject a)
    {
        if (_arity != 1) return Call(new[] { a }, null);
        RecursionGuard.Enter();
        try { return _f1(a); } finally { RecursionGuard.Exit(); }
    }

    public override PyObject Call(PyObject a, PyObject b)
    {
        if (_arity != 2) return Call(new[] { a, b }, null);
        RecursionGuard.Enter();
        try { return _f2(a, b); } finally { RecursionGuard.Exit(); }
    }

    public override PyObject Call(PyObject a, PyObject b, PyObject c)
    {
        if (_arity != 3) return Call(new[] { a, b, c }, null);
        RecursionGuard.Enter();
        try { return _f3(a, b, c); } finally { RecursionGuard.Exit(); }
    }

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if ((kwNames == null || kwNames.Length == 0) && Signature.IsSimple)
        {
            int n = Signature.ParameterCount;
            if (args.Length == n) return Invoke(args);
            // Positional call leaving trailing parameters to their defaults: no binding needed.
            int missing = n - args.Length;
            if (missing > 0 && Defaults != null && missing <= Defaults.Length)
            {
                var full = new PyObject[n];
                Array.Copy(args, full, args.Length);
                Array.Copy(Defaults, Defaults.Length - missing, full, args.Length, missing);
                return Invoke(full);
            }
        }
        return Invoke(ArgumentBinder.Bind(Signature, Defaults, args, kwNames));
    }

    public override bool IsDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) => new PyMethod(this, instance, owner);

    public override PyStr Repr() => PyStr.FromString($"<function {Name} at 0x{Ops.Id(this):x}>");
}
