namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>Per-instance settings of a foreign function (argtypes, restype, errcheck set on the
/// function object override the class's _argtypes_/_restype_).</summary>
public sealed class FunctionState
{
    public PyObject ArgTypes, RestType, ErrCheck;
    public bool ArgTypesSet, RestTypeSet;
    /// <summary>The last target address and its variadic-safe entry (the lookup is locked).</summary>
    public nint Target, Entry;
}

/// <summary>PyCFuncPtr: a C function pointer object, built from a (name, library) pair, an address or a
/// Python callable (a callback), with CPython's argtypes/restype/errcheck attributes.</summary>
public static unsafe class FunctionPointer
{
    public const int FlagCdecl = 1, FlagPythonApi = 4, FlagUseErrno = 8, FlagUseLastError = 16;

    public static void PopulateType(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_ctypes"));
        t.Constructor = Create;
        t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, a, k) => PyNone.None));
        t.DefProperty("argtypes", s => ArgTypesOf((CDataObject)s) ?? PyNone.None, (s, v) =>
        {
            var st = State(s);
            if (v == null) { st.ArgTypes = null; st.ArgTypesSet = false; return; }
            if (v is not PyNone) CheckArgTypes(v);
            st.ArgTypes = v is PyNone ? null : v;
            st.ArgTypesSet = true;
        });
        t.DefProperty("restype", s => RestTypeOf((CDataObject)s) ?? PyNone.None, (s, v) =>
        {
            var st = State(s);
            if (v == null) { st.RestType = null; st.RestTypeSet = false; return; }
            st.RestType = CheckRestype(v);
            st.RestTypeSet = true;
        });
        t.DefProperty("errcheck", s => State(s).ErrCheck ?? PyNone.None, (s, v) =>
        {
            if (v != null && v is not PyNone && !v.IsCallable) throw Ops.TypeError("the errcheck attribute must be callable");
            State(s).ErrCheck = v is PyNone ? null : v;
        });
    }

    public static FunctionState State(PyObject s)
    {
        var d = (CDataObject)s;
        return d.Function ??= new FunctionState();
    }

    public static PyObject ArgTypesOf(CDataObject f)
    {
        var st = State(f);
        return st.ArgTypesSet ? st.ArgTypes : f.Info.ArgTypes;
    }

    /// <summary>The result type: the instance's, else the class's _restype_; null means "not given" (c_int).</summary>
    public static PyObject RestTypeOf(CDataObject f)
    {
        var st = State(f);
        return st.RestTypeSet ? st.RestType : f.Info.RestType;
    }

    public static PyObject CheckArgTypes(PyObject v)
    {
        if (v is not (PyTuple or PyList)) throw Ops.TypeError("_argtypes_ must be a sequence of types");
        var items = Ops.ToList(v);
        for (int i = 0; i < items.Count; i++)
            if (Ops.GetAttrOrNull(items[i], PyStr.Intern("from_param")) == null)
                throw Ops.TypeError($"item {i + 1} in _argtypes_ has no from_param method");
        return PyTuple.Create(items.ToArray());
    }

    public static PyObject CheckRestype(PyObject v)
    {
        if (v is PyNone) return v;
        if (CTypeInfo.Find(v) == null && !v.IsCallable) throw Ops.TypeError("restype must be a type, a callable, or None");
        return v;
    }

    static PyObject Create(PyType type, PyObject[] args, PyStr[] kw)
    {
        var info = CTypeInfo.Find(type) ?? throw Ops.TypeError("abstract class");
        var f = new CDataObject(type, info);
        if (args.Length == 0) return f;
        var a = args[0];
        if (a is PyInt or PyLong)
        {
            *(nint*)f.Address = (nint)SimpleValues.IntegerBits(a);
            return f;
        }
        if (a is PyTuple t && t.Count >= 2)
        {
            var dll = t[1];
            nint handle = (nint)SimpleValues.IntegerBits(Ops.GetAttr(dll, PyStr.Intern("_handle")));
            if (t[0] is PyInt or PyLong) throw Ops.AttributeError($"function ordinal {Ops.IndexToLong(t[0])} not found");
            if (t[0] is not PyStr name) throw Ops.TypeError("function name must be string or integer");
            nint address = DynamicLibrary.Symbol(handle, name.ToString(), out string error);
            if (address == 0) throw Ops.AttributeError(error);
            *(nint*)f.Address = address;
            f.KeepAlive("dll", dll);
            return f;
        }
        if (a.IsCallable)
        {
            if (info.Flags != 0 && (info.Flags & FlagCdecl) == 0) throw Ops.TypeError("invalid calling convention");
            var thunk = new CallbackThunk(a, info);
            f.Thunk = thunk;
            *(nint*)f.Address = thunk.Address;
            f.KeepAlive("callable", a);
            return f;
        }
        throw Ops.TypeError("argument must be callable or integer function address");
    }
}
