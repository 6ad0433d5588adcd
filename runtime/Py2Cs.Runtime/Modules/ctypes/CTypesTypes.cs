using System;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// The classes of _ctypes: the abstract bases (_CData, _SimpleCData, Structure, Union, Array,
/// _Pointer, PyCFuncPtr) and their metatypes (PyCSimpleType, PyCStructType, UnionType, PyCArrayType,
/// PyCPointerType, PyCFuncPtrType). A class statement deriving from a base runs the metatype, which
/// reads _type_/_fields_/_length_/_flags_ and records the C layout (<see cref="CTypeInfo"/>); the
/// metatypes also carry the class-level API (from_param, from_address, from_buffer, in_dll, `*`).
/// </summary>
public static unsafe class CTypesTypes
{
    static void Module(PyType t) => t.Dict.SetStr("__module__", PyStr.FromString("_ctypes"));

    // ---- metatypes ---------------------------------------------------------------------------

    public static readonly PyType SimpleType = Metatype("PyCSimpleType", AttachSimple);
    public static readonly PyType StructType = Metatype("PyCStructType", c => AttachStruct(c, CKind.Struct));
    public static readonly PyType UnionType = Metatype("UnionType", c => AttachStruct(c, CKind.Union));
    public static readonly PyType ArrayType = Metatype("PyCArrayType", AttachArray);
    public static readonly PyType PointerType = Metatype("PyCPointerType", AttachPointer, t =>
        t.DefMethod("set_type", (cls, target) => { SetPointerTarget((PyType)cls, target); return PyNone.None; }));
    public static readonly PyType FuncPtrType = Metatype("PyCFuncPtrType", AttachFunction);

    static PyType Metatype(string name, Action<PyType> attach, Action<PyType> more = null) =>
        PyType.Builtin(name, () => PyType.TypeType, t =>
        {
            Module(t);
            t.Constructor = (meta, args, kw) =>
            {
                var a = ArgumentParser.Parse("type", args, kw, 3, 3, "name", "bases", "dict");
                var cls = PyType.CreateNewStyle(meta, Ops.StrValue(a[0]), (PyTuple)a[1], (PyDict)a[2]);
                bool outer = StructLayout.InClassStatement;
                StructLayout.InClassStatement = true;
                try { attach(cls); }
                finally { StructLayout.InClassStatement = outer; }
                return cls;
            };
            t.DefMethod("from_param", (cls, v) => FromParam.Convert((PyType)cls, v));
            t.DefMethod("from_address", (cls, a) => FromAddress((PyType)cls, a));
            t.DefMethod("from_buffer", 1, new[] { "obj", "offset" }, (cls, a) => FromBuffer((PyType)cls, a[0], a[1], copy: false));
            t.DefMethod("from_buffer_copy", 1, new[] { "obj", "offset" }, (cls, a) => FromBuffer((PyType)cls, a[0], a[1], copy: true));
            t.DefMethod("in_dll", (cls, dll, name) => InDll((PyType)cls, dll, name));
            t.DefMethod("__mul__", (cls, n) => ArrayOf((PyType)cls, n));
            t.DefMethod("__rmul__", (cls, n) => ArrayOf((PyType)cls, n));
            more?.Invoke(t);
        });

    static void AttachSimple(PyType cls)
    {
        var proto = cls.Lookup("_type_") ?? throw Ops.AttributeError("class must define a '_type_' attribute");
        if (proto is not PyStr code) throw Ops.TypeError("class must define a '_type_' string attribute");
        if (code.Length != 1) throw Ops.ValueError("class must define a '_type_' attribute which must be a string of length 1");
        char c = (char)code[0];
        if (SimpleValues.Codes.IndexOf(c) < 0 || SimpleValues.SizeOf(c) == 0)
            throw Ops.AttributeError($"class must define a '_type_' attribute which must be\na single character string containing one of '{SimpleValues.Codes}'.");
        int size = SimpleValues.SizeOf(c);
        CTypeInfo.Attach(cls, new CTypeInfo { Kind = CKind.Simple, Code = c, Size = size, Align = size });
    }

