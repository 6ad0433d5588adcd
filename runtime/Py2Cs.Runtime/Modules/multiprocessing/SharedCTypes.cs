using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// The C types multiprocessing.sharedctypes allocates in shared memory (2.7 uses ctypes objects over
/// its heap arenas; this runtime has no ctypes, so the scalar types c_char, c_int, c_double... and
/// their arrays are native here, with ctypes' conversions, wrap-around and error messages). The memory
/// comes from <see cref="SharedArena"/>, so children forked afterwards see every write.
/// </summary>
internal sealed unsafe class CTypeCode
{
    public readonly char Code;
    public readonly string Name;
    public readonly int Size;
    public readonly PyType ScalarType;

    static readonly Dictionary<char, CTypeCode> Codes = new();

    CTypeCode(char code, string name, int size)
    {
        Code = code;
        Name = name;
        Size = size;
        ScalarType = PyType.Builtin(name, () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("ctypes"));
            t.DefProperty("value", s => ((SharedScalar)s).Value, (s, v) => ((SharedScalar)s).Value = v);
        });
    }

    static CTypeCode()
    {
        foreach (var (c, n, size) in new[] { ('c', "c_char", 1), ('u', "c_wchar", 4), ('b', "c_byte", 1), ('B', "c_ubyte", 1),
            ('h', "c_short", 2), ('H', "c_ushort", 2), ('i', "c_int", 4), ('I', "c_uint", 4), ('l', "c_long", 8), ('L', "c_ulong", 8),
            ('f', "c_float", 4), ('d', "c_double", 8) })
            Codes[c] = new CTypeCode(c, n, size);
    }

    public static IEnumerable<CTypeCode> All => Codes.Values;

    public static CTypeCode Of(PyObject typecode)
    {
        if (typecode is PyStr s && s.Bytes.Length == 1 && Codes.TryGetValue((char)s.Bytes[0], out var code)) return code;
        if (typecode is PyType t)
            foreach (var c in Codes.Values)
                if (ReferenceEquals(c.ScalarType, t)) return c;
        throw Ops.TypeError("this type has no size");
    }

    bool IsInteger => Code is 'b' or 'B' or 'h' or 'H' or 'i' or 'I' or 'l' or 'L';

    public PyObject Read(byte* p) => Code switch
    {
        'c' => PyStr.FromByte(*p),
        'u' => PyUnicode.FromString(char.ConvertFromUtf32((int)*(uint*)p)),
        'b' => PyInt.From(*(sbyte*)p),
        'B' => PyInt.From(*p),
        'h' => PyInt.From(*(short*)p),
        'H' => PyInt.From(*(ushort*)p),
        'i' => PyInt.From(*(int*)p),
        'I' => PyInt.From(*(uint*)p),
        'l' => PyInt.From(*(long*)p),
        'L' => PyInt.FromBig(*(ulong*)p),
        'f' => new PyFloat(*(float*)p),
        _ => new PyFloat(*(double*)p),
    };

    /// <summary>ctypes' setfunc: integers wrap to the type's width; floats take ints too.</summary>
    public void Write(byte* p, PyObject value)
    {
        if (IsInteger)
        {
            if (value is PyFloat) throw Ops.TypeError("int expected instead of float");
            if (value is not (PyInt or PyLong)) throw Ops.TypeError("an integer is required");
            System.Numerics.BigInteger big = value is PyLong l ? l.Value : ((PyInt)value).Value;
            ulong bits = (ulong)(big & ulong.MaxValue);   // two's complement low bits, as C's conversion
            switch (Size)
            {
                case 1: *p = (byte)bits; break;
                case 2: *(ushort*)p = (ushort)bits; break;
                case 4: *(uint*)p = (uint)bits; break;
                default: *(ulong*)p = bits; break;
            }
            return;
        }
        switch (Code)
        {
            case 'c':
                if (value is PyStr s && s.Bytes.Length == 1) { *p = s.Bytes[0]; return; }
                throw Ops.TypeError("one character string expected");
            case 'u':
                if (value is PyUnicode u && Ops.Len(u) == 1) { *(uint*)p = (uint)char.ConvertToUtf32(u.ToString(), 0); return; }
                throw Ops.TypeError("one character unicode string expected");
            default:
                if (value is not (PyInt or PyLong or PyFloat)) throw Ops.TypeError("a float is required");
                double d = ((PyFloat)NumberTypes.FloatFromObject(value)).Value;
                if (Code == 'f') *(float*)p = (float)d; else *(double*)p = d;
                return;
        }
    }
}

