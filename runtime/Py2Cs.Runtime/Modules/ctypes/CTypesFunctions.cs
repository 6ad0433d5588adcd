using System;
using System.Collections.Generic;
using T = Py2Cs.Runtime.ForeignFunctions.FundamentalTypes;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>The module-level functions of ctypes and _ctypes (POINTER, pointer, sizeof, byref, cast,
/// string_at, create_string_buffer, CFUNCTYPE...), with CPython 2.7's results and messages.</summary>
public static unsafe class CTypesFunctions
{
    public static readonly PyDict PointerTypeCache = new();
    static readonly Dictionary<(PyObject, string, int), PyType> FunctionTypeCache = new();

    public static PyObject POINTER(PyObject cls)
    {
        var cached = PointerTypeCache.Get(cls);
        if (cached != null) return cached;
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("__main__"));
        PyType result;
        if (cls is PyStr name)
        {
            result = (PyType)Ops.Call(CTypesTypes.PointerType, PyStr.FromString("LP_" + name), PyTuple.Create(CTypesTypes.Pointer), dict);
            PointerTypeCache.SetItem(PyInt.From(Ops.Id(result)), result);
            return result;
        }
        if (cls is not PyType t) throw Ops.TypeError("must be a ctypes type");
        dict.SetStr("_type_", t);
        result = (PyType)Ops.Call(CTypesTypes.PointerType, PyStr.FromString("LP_" + t.Name), PyTuple.Create(CTypesTypes.Pointer), dict);
        PointerTypeCache.SetItem(cls, result);
        return result;
    }

    public static PyObject pointer(PyObject obj) => Ops.Call(POINTER(Ops.TypeOf(obj)), obj);

    public static PyObject @sizeof(PyObject obj) => PyInt.From(obj is CDataObject d ? d.Size : CTypeInfo.OfTypeOrInstance(obj).Size);

    public static PyObject alignment(PyObject obj) => PyInt.From(CTypeInfo.OfTypeOrInstance(obj).Align);

    public static PyObject addressof(PyObject obj) =>
        obj is CDataObject d ? SimpleValues.Address(d.Address) : throw Ops.TypeError("invalid type");

    public static PyObject byref(PyObject obj, PyObject offset) =>
        Byref.Create(obj, offset == null ? 0 : Ops.IndexToLong(offset));

    public static PyObject resize(PyObject obj, PyObject size)
    {
        if (obj is not CDataObject d) throw Ops.TypeError("excepted ctypes instance");
        long n = Ops.IndexToLong(size);
        if (n < d.Info.Size) throw Ops.ValueError($"minimum size is {d.Info.Size}");
        if (!d.OwnsMemory) throw Ops.ValueError("Memory cannot be resized because this object doesn't own it");
        if (n > d.Size) d.OwnBlock.Resize((int)n);
        return PyNone.None;
    }

    public static PyObject set_errno(PyObject value)
    {
        int old = ForeignCall.PrivateErrno;
        ForeignCall.PrivateErrno = (int)Ops.IndexToLong(value);
        return PyInt.From(old);
    }

    static PyObject _conversionMode = PyTuple.Create(PyStr.FromString("ascii"), PyStr.FromString("strict"));

    public static PyObject set_conversion_mode(PyObject encoding, PyObject errors)
    {
        var old = _conversionMode;
        _conversionMode = PyTuple.Create(encoding, errors);
        return old;
    }

    public static PyObject dlopen(PyObject name, PyObject mode)
    {
        string path = name switch
        {
            PyNone => null,
            PyStr s => s.ToString(),
            PyUnicode u => u.EncodeAscii().ToString(),
            _ => throw Ops.TypeError($"dlopen() argument 1 must be string or None, not {name.TypeName}"),
        };
        int m = mode == null ? DynamicLibrary.RTLD_LOCAL : (int)Ops.IndexToLong(mode);
        nint h = DynamicLibrary.Open(path, m, out string error);
        if (h == 0) throw Ops.Error(PyExceptionTypes.OSError, error);
        return SimpleValues.Address(h);
    }

    public static PyObject dlsym(PyObject handle, PyObject name)
    {
        nint a = DynamicLibrary.Symbol((nint)SimpleValues.IntegerBits(handle), Ops.StrValue(name), out string error);
        if (a == 0) throw Ops.Error(PyExceptionTypes.OSError, error);
        return SimpleValues.Address(a);
    }

    public static PyObject dlclose(PyObject handle)
    {
        if (DynamicLibrary.Close((nint)SimpleValues.IntegerBits(handle), out string error) != 0)
            throw Ops.Error(PyExceptionTypes.OSError, error);
        return PyNone.None;
    }

    /// <summary>An argument converted as c_void_p.from_param converts it (cast, string_at...), with
    /// ArgumentError wrapping like a foreign call's.</summary>
    static nint AddressArgument(PyObject value, int index, List<object> keep)
    {
        try
        {
            var p = FromParam.Convert(T.c_void_p, value);
            return (nint)ForeignCall.Convert(p, index, keep).Bits;
        }
        catch (PythonException e)
        {
            throw Ops.Error(CTypesTypes.ArgumentError, $"argument {index}: {Ops.Repr(e.Value.Type)}: {Ops.Str(e.Value)}");
        }
    }

    public static PyObject cast(PyObject obj, PyObject typ)
    {
        var info = CTypeInfo.Find(typ);
        bool pointerType = info != null && (info.Kind is CKind.Pointer or CKind.Function
            || info.Kind == CKind.Simple && "sPzUZXO".IndexOf(info.Code) >= 0);
        if (!pointerType) throw Ops.TypeError($"cast() argument 2 must be a pointer type, not {(typ is PyType t ? t.Name : typ.TypeName)}");
        var keep = new List<object>();
        nint address = AddressArgument(obj, 1, keep);
        var result = new CDataObject((PyType)typ, info);
        *(nint*)result.Address = address;
        if (obj is CDataObject) result.KeepAlive(Ops.Id(obj).ToString(), obj);
        return result;
    }

    public static PyObject string_at(PyObject ptr, PyObject size)
    {
        var keep = new List<object>();
        nint a = AddressArgument(ptr, 1, keep);
        long n = size == null ? -1 : Ops.IndexToLong(size);
        if (a == 0) throw Ops.ValueError("NULL pointer access");
        if (n == -1) return PyStr.FromBytes(System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)a));
        return PyStr.FromBytes(new ReadOnlySpan<byte>((void*)a, (int)n));
    }

    public static PyObject wstring_at(PyObject ptr, PyObject size)
    {
        var keep = new List<object>();
        nint a = AddressArgument(ptr, 1, keep);
        long n = size == null ? -1 : Ops.IndexToLong(size);
        if (a == 0) throw Ops.ValueError("NULL pointer access");
        return SimpleValues.WideString(a, (int)n);
    }

    public static PyObject create_string_buffer(PyObject init, PyObject size) => CreateBuffer(T.c_char, init, size);

    public static PyObject create_unicode_buffer(PyObject init, PyObject size) => CreateBuffer(T.c_wchar, init, size);

    /// <summary>create_string_buffer/create_unicode_buffer: an array of the character type, sized by an int or
    /// by the initial text plus its terminating NUL.</summary>
    static PyObject CreateBuffer(PyType charType, PyObject init, PyObject size)
    {
        if (init is PyStr || init is PyUnicode)
        {
            long n = size == null || size is PyNone ? init.Len() + 1 : Ops.IndexToLong(size);
            var buf = Ops.Call(CTypesTypes.ArrayOf(charType, PyInt.From(n), "ctypes"));
            Ops.SetAttr(buf, PyStr.Intern("value"), init);
            return buf;
        }
        if (init is PyInt or PyLong) return Ops.Call(CTypesTypes.ArrayOf(charType, init, "ctypes"));
        throw Ops.Error(PyExceptionTypes.TypeError, init);
    }

    public static PyObject SetPointerType(PyObject pointer, PyObject cls)
    {
        if (PointerTypeCache.Get(cls) != null) throw Ops.RuntimeError("This type already exists in the cache");
        if (PointerTypeCache.Get(PyInt.From(Ops.Id(pointer))) == null) throw Ops.RuntimeError("What's this???");
        CTypesTypes.SetPointerTarget((PyType)pointer, cls);
        PointerTypeCache.SetItem(cls, pointer);
        PointerTypeCache.Remove(PyInt.From(Ops.Id(pointer)));
        return PyNone.None;
    }

    static PyType FunctionType(PyObject restype, PyObject[] argtypes, int flags)
    {
        var dict = new PyDict();
        dict.SetStr("_argtypes_", PyTuple.Create(argtypes));
        dict.SetStr("_restype_", restype);
        dict.SetStr("_flags_", PyInt.From(flags));
        dict.SetStr("__module__", PyStr.FromString("ctypes"));
        return (PyType)Ops.Call(CTypesTypes.FuncPtrType, PyStr.FromString("CFunctionType"), PyTuple.Create(CTypesTypes.CFuncPtr), dict);
    }

    public static PyObject CFUNCTYPE(PyObject restype, PyObject[] argtypes, PyDict kw)
    {
        int flags = FunctionPointer.FlagCdecl;
        if (kw != null && kw.Len() > 0)
        {
            var rest = new PyDict();
            foreach (var k in Ops.ToList(kw))
            {
                string name = Ops.StrValue(k);
                if (name == "use_errno") { if (Ops.IsTrue(kw.GetItem(k))) flags |= FunctionPointer.FlagUseErrno; }
                else if (name == "use_last_error") { if (Ops.IsTrue(kw.GetItem(k))) flags |= FunctionPointer.FlagUseLastError; }
                else rest.SetItem(k, kw.GetItem(k));
            }
            if (rest.Len() > 0) throw Ops.ValueError("unexpected keyword argument(s) " + Ops.Repr(Ops.CallMethod(rest, PyStr.Intern("keys"))));
        }
        var key = (restype, string.Join(",", System.Linq.Enumerable.Select(argtypes, a => Ops.Id(a).ToString())), flags);
        lock (FunctionTypeCache)
        {
            if (FunctionTypeCache.TryGetValue(key, out var t)) return t;
            t = FunctionType(restype, argtypes, flags);
            FunctionTypeCache[key] = t;
            return t;
        }
    }

    public static PyObject PYFUNCTYPE(PyObject restype, PyObject[] argtypes) =>
        FunctionType(restype, argtypes, FunctionPointer.FlagCdecl | FunctionPointer.FlagPythonApi);

    /// <summary>A C library function as a CFUNCTYPE instance (ctypes.memmove and memset are these in CPython).</summary>
    public static PyObject LibcFunction(string name, PyObject restype, params PyObject[] argtypes)
    {
        nint self = DynamicLibrary.Open(null, DynamicLibrary.RTLD_LOCAL, out _);
        nint address = DynamicLibrary.Symbol(self, name, out _);
        return Ops.Call(CFUNCTYPE(restype, argtypes, null), SimpleValues.Address(address));
    }
}
