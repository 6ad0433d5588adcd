using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// An instance of a ctypes type (CPython's CDataObject): a block of C memory, owned or borrowed from a
/// base object (a structure's field, an array's element, a pointer's contents), with the objects the
/// memory refers to kept alive beside it (_objects). Python subclasses of the ctypes classes get this
/// same object with their own type and __dict__; special methods they define take over.
/// </summary>
public sealed unsafe class CDataObject : PyObject
{
    readonly PyType _type;
    readonly PyDict _dict = new();
    readonly NativeBlock _own;
    readonly nint _borrowed;
    public readonly CTypeInfo Info;
    /// <summary>The object whose memory this one lives in (_b_base_), kept alive by the reference.</summary>
    public readonly PyObject BaseObject;
    Dictionary<string, object> _keepAlive;
    /// <summary>A callback function pointer's thunk, alive as long as this object.</summary>
    public CallbackThunk Thunk;
    /// <summary>A function pointer's own argtypes/restype/errcheck (created on first use).</summary>
    public FunctionState Function;

    public CDataObject(PyType type, CTypeInfo info, nint address = 0, PyObject baseObject = null)
    {
        _type = type;
        Info = info;
        info.Final = true;
        if (address == 0) _own = new NativeBlock(info.Size);
        else { _borrowed = address; BaseObject = baseObject; }
    }

    public nint Address => _own != null ? _own.Pointer : _borrowed;
    public int Size => _own != null ? _own.Size : Info.Size;
    public bool OwnsMemory => _own != null;
    public NativeBlock OwnBlock => _own;
    public Span<byte> Bytes => new((void*)Address, Size);

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;

    public void KeepAlive(string key, object o)
    {
        if (o == null) return;
        (_keepAlive ??= new())[key] = o;
        if (BaseObject is CDataObject b) b.KeepAlive(key + ":" + Ops.Id(this).ToString("x"), o);
    }

    public PyObject KeptObjects
    {
        get
        {
            if (_keepAlive == null || _keepAlive.Count == 0) return PyNone.None;
            var d = new PyDict();
            foreach (var kv in _keepAlive)
                if (kv.Value is PyObject p) d.SetItem(PyStr.FromString(kv.Key), p);
            return d.Len() == 0 ? PyNone.None : d;
        }
    }

    /// <summary>A type whose instances read as Python values (c_int, c_char_p...): a direct subclass of
    /// _SimpleCData. Subclasses of those stay ctypes instances (CPython's _ctypes_simple_instance).</summary>
    public static bool IsDirectSimple(PyType type) =>
        type.Base is { } b && ReferenceEquals(b, CTypesTypes.SimpleCData);

    /// <summary>The Python value of memory of <paramref name="type"/> at <paramref name="address"/>:
    /// a number or string for the simple types, else a ctypes object sharing the memory.</summary>
    public static PyObject Read(PyType type, CTypeInfo info, nint address, PyObject baseObject)
    {
        if (info.Kind == CKind.Simple && IsDirectSimple(type)) return SimpleValues.Get(info.Code, address);
        return new CDataObject(type, info, address, baseObject);
    }

    /// <summary>Stores a value into memory of <paramref name="type"/> (CPython's _PyCData_set), with its
    /// type checks and messages; returns what must be kept alive.</summary>
    public static object Write(PyType type, CTypeInfo info, nint address, PyObject value)
    {
        if (value is not CDataObject src)
        {
            if (info.Kind == CKind.Simple) return SimpleValues.Set(info.Code, address, value);
            if (value is PyTuple tuple && (info.Kind is CKind.Struct or CKind.Union or CKind.Array))
            {
                var made = (CDataObject)Ops.Call(type, tuple.AsSpan().ToArray());
                return Write(type, info, address, made);
            }
            if (value is PyNone && info.Kind is CKind.Pointer or CKind.Function) { *(nint*)address = 0; return null; }
            throw Ops.TypeError($"expected {type.Name} instance, got {value.TypeName}");
        }
        if (Ops.IsInstance(src, type))
        {
            Buffer.MemoryCopy((void*)src.Address, (void*)address, info.Size, Math.Min(info.Size, src.Size));
            return src;
        }
        if (info.Kind == CKind.Pointer && src.Info.Kind == CKind.Array)
        {
            if (!ReferenceEquals(src.Info.ItemType, info.ItemType))
                throw Ops.TypeError($"incompatible types, {src.Type.Name} instance instead of {type.Name} instance");
            *(nint*)address = src.Address;
            return src;
        }
        if (info.Kind == CKind.Simple && (info.Code == 'z' || info.Code == 'Z' || info.Code == 'P')
            && (src.Info.Kind is CKind.Array or CKind.Pointer))
        {
            *(nint*)address = src.Info.Kind == CKind.Array ? src.Address : *(nint*)src.Address;
            return src;
        }
        throw Ops.TypeError($"incompatible types, {src.Type.Name} instance instead of {type.Name} instance");
    }

    // ---- protocols -------------------------------------------------------------------------

