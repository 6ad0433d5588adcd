using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>Python <c>bytearray</c>: a mutable byte sequence (items are ints 0..255).</summary>
public sealed class PyByteArray : PyObject, IByteSequence
{
    public static readonly PyType TypeObject = PyType.Builtin("bytearray", () => PyType.ObjectType, Populate);

    internal readonly List<byte> Data = new();

    public PyByteArray() { }
    public PyByteArray(ReadOnlySpan<byte> bytes) { Data.AddRange(bytes.ToArray()); }

    public override PyType Type => TypeObject;
    public override int Len() => Data.Count;
    public override bool IsTrue() => Data.Count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'bytearray'");
    public PyStr ToStr() => PyStr.Wrap(Data.ToArray());
    public override PyStr Str() => ToStr();
    public override PyStr Repr() => PyStr.FromString("bytearray(b" + ToStr().Repr() + ")");

    static byte ByteValue(PyObject o)
    {
        long v = Ops.IndexToLong(o.Index() ?? throw Ops.TypeError("an integer or string of size 1 is required"));
        if (v < 0 || v > 255) throw Ops.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    static ReadOnlySpan<byte> BytesOf(PyObject o) => o switch
    {
        PyStr s => s.Bytes,
        PyByteArray b => b.Data.ToArray(),
        _ => throw Ops.TypeError($"can't concat {o.TypeName} to bytearray"),
    };

    void Fill(PyObject source)
    {
        switch (source)
        {
            case PyStr s: Data.AddRange(s.Bytes.ToArray()); return;
            case PyByteArray b: Data.AddRange(b.Data); return;
            case PyUnicode: throw Ops.TypeError("unicode argument without an encoding");
            case PyInt or PyLong:
                long n = Ops.IndexToLong(source);
                if (n < 0) throw Ops.ValueError("negative count");
                for (long i = 0; i < n; i++) Data.Add(0);
                return;
        }
        foreach (var x in Ops.Enumerate(source)) Data.Add(ByteValue(x));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            s.Indices(Data.Count, out int start, out _, out int step, out int count);
            var r = new PyByteArray();
            for (int k = 0, j = start; k < count; k++, j += step) r.Data.Add(Data[j]);
            return r;
        }
        long i = Ops.IndexToLong(key.Index() ?? throw Ops.TypeError("bytearray indices must be integers"));
        if (i < 0) i += Data.Count;
        if (i < 0 || i >= Data.Count) throw Ops.IndexError("bytearray index out of range");
        return PyInt.From(Data[(int)i]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice s)
        {
            var list = new PyList();
            foreach (var b in Data) list.Append(PyInt.From(b));
            var src = new PyByteArray();
            src.Fill(value);
            var items = new PyList();
            foreach (var b in src.Data) items.Append(PyInt.From(b));
            list.SetItem(s, items);
            Data.Clear();
            foreach (var x in list.AsSpan()) Data.Add((byte)((PyInt)x).Value);
            return;
        }
        long i = Ops.IndexToLong(key.Index() ?? throw Ops.TypeError("bytearray indices must be integers"));
        if (i < 0) i += Data.Count;
        if (i < 0 || i >= Data.Count) throw Ops.IndexError("bytearray index out of range");
        Data[(int)i] = ByteValue(value);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt) return Data.Contains(ByteValue(item));
        return ToStr().Contains(item is PyByteArray b ? b.ToStr() : item);
    }

    public override PyObject Iter() => new PySequenceIterator(this);

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PyStr && other is not PyByteArray) return null;
        return ToStr().RichCompare(PyStr.FromBytes(BytesOf(other)), op);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && (other is PyStr || other is PyByteArray))
        {
            var r = new PyByteArray(Data.ToArray());
            r.Data.AddRange(BytesOf(other).ToArray());
            return r;
        }
        if (op == BinaryOperator.Multiply)
            return Ops.SequenceRepeatOrNull(this, other, n => { var r = new PyByteArray(); for (long k = 0; k < n; k++) r.Data.AddRange(Data); return r; });
        return null;
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && (other is PyStr || other is PyByteArray)) { Data.AddRange(BytesOf(other).ToArray()); return this; }
        return null;
    }

    static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("bytearray", args, kw, 0, 3, "source", "encoding", "errors");
            var r = new PyByteArray();
            if (a[0] is PyUnicode u)
            {
                if (a[1] == null) throw Ops.TypeError("unicode argument without an encoding");
                r.Fill(Ops.CallMethod(u, "encode", a[1]));
            }
            else if (a[0] != null) r.Fill(a[0]);
            return r;
        };
        PyByteArray B(PyObject o) => (PyByteArray)o;
        t.DefMethod("append", (s, x) => { B(s).Data.Add(ByteValue(x)); return PyNone.None; });
        t.DefMethod("extend", (s, x) => { B(s).Fill(x is PyInt ? throw Ops.TypeError("'int' object is not iterable") : x); return PyNone.None; });
        t.DefMethod("insert", (s, i, x) =>
        {
            long idx = Ops.IndexToLong(i), n = B(s).Data.Count;
            if (idx < 0) idx = Math.Max(0, idx + n);
            B(s).Data.Insert((int)Math.Min(idx, n), ByteValue(x));
            return PyNone.None;
        });
        t.DefMethod("pop", 0, new[] { "index" }, (s, a) =>
        {
            var d = B(s).Data;
            if (d.Count == 0) throw Ops.IndexError("pop from empty bytearray");
            long i = a[0] == null ? -1 : Ops.IndexToLong(a[0]);
            if (i < 0) i += d.Count;
            if (i < 0 || i >= d.Count) throw Ops.IndexError("pop index out of range");
            byte v = d[(int)i];
            d.RemoveAt((int)i);
            return PyInt.From(v);
        });
        t.DefMethod("remove", (s, x) =>
        {
            if (!B(s).Data.Remove(ByteValue(x))) throw Ops.ValueError("value not found in bytearray");
            return PyNone.None;
        });
        t.DefMethod("reverse", s => { B(s).Data.Reverse(); return PyNone.None; });
        t.DefMethod("decode", 0, new[] { "encoding", "errors" }, (s, a) => FormattingHooks.Decode(B(s).ToStr(), a[0], a[1]));
        t.DefMethod("__len__", s => PyInt.From(B(s).Data.Count));
        t.Define("__hash__", PyNone.None);
    }
}