/// <summary>A shared scalar: c_int(5), c_double(0.0)... (RawValue's result, Value's wrapped object).</summary>
internal sealed unsafe class SharedScalar : PyObject
{
    readonly CTypeCode _code;
    readonly byte* _memory;

    public SharedScalar(CTypeCode code)
    {
        _code = code;
        _memory = SharedArena.Allocate(code.Size);
    }

    public override PyType Type => _code.ScalarType;

    public PyObject Value
    {
        get => _code.Read(_memory);
        set => _code.Write(_memory, value);
    }

    public override PyStr Repr() => PyStr.FromString($"{_code.Name}({Ops.Repr(Value)})");
}

/// <summary>A shared array: c_int_Array_3 (RawArray's result); c_char arrays also have value and raw.</summary>
internal sealed unsafe class SharedArray : PyObject
{
    static readonly Dictionary<(char, int), PyType> Types = new();

    readonly CTypeCode _code;
    readonly byte* _memory;
    readonly int _length;
    readonly PyType _type;

    public SharedArray(CTypeCode code, int length)
    {
        if (length < 0) throw Ops.ValueError("Array length must be >= 0, not " + length);
        _code = code;
        _length = length;
        _memory = SharedArena.Allocate(code.Size * Math.Max(length, 1));
        lock (Types)
        {
            if (!Types.TryGetValue((code.Code, length), out _type))
                Types[(code.Code, length)] = _type = MakeType(code, length);
        }
    }

    static PyType MakeType(CTypeCode code, int length) =>
        PyType.Builtin($"{code.Name}_Array_{length}", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("multiprocessing.sharedctypes"));
            t.Define("_length_", PyInt.From(length));
            t.Define("_type_", code.ScalarType);
            if (code.Code == 'c')
            {
                t.DefProperty("value", s => ((SharedArray)s).StringValue, (s, v) => ((SharedArray)s).StringValue = v);
                t.DefProperty("raw", s => ((SharedArray)s).Raw, (s, v) => ((SharedArray)s).Raw = v);
            }
        });

    public override PyType Type => _type;
    public override int Len() => _length;
    public char Code => _code.Code;

    int Index(PyObject key)
    {
        long i = Ops.IndexToLong(key);
        if (i < 0) i += _length;
        if (i < 0 || i >= _length) throw new PythonException(Ops.Call(PyExceptionTypes.IndexError, PyStr.FromString("invalid index")));
        return (int)i;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice) return Slice(slice);
        return _code.Read(_memory + Index(key) * _code.Size);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice slice) { SetSlice(slice, value); return; }
        _code.Write(_memory + Index(key) * _code.Size, value);
    }

    (int Start, int Stop) Bounds(PySlice slice)
    {
        slice.Indices(_length, out int start, out int stop, out int step, out _);
        if (step != 1) throw Ops.ValueError("slice step must be 1");
        return (start, Math.Max(start, stop));
    }

    PyObject Slice(PySlice slice)
    {
        var (start, stop) = Bounds(slice);
        if (_code.Code == 'c') return PyStr.FromBytes(new ReadOnlySpan<byte>(_memory + start, stop - start));
        var items = new PyObject[stop - start];
        for (int i = start; i < stop; i++) items[i - start] = _code.Read(_memory + i * _code.Size);
        return PyList.FromArray(items);
    }

    void SetSlice(PySlice slice, PyObject value)
    {
        var (start, stop) = Bounds(slice);
        var items = PyList.FromIterable(value).ToArray();
        if (items.Length != stop - start) throw Ops.ValueError("Can only assign sequence of same size");
        for (int i = 0; i < items.Length; i++) _code.Write(_memory + (start + i) * _code.Size, items[i]);
    }

    public override PyObject Iter() => Ops.Iter(Slice(new PySlice(null, null, null)));

    PyObject StringValue
    {
        get
        {
            var span = new ReadOnlySpan<byte>(_memory, _length);
            int end = span.IndexOf((byte)0);
            return PyStr.FromBytes(end < 0 ? span : span[..end]);
        }
        set
        {
            if (value is not PyStr s) throw Ops.TypeError("string expected instead of " + value.TypeName + " instance");
            if (s.Bytes.Length > _length) throw Ops.ValueError("string too long");
            s.Bytes.CopyTo(new Span<byte>(_memory, _length));
            if (s.Bytes.Length < _length) _memory[s.Bytes.Length] = 0;
        }
    }

    PyObject Raw
    {
        get => PyStr.FromBytes(new ReadOnlySpan<byte>(_memory, _length));
        set
        {
            var bytes = IOBases.BufferBytes(value);
            if (bytes.Length > _length) throw Ops.ValueError("string too long");
            bytes.CopyTo(new Span<byte>(_memory, _length));
        }
    }

    public override PyStr Repr() =>
        PyStr.FromString($"<multiprocessing.sharedctypes.{_type.Name} object at 0x{Ops.Id(this):x}>");
}