    static void AttachStruct(PyType cls, CKind kind)
    {
        var baseInfo = cls.Base != null ? CTypeInfo.Find(cls.Base) : null;
        var info = baseInfo != null && baseInfo.Kind == kind ? baseInfo.Clone() : new CTypeInfo { Kind = kind, Size = 0, Align = 1 };
        info.Incomplete = true;
        info.Final = false;
        CTypeInfo.Attach(cls, info);
        if (baseInfo != null) baseInfo.Final = true;
        if (cls.Dict.GetStr("_fields_") is { } fields) StructLayout.Complete(cls, fields);
    }

    static void AttachArray(PyType cls)
    {
        var lengthObject = cls.Lookup("_length_");
        if (lengthObject is not (PyInt or PyLong))
            throw Ops.AttributeError("class must define a '_length_' attribute, which must be a positive integer");
        long length = Ops.IndexToLong(lengthObject);
        if (length < 0) throw Ops.ValueError("The '_length_' attribute must not be negative");
        var item = cls.Lookup("_type_") ?? throw Ops.AttributeError("class must define a '_type_' attribute");
        var itemInfo = CTypeInfo.Find(item) ?? throw Ops.TypeError("_type_ must have storage info");
        itemInfo.Final = true;
        CTypeInfo.Attach(cls, new CTypeInfo
        {
            Kind = CKind.Array, ItemType = (PyType)item, Length = (int)length,
            Size = checked(itemInfo.Size * (int)length), Align = itemInfo.Align,
        });
    }

    static void AttachPointer(PyType cls)
    {
        var info = new CTypeInfo { Kind = CKind.Pointer, Code = 'P', Size = 8, Align = 8 };
        CTypeInfo.Attach(cls, info);
        if (cls.Dict.GetStr("_type_") is { } target) SetPointerTarget(cls, target);
    }

    public static void SetPointerTarget(PyType pointerType, PyObject target)
    {
        var targetInfo = CTypeInfo.Find(target) ?? throw Ops.TypeError("_type_ must have storage info");
        targetInfo.Final = true;
        CTypeInfo.Own(pointerType).ItemType = (PyType)target;
        pointerType.Dict.SetStr("_type_", target);
        PyType.InvalidateCaches();
    }

    static void AttachFunction(PyType cls)
    {
        var flags = cls.Lookup("_flags_");
        if (flags is not (PyInt or PyLong)) throw Ops.TypeError("class must define _flags_ which must be an integer");
        var info = new CTypeInfo { Kind = CKind.Function, Code = 'P', Size = 8, Align = 8, Flags = (int)Ops.IndexToLong(flags) };
        if (cls.Lookup("_argtypes_") is { } at && at is not PyNone) info.ArgTypes = FunctionPointer.CheckArgTypes(at);
        if (cls.Lookup("_restype_") is { } rt) info.RestType = FunctionPointer.CheckRestype(rt);
        CTypeInfo.Attach(cls, info);
    }

    // ---- abstract bases ----------------------------------------------------------------------

    public static readonly PyType CData = PyType.Builtin("_CData", () => PyType.ObjectType, t =>
    {
        Module(t);
        t.DefProperty("_b_base_", s => ((CDataObject)s).BaseObject ?? PyNone.None);
        t.DefProperty("_b_needsfree_", s => PyInt.From(((CDataObject)s).OwnsMemory ? 1 : 0));
        t.DefProperty("_objects", s => ((CDataObject)s).KeptObjects);
        t.DefMethod("__ctypes_from_outparam__", s => s);
        t.DefMethod("__reduce__", s => throw Ops.ValueError("ctypes objects containing pointers cannot be pickled"));
    });

    static PyObject NewInstance(PyType type)
    {
        var info = CTypeInfo.Find(type) ?? throw Ops.TypeError("abstract class");
        return new CDataObject(type, info);
    }