/// <summary>Python 2 <c>buffer(object[, offset[, size]])</c>: a read-only view, here a snapshot.</summary>
public sealed class PyBuffer : PyObject, IByteSequence
{
    public static readonly PyType TypeObject = PyType.Builtin("buffer", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("buffer", args, kw, 1, 3, "object", "offset", "size");
            var bytes = a[0] is PyStr s ? s : a[0] is PyByteArray b ? b.ToStr() : a[0] is PyBuffer pb ? pb.Str() : a[0] is PyUnicode u ? PyStr.Wrap(System.Text.Encoding.UTF32.GetBytes(u.Value)) : throw Ops.TypeError("buffer object expected");
            int offset = a[1] == null ? 0 : Ops.ToInt32(a[1]);
            if (offset < 0) throw Ops.ValueError("offset must be zero or positive");
            int size = a[2] == null ? -1 : Ops.ToInt32(a[2]);
            int start = Math.Min(offset, bytes.Length);
            int end = size < 0 ? bytes.Length : Math.Min(bytes.Length, start + size);
            return new PyBuffer(bytes.Slice(start, end));
        };
    });

    readonly PyStr _data;
    public PyBuffer(PyStr data) { _data = data; }
    public override PyType Type => TypeObject;
    public override int Len() => _data.Length;
    public override PyStr Str() => _data;
    public override PyObject GetItem(PyObject key) => _data.GetItem(key);
    public override PyStr Repr() => PyStr.FromString($"<read-only buffer for 0x{Ops.Id(this):x}, size -1, offset 0 at 0x{Ops.Id(this):x}>");
    public override PyObject RichCompare(PyObject other, CompareOperator op) => other is PyBuffer b ? _data.RichCompare(b._data, op) : null;
}