/// <summary>multiprocessing.sharedctypes: RawValue, RawArray, Value, Array and the Synchronized wrappers.</summary>
internal static class SharedCTypes
{
    const string Module = "multiprocessing.sharedctypes";

    public static PyObject RawValue(PyObject typecode, PyObject[] args)
    {
        var obj = new SharedScalar(CTypeCode.Of(typecode));
        if (args.Length > 1) throw Ops.TypeError("function takes at most 1 argument (" + args.Length + " given)");
        if (args.Length == 1) obj.Value = args[0];
        return obj;
    }

    public static PyObject RawArray(PyObject typecode, PyObject sizeOrInitializer)
    {
        var code = CTypeCode.Of(typecode);
        if (sizeOrInitializer is PyInt or PyLong) return new SharedArray(code, Ops.ToInt32(sizeOrInitializer));
        var items = PyList.FromIterable(sizeOrInitializer).ToArray();
        var array = new SharedArray(code, items.Length);
        for (int i = 0; i < items.Length; i++) array.SetItem(PyInt.From(i), items[i]);
        return array;
    }

    static PyObject LockArgument(PyDict kwds)
    {
        PyObject lockArg = PyNone.None;
        if (kwds != null)
        {
            kwds = (PyDict)Ops.Call(PyDict.TypeObject, kwds);
            lockArg = kwds.GetStr(PyStr.Intern("lock")) ?? PyNone.None;
            kwds.Remove(PyStr.Intern("lock"));
            if (Ops.Len(kwds) > 0)
                throw Ops.ValueError("unrecognized keyword argument(s): " + Ops.Str(Ops.CallMethod(kwds, PyStr.Intern("keys"))));
        }
        return lockArg;
    }

    static PyObject Synchronize(PyObject obj, PyObject lockArg, PyType wrapper)
    {
        if (ReferenceEquals(lockArg, PyBool.False)) return obj;
        if (lockArg is PyNone || ReferenceEquals(lockArg, PyBool.True)) lockArg = Ops.Call(SynchronizeClasses.RLock);
        if (Ops.GetAttrOrNull(lockArg, PyStr.Intern("acquire")) == null)
            throw Ops.AttributeError($"'{Ops.Repr(lockArg)}' has no method 'acquire'");
        return Ops.Call(wrapper, obj, lockArg);
    }

    public static PyObject Value(PyObject typecode, PyObject[] args, PyDict kwds)
    {
        var lockArg = LockArgument(kwds);
        return Synchronize(RawValue(typecode, args), lockArg, Synchronized);
    }

    public static PyObject Array(PyObject typecode, PyObject sizeOrInitializer, PyDict kwds)
    {
        var lockArg = LockArgument(kwds);
        var raw = (SharedArray)RawArray(typecode, sizeOrInitializer);
        return Synchronize(raw, lockArg, CTypeCode.Of(typecode).Code == 'c' ? SynchronizedString : SynchronizedArray);
    }