    PyObject Override(string name) => PythonOverride.Find(_type, name);

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        // A structure class whose _fields_ was set after the class statement installs its fields on first use.
        if (Info.Kind is CKind.Struct or CKind.Union) CTypeInfo.Find(_type);
        var r = base.GetAttributeOrNull(name);
        if (r != null) return r;
        var ga = Override("__getattr__");
        return ga != null ? Ops.CallWithSelf(ga, this, name) : null;
    }

    public override PyStr Repr()
    {
        if (Override("__repr__") is { } m) return Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__repr__");
        if (Info.Kind == CKind.Simple && Info.Code == 'O' && *(nint*)Address == 0) return PyStr.FromString($"{_type.Name}(<NULL>)");
        if (Info.Kind == CKind.Simple && Info.Code == 'z' && _type.IsSubtypeOf(FundamentalTypes.c_char_p))
            return PyStr.FromString($"{_type.Name}({Ops.Repr(SimpleValues.Get('P', Address))})");
        // CPython names function pointers and subclasses of simple types by their bare tp_name.
        if (Info.Kind == CKind.Function || Info.Kind == CKind.Simple && !IsDirectSimple(_type))
            return PyStr.FromString($"<{_type.Name} object at 0x{Ops.Id(this):x}>");
        if (Info.Kind == CKind.Simple && IsDirectSimple(_type))
            return PyStr.FromString($"{_type.Name}({Ops.Repr(SimpleValues.Get(Info.Code, Address))})");
        return DefaultRepr();
    }

    public PyStr DefaultRepr() => PyStr.FromString($"<{QualifiedTypeName(_type)} object at 0x{Ops.Id(this):x}>");

    public static string QualifiedTypeName(PyType t)
    {
        var m = t.Dict.GetStr("__module__") is PyStr s ? s.ToString() : null;
        return m == null || m == "__builtin__" ? t.Name : m + "." + t.Name;
    }

    public override PyStr Str() => Override("__str__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__str__") : Repr();

    public override long Hash()
    {
        if (Override("__hash__") is { } m) return Ops.Hash(Ops.CallWithSelf(m, this));
        throw Ops.TypeError("unhashable type");
    }

    public override bool IsTrue()
    {
        if (Override("__nonzero__") is { } m) return Ops.IsTrue(Ops.CallWithSelf(m, this));
        if (Override("__len__") is not null) return Len() != 0;
        switch (Info.Kind)
        {
            case CKind.Simple:
                foreach (var b in Bytes) if (b != 0) return true;
                return false;
            case CKind.Pointer:
            case CKind.Function:
                return *(nint*)Address != 0;
            case CKind.Array:
                return Info.Length != 0;
        }
        return true;
    }

    public override int Len()
    {
        if (Override("__len__") is { } m) return (int)Ops.IndexToLong(Ops.CallWithSelf(m, this));
        if (Info.Kind == CKind.Array) return Info.Length;
        return base.Len();
    }

    public override PyObject GetItem(PyObject key)
    {
        if (Override("__getitem__") is { } m) return Ops.CallWithSelf(m, this, key);
        return Info.Kind switch
        {
            CKind.Array => ArrayAccess.GetItem(this, key),
            CKind.Pointer => PointerAccess.GetItem(this, key),
            _ => base.GetItem(key),
        };
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (Override("__setitem__") is { } m) { Ops.CallWithSelf(m, this, key, value); return; }
        switch (Info.Kind)
        {
            case CKind.Array: ArrayAccess.SetItem(this, key, value); return;
            case CKind.Pointer: PointerAccess.SetItem(this, key, value); return;
        }
        base.SetItem(key, value);
    }

    public override void DeleteItem(PyObject key)
    {
        if (Override("__delitem__") is { } m) { Ops.CallWithSelf(m, this, key); return; }
        if (Info.Kind is CKind.Array or CKind.Pointer) throw Ops.TypeError("Array does not support item deletion");
        base.DeleteItem(key);
    }

    public override PyObject Iter()
    {
        if (Override("__iter__") is { } m) return Ops.CallWithSelf(m, this);
        if (Info.Kind is CKind.Array or CKind.Pointer || Override("__getitem__") != null) return new PySequenceIterator(this);
        return base.Iter();
    }

    public override bool IsCallable => Info.Kind == CKind.Function || Override("__call__") != null;

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if (Override("__call__") is { } m) return Ops.CallWithSelf(m, this, args, kwNames);
        if (Info.Kind == CKind.Function) return ForeignCall.Invoke(this, args, kwNames);
        return base.Call(args, kwNames);
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op) =>
        Override(OperatorNames.Method(op).ToString()) is { } m ? PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other)) : base.RichCompare(other, op);
    public override PyObject BinaryOp(BinaryOperator op, PyObject other) =>
        Override(OperatorNames.Method(op).ToString()) is { } m ? PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other)) : base.BinaryOp(op, other);
    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        Override(OperatorNames.ReflectedMethod(op).ToString()) is { } m ? PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other)) : base.ReflectedBinaryOp(op, other);
}