    public static readonly PyType SimpleCData = PyType.Builtin("_SimpleCData", () => CData, t =>
    {
        Module(t);
        t.Constructor = (type, args, kw) => NewInstance(type);
        t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, a, k) =>
        {
            if (a.Length > 1) throw Ops.TypeError($"__init__ expected at most 1 arguments, got {a.Length}");
            var v = ArgumentParser.Parse("__init__", a, k, 0, 1, "value");
            if (v[0] != null) SetValue((CDataObject)s, v[0]);
            return PyNone.None;
        }));
        t.DefProperty("value", s => SimpleValues.Get(((CDataObject)s).Info.Code, ((CDataObject)s).Address), (s, v) => SetValue((CDataObject)s, v));
        t.DefMethod("__ctypes_from_outparam__", s =>
            CDataObject.IsDirectSimple(s.Type) ? SimpleValues.Get(((CDataObject)s).Info.Code, ((CDataObject)s).Address) : s);
    });

    public static void SetValue(CDataObject d, PyObject value)
    {
        if (value == null) throw Ops.TypeError("can't delete attribute");
        d.KeepAlive("value", SimpleValues.Set(d.Info.Code, d.Address, value));
    }

    public static readonly PyType Structure = StructBase("Structure");
    public static readonly PyType Union = StructBase("Union");

    /// <summary>ctypes.BigEndianStructure / BigEndianUnion: Python classes over Structure/Union whose
    /// simple fields are stored byte-swapped (x86-64 is little-endian).</summary>
    public static readonly PyType BigEndianStructure = EndianClass("BigEndianStructure", () => Structure, () => StructType);
    public static readonly PyType BigEndianUnion = EndianClass("BigEndianUnion", () => Union, () => UnionType);

    static PyType EndianClass(string name, Func<PyType> baseType, Func<PyType> meta)
    {
        var d = new PyDict();
        d.SetStr("__module__", PyStr.FromString("ctypes._endian"));
        d.SetStr("__doc__", PyStr.FromString(name == "BigEndianStructure" ? "Structure with big endian byte order" : "Union with big endian byte order"));
        return PyType.CreateNewStyle(meta(), name, PyTuple.Create(baseType()), d);
    }

    static PyType StructBase(string name) => PyType.Builtin(name, () => CData, t =>
    {
        Module(t);
        t.Constructor = (type, args, kw) => NewInstance(type);
        t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, args, kw) => { InitStructure((CDataObject)s, args, kw); return PyNone.None; }));
    });

    /// <summary>Structure.__init__: positional values fill the fields in order (base fields first),
    /// keywords set attributes by name.</summary>
    static void InitStructure(CDataObject s, PyObject[] args, PyStr[] kw)
    {
        int kwCount = kw?.Length ?? 0, positional = args.Length - kwCount;
        var info = CTypeInfo.Find(s.Type);
        var fields = info.Fields;
        if (positional > fields.Length) throw Ops.TypeError("too many initializers");
        for (int i = 0; i < positional; i++) Ops.SetAttr(s, PyStr.Intern(fields[i].Name), args[i]);
        for (int k = 0; k < kwCount; k++)
        {
            string name = kw[k].ToString();
            for (int i = 0; i < positional; i++)
                if (fields[i].Name == name) throw Ops.TypeError($"duplicate values for field '{name}'");
            Ops.SetAttr(s, kw[k], args[positional + k]);
        }
    }

    public static readonly PyType Array = PyType.Builtin("Array", () => CData, t =>
    {
        Module(t);
        t.Constructor = (type, args, kw) => NewInstance(type);
        t.DefVarMethod("__init__", (s, args) =>
        {
            for (int i = 0; i < args.Length; i++) s.SetItem(PyInt.From(i), args[i]);
            return PyNone.None;
        });
        t.DefMethod("__len__", s => PyInt.From(s.Len()));
        t.DefMethod("__getitem__", (s, k) => ArrayAccess.GetItem((CDataObject)s, k));
        t.DefMethod("__setitem__", (s, k, v) => { ArrayAccess.SetItem((CDataObject)s, k, v); return PyNone.None; });
        t.DefProperty("value", ArrayValue, SetArrayValue);
        t.DefProperty("raw", RawValue, SetRawValue);
    });

    static char ItemCode(CDataObject a) =>
        CTypeInfo.Find(a.Info.ItemType) is { Kind: CKind.Simple } ii && CDataObject.IsDirectSimple(a.Info.ItemType) ? ii.Code : '\0';

    static PyObject ArrayValue(PyObject s)
    {
        var a = (CDataObject)s;
        return ItemCode(a) switch
        {
            'c' => CharArrays.GetString(a.Address, a.Info.Length),
            'u' => CharArrays.GetWideString(a.Address, a.Info.Length),
            _ => throw Ops.AttributeError($"'{a.TypeName}' object has no attribute 'value'"),
        };
    }

    static void SetArrayValue(PyObject s, PyObject v)
    {
        var a = (CDataObject)s;
        switch (ItemCode(a))
        {
            case 'c':
                if (v is PyUnicode uv) v = uv.EncodeAscii();
                if (v is not PyStr str) throw Ops.TypeError("string expected instead of " + v.TypeName + " instance");
                if (str.Length > a.Info.Length) throw Ops.ValueError("string too long");
                str.Bytes.CopyTo(a.Bytes);
                if (str.Length < a.Info.Length) a.Bytes[str.Length] = 0;
                return;
            case 'u':
                if (v is not (PyUnicode or PyStr)) throw Ops.TypeError("unicode string expected instead of " + v.TypeName + " instance");
                var u = v is PyStr bs ? PyUnicode.FromStr(bs) : (PyUnicode)v;
                if (u.Length > a.Info.Length) throw Ops.ValueError("string too long");
                CharArrays.SetWideString(a.Address, a.Info.Length, u);
                return;
        }
        throw Ops.AttributeError($"'{a.TypeName}' object has no attribute 'value'");
    }

    static PyObject RawValue(PyObject s)
    {
        var a = (CDataObject)s;
        if (ItemCode(a) != 'c') throw Ops.AttributeError($"'{a.TypeName}' object has no attribute 'raw'");
        return PyStr.FromBytes(a.Bytes);
    }

    static void SetRawValue(PyObject s, PyObject v)
    {
        var a = (CDataObject)s;
        if (ItemCode(a) != 'c') throw Ops.AttributeError($"'{a.TypeName}' object has no attribute 'raw'");
        if (v is not PyStr str) throw Ops.TypeError("expected a string or buffer object");
        if (str.Length > a.Info.Length) throw Ops.ValueError("string too long");
        str.Bytes.CopyTo(a.Bytes);
    }

    public static readonly PyType Pointer = PyType.Builtin("_Pointer", () => CData, t =>
    {
        Module(t);
        t.Constructor = (type, args, kw) =>
        {
            var info = CTypeInfo.Find(type) ?? throw Ops.TypeError("abstract class");
            if (info.ItemType == null) throw Ops.TypeError("Cannot create instance: has no _type_");
            return new CDataObject(type, info);
        };
        t.DefMethod("__init__", 0, new[] { "value" }, (s, a) =>
        {
            if (a[0] != null) PointerAccess.SetContents((CDataObject)s, a[0]);
            return PyNone.None;
        });
        t.DefProperty("contents", s => PointerAccess.GetContents((CDataObject)s), (s, v) => PointerAccess.SetContents((CDataObject)s, v));
        t.DefMethod("__getitem__", (s, k) => PointerAccess.GetItem((CDataObject)s, k));
        t.DefMethod("__setitem__", (s, k, v) => { PointerAccess.SetItem((CDataObject)s, k, v); return PyNone.None; });
    });

    public static readonly PyType CFuncPtr = PyType.Builtin("PyCFuncPtr", () => CData, FunctionPointer.PopulateType);

    /// <summary>ctypes.ArgumentError: a foreign function could not convert an argument.</summary>
    public static readonly PyType ArgumentError = MakeArgumentError();

    static PyType MakeArgumentError()
    {
        var d = new PyDict();
        d.SetStr("__module__", PyStr.FromString("ctypes"));
        return (PyType)PyType.MakeClass("ArgumentError", PyTuple.Create(PyExceptionTypes.Exception), d);
    }

    static CTypesTypes()
    {
        SimpleCData.SetBuiltinMetatype(SimpleType);
        Structure.SetBuiltinMetatype(StructType);
        Union.SetBuiltinMetatype(UnionType);
        Array.SetBuiltinMetatype(ArrayType);
        Pointer.SetBuiltinMetatype(PointerType);
        CFuncPtr.SetBuiltinMetatype(FuncPtrType);
    }

    // ---- class-level API -----------------------------------------------------------------------

    static CTypeInfo InfoOf(PyType cls) => CTypeInfo.Find(cls) ?? throw Ops.TypeError("abstract class");

    static PyObject FromAddress(PyType cls, PyObject address)
    {
        var info = InfoOf(cls);
        long a = address is PyInt or PyLong ? SimpleValues.IntegerBits(address) : throw Ops.TypeError("integer expected");
        return new CDataObject(cls, info, (nint)a);
    }

    static PyObject FromBuffer(PyType cls, PyObject obj, PyObject offsetObject, bool copy)
    {
        var info = InfoOf(cls);
        long offset = offsetObject == null ? 0 : Ops.IndexToLong(offsetObject);
        if (offset < 0) throw Ops.ValueError("offset cannot be negative");
        if (copy)
        {
            ReadOnlySpan<byte> source = obj switch
            {
                PyStr s => s.Bytes,
                CDataObject d => d.Bytes,
                _ => throw Ops.TypeError("expected a readable buffer object"),
            };
            if (source.Length < info.Size + offset)
                throw Ops.ValueError($"Buffer size too small ({source.Length} instead of at least {info.Size + offset} bytes)");
            var result = new CDataObject(cls, info);
            source.Slice((int)offset, info.Size).CopyTo(result.Bytes);
            return result;
        }
        if (obj is PyStr) throw Ops.TypeError("Cannot use string as modifiable buffer");
        if (obj is not CDataObject target) throw Ops.TypeError("expected a writeable buffer object");
        if (target.Size < info.Size + offset)
            throw Ops.ValueError($"Buffer size too small ({target.Size} instead of at least {info.Size + offset} bytes)");
        var view = new CDataObject(cls, info, target.Address + (nint)offset, target);
        view.KeepAlive("ffffffff", target);
        return view;
    }

    static PyObject InDll(PyType cls, PyObject dll, PyObject name)
    {
        var info = InfoOf(cls);
        nint handle = (nint)SimpleValues.IntegerBits(Ops.GetAttr(dll, PyStr.Intern("_handle")));
        nint address = DynamicLibrary.Symbol(handle, Ops.StrValue(name), out string error);
        if (address == 0) throw Ops.ValueError(error);
        return new CDataObject(cls, info, address);
    }

    static readonly System.Collections.Generic.Dictionary<(PyType, long), PyType> ArrayCache = new();

    /// <summary><c>cls * n</c>: the array type, one per (type, length) as CPython caches it.</summary>
    public static PyObject ArrayOf(PyType cls, PyObject n, string module = "__main__")
    {
        if (n is not (PyInt or PyLong)) throw Ops.TypeError($"can't multiply sequence by non-int of type '{n.TypeName}'");
        long length = Ops.IndexToLong(n);
        if (length < 0) throw Ops.ValueError($"Array length must be >= 0, not {length}");
        lock (ArrayCache)
        {
            if (ArrayCache.TryGetValue((cls, length), out var cached)) return cached;
            var dict = new PyDict();
            dict.SetStr("_length_", PyInt.From(length));
            dict.SetStr("_type_", cls);
            dict.SetStr("__module__", PyStr.FromString(module));
            var t = (PyType)Ops.Call(ArrayType, PyStr.FromString($"{cls.Name}_Array_{length}"), PyTuple.Create(Array), dict);
            ArrayCache[(cls, length)] = t;
            return t;
        }
    }
}