    /// <summary>sharedctypes.synchronized(obj, lock=None): the wrapper class that fits obj.</summary>
    public static PyObject Synchronized_(PyObject obj, PyObject lockArg)
    {
        var wrapper = obj is SharedArray a ? (a.Code == 'c' ? SynchronizedString : SynchronizedArray) : Synchronized;
        return Ops.Call(wrapper, obj, lockArg ?? PyNone.None);
    }

    static PyObject Locked(PyObject self, Func<PyObject> body)
    {
        var lk = Get(self, "_lock");
        Call(lk, "acquire");
        try { return body(); }
        finally { Call(lk, "release"); }
    }

    public static readonly PyType SynchronizedBase = new PythonClassBuilder(Module, "SynchronizedBase", PyType.ObjectType)
        .Method("__init__", new[] { "self", "obj", "lock" }, a =>
        {
            Set(a[0], "_obj", a[1]);
            var lk = Ops.IsTrue(a[2]) ? a[2] : Ops.Call(SynchronizeClasses.RLock);
            Set(a[0], "_lock", lk);
            Set(a[0], "acquire", Get(lk, "acquire"));
            Set(a[0], "release", Get(lk, "release"));
            return PyNone.None;
        }, new PyObject[] { PyNone.None })
        .Method("get_obj", new[] { "self" }, a => Get(a[0], "_obj"))
        .Method("get_lock", new[] { "self" }, a => Get(a[0], "_lock"))
        .Method("__repr__", new[] { "self" }, a =>
            PyStr.FromString($"<{Ops.GetAttr(Ops.TypeOf(a[0]), PyStr.Intern("__name__"))} wrapper for {Ops.Str(Get(a[0], "_obj"))}>"))
        .Build();

    public static readonly PyType Synchronized = new PythonClassBuilder(Module, "Synchronized", SynchronizedBase)
        .Attribute("value", Property("value", s => Locked(s, () => Get(Get(s, "_obj"), "value")),
            (s, v) => Locked(s, () => { Set(Get(s, "_obj"), "value", v); return PyNone.None; })))
        .Build();

    public static readonly PyType SynchronizedArray = new PythonClassBuilder(Module, "SynchronizedArray", SynchronizedBase)
        .Method("__len__", new[] { "self" }, a => PyInt.From(Ops.Len(Get(a[0], "_obj"))))
        .Method("__getitem__", new[] { "self", "i" }, a => Locked(a[0], () => Ops.GetItem(Get(a[0], "_obj"), a[1])))
        .Method("__setitem__", new[] { "self", "i", "value" }, a => Locked(a[0], () => { Ops.SetItem(Get(a[0], "_obj"), a[1], a[2]); return PyNone.None; }))
        .Method("__getslice__", new[] { "self", "start", "stop" }, a =>
            Locked(a[0], () => Ops.GetItem(Get(a[0], "_obj"), new PySlice(a[1], a[2], null))))
        .Method("__setslice__", new[] { "self", "start", "stop", "values" }, a =>
            Locked(a[0], () => { Ops.SetItem(Get(a[0], "_obj"), new PySlice(a[1], a[2], null), a[3]); return PyNone.None; }))
        .Build();

    public static readonly PyType SynchronizedString = new PythonClassBuilder(Module, "SynchronizedString", SynchronizedArray)
        .Attribute("value", Property("value", s => Locked(s, () => Get(Get(s, "_obj"), "value")),
            (s, v) => Locked(s, () => { Set(Get(s, "_obj"), "value", v); return PyNone.None; })))
        .Attribute("raw", Property("raw", s => Locked(s, () => Get(Get(s, "_obj"), "raw")),
            (s, v) => Locked(s, () => { Set(Get(s, "_obj"), "raw", v); return PyNone.None; })))
        .Build();

    public static PyDict TypecodeToType()
    {
        var d = new PyDict();
        foreach (var c in CTypeCode.All) d.SetItem(PyStr.FromString(c.Code.ToString()), c.ScalarType);
        return d;
    }
}
