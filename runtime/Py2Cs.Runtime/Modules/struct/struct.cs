using System;
using System.Collections.Concurrent;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// The struct module: pack, unpack, calcsize, pack_into, unpack_from and the Struct class, over
/// <see cref="StructLayout"/>/<see cref="StructCodec"/>, converting Python values as _struct.c does.
/// </summary>
[PythonModule("struct")]
public static class @struct
{
    public static readonly PyObject error = MakeError();

    static PyObject MakeError()
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("struct"));
        return PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), dict);
    }

    public static readonly PyObject Struct = StructObject.TypeObject;

    static readonly ConcurrentDictionary<string, StructLayout> Cache = new();

    /// <summary>Layouts by format str object, as _struct.c's cache is keyed by the format string: a
    /// str keeps its hash, so a repeated struct.pack(fmt, ...) costs one hash-table probe and no
    /// decoding of the format.</summary>
    static readonly ConcurrentDictionary<PyStr, StructLayout> StrCache = new();

    internal static PythonException ToPython(StructFailure f) => f.PythonType switch
    {
        "OverflowError" => Ops.OverflowError(f.Message),
        "MemoryError" => Ops.MakeRaise(PyExceptionTypes.MemoryError, null, null),
        _ => Ops.MakeRaise(error, PyStr.FromString(f.Message), null),
    };

    internal static StructLayout Layout(PyObject fmt)
    {
        if (fmt is PyStr key && key.GetType() == typeof(PyStr))
        {
            if (StrCache.TryGetValue(key, out var cached)) return cached;
            cached = ParsedLayout(key.ToString());
            if (StrCache.Count > 100) StrCache.Clear();
            StrCache[key] = cached;
            return cached;
        }
        string f = fmt switch
        {
            PyStr s => s.ToString(),
            PyUnicode u => u.EncodeAscii().ToString(),
            _ => throw Ops.TypeError($"Struct() argument 1 must be string, not {fmt.TypeName}"),
        };
        if (Cache.TryGetValue(f, out var layout)) return layout;
        layout = ParsedLayout(f);
        if (Cache.Count > 100) Cache.Clear();
        Cache[f] = layout;
        return layout;
    }

    static StructLayout ParsedLayout(string format)
    {
        try { return StructLayout.Parse(format); }
        catch (StructFailure e) { throw ToPython(e); }
    }

    public static int calcsize(PyObject fmt) => Layout(fmt).Size;

    /// <summary>struct.pack takes its arguments as _struct.c's METH_VARARGS function does (no argument
    /// arrays copied on the way to the layout; it is called in loops), with its messages.</summary>
    public static void __init__(PyModule m)
    {
        var declared = (NativeFunction)m["pack"];
        var raw = NativeFunction.CreateRaw("pack", (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw Ops.TypeError("pack() takes no keyword arguments");
            if (args.Length == 0) throw Ops.TypeError("missing format argument");
            return PyStr.Wrap(Pack(Layout(args[0]), args.AsSpan(1)));
        });
        raw.ModuleName = declared.ModuleName;
        m["pack"] = raw;
    }

    public static PyObject pack(PyObject fmt, params PyObject[] v) => PyStr.Wrap(Pack(Layout(fmt), v));

    public static PyObject unpack(PyObject fmt, PyObject @string) => Unpack(Layout(fmt), @string);

    /// <summary>unpack of a whole string; a str is read in place, without a copy.</summary>
    internal static PyObject Unpack(StructLayout layout, PyObject @string)
    {
        ReadOnlySpan<byte> data = @string is PyStr s ? s.Bytes : Buffer(@string);
        if (data.Length != layout.Size || (@string is not PyStr && Buffer(@string) == null)) throw ToPython(new StructFailure($"unpack requires a string argument of length {layout.Size}"));
        return Unpack(layout, data);
    }

    public static PyObject unpack_from(PyObject fmt, PyObject buffer, PyObject offset = null)
    {
        var layout = Layout(fmt);
        var data = Buffer(buffer) ?? throw Ops.TypeError($"unpack_from() argument 1 must be string or buffer, not {buffer.TypeName}");
        long off = offset == null ? 0 : Ops.IndexToLong(offset);
        if (off < 0) off += data.Length;
        if (off < 0 || data.Length - off < layout.Size)
            throw ToPython(new StructFailure($"unpack_from requires a buffer of at least {layout.Size} bytes"));
        return Unpack(layout, data.AsSpan((int)off, layout.Size));
    }

    public static void pack_into(PyObject fmt, PyObject buffer, PyObject offset, params PyObject[] v)
    {
        var layout = Layout(fmt);
        if (buffer is not PyByteArray ba) throw Ops.TypeError($"argument must be read-write buffer, not {buffer.TypeName}");
        long off = Ops.IndexToLong(offset);
        int length = ba.Len();
        if (off < 0) off += length;
        if (off < 0 || length - off < layout.Size)
            throw ToPython(new StructFailure($"pack_into requires a buffer of at least {layout.Size} bytes"));
        var bytes = Pack(layout, v);
        for (int i = 0; i < bytes.Length; i++) Ops.SetItem(ba, PyInt.From(off + i), PyInt.From(bytes[i]));
    }

    /// <summary>The bytes of a str, bytearray or buffer object; null for anything else (each caller
    /// words that error as _struct.c does).</summary>
    internal static byte[] Buffer(PyObject o) => o switch
    {
        PyStr s => s.Bytes.ToArray(),
        PyByteArray b => Ops.Str(b).Bytes.ToArray(),
        PyBuffer b => b.Str().Bytes.ToArray(),
        _ => null,
    };

    internal static byte[] Pack(StructLayout layout, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != layout.Items.Length)
            throw ToPython(new StructFailure($"pack expected {layout.Items.Length} items for packing (got {values.Length})"));
        var buffer = new byte[layout.Size];
        try
        {
            for (int i = 0; i < values.Length; i++) PackOne(buffer, layout.Items[i], values[i]);
        }
        catch (StructFailure f) { throw ToPython(f); }
        return buffer;
    }

    static void PackOne(byte[] buffer, in StructItem item, PyObject v)
    {
        switch (item.Kind)
        {
            case StructValueKind.Integer:
                if (v is PyInt i) StructCodec.PackInteger(buffer, item, i.Value);
                else StructCodec.PackInteger(buffer, item, Integer(v, item));
                break;
            case StructValueKind.Float:
                double d = v switch
                {
                    PyFloat f => f.Value,
                    PyInt n => n.Value,
                    PyLong l => (double)l.Value,
                    _ => throw new StructFailure("required argument is not a float"),
                };
                StructCodec.PackFloat(buffer, item, d);
                break;
            case StructValueKind.Bool: StructCodec.PackBool(buffer, item, Ops.IsTrue(v)); break;
            case StructValueKind.Char:
                if (v is not PyStr c || c.Len() != 1) throw new StructFailure("char format require string of length 1");
                StructCodec.PackChar(buffer, item, c.ToString());
                break;
            case StructValueKind.Bytes:
                if (v is not PyStr s) throw new StructFailure($"argument for '{item.Code}' must be a string");
                StructCodec.PackBytes(buffer, item, s.ToString());
                break;
        }
    }

    /// <summary>_struct.c's get_pylong: ints as they are, else __index__, else __int__ (floats), else an error.</summary>
    static BigInteger Integer(PyObject v, in StructItem item)
    {
        switch (v)
        {
            case PyInt i: return i.Value;
            case PyLong l: return l.Value;
            case PyFloat f:
                if (double.IsNaN(f.Value)) throw Ops.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw new StructFailure($"integer out of range for '{item.Code}' format code");
                return new BigInteger(Math.Truncate(f.Value));
        }
        var idx = v.Index();
        if (idx is PyInt j) return j.Value;
        if (idx is PyLong k) return k.Value;
        var intMethod = Ops.GetAttrOrNull(v, "__int__");
        if (intMethod != null)
        {
            var r = Ops.Call(intMethod);
            if (r is PyInt ri) return ri.Value;
            if (r is PyLong rl) return rl.Value;
            throw Ops.TypeError("__int__ method returned non-integer");
        }
        throw new StructFailure("cannot convert argument to integer");
    }

    internal static PyObject Unpack(StructLayout layout, ReadOnlySpan<byte> data)
    {
        var items = new PyObject[layout.Items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var item = layout.Items[i];
            items[i] = item.Kind switch
            {
                StructValueKind.Integer => item.IsSigned ? PyInt.From(StructCodec.UnpackSigned(data, item)) : Unsigned(StructCodec.UnpackUnsigned(data, item)),
                StructValueKind.Float => new PyFloat(StructCodec.UnpackFloat(data, item)),
                StructValueKind.Bool => PyBool.From(StructCodec.UnpackBool(data, item)),
                _ => PyStr.FromString(StructCodec.UnpackBytes(data, item)),
            };
        }
        return PyTuple.Create(items);
    }

    static PyObject Unsigned(ulong v) => v <= long.MaxValue ? PyInt.From((long)v) : new PyLong(v);
}
