using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>io.BytesIO: a growable in-memory byte buffer with a position (_io/bytesio.c).</summary>
public sealed class BytesIOObject : IOObject
{
    public static readonly PyType TypeObject = PyType.Builtin("BytesIO", () => IOBases.BufferedIOBase, Populate);

    byte[] _buf = Array.Empty<byte>();
    int _size;
    long _pos;
    bool _closed;

    BytesIOObject(PyType type) : base(type) { }

    public BytesIOObject() : base(TypeObject) { }

    void Check()
    {
        if (_closed) throw IOBases.ClosedFile();
    }

    internal bool IsClosed => _closed;

    public PyStr GetValue()
    {
        Check();
        return PyStr.FromBytes(_buf.AsSpan(0, _size));
    }

    internal ReadOnlySpan<byte> Read(long n)
    {
        Check();
        long avail = Math.Max(0, _size - _pos);
        if (n < 0 || n > avail) n = avail;
        var r = _buf.AsSpan((int)Math.Min(_pos, _size), (int)n);
        _pos += n;
        return r;
    }

    internal ReadOnlySpan<byte> ReadLine(long limit)
    {
        Check();
        if (_pos >= _size) return ReadOnlySpan<byte>.Empty;
        var rest = _buf.AsSpan((int)_pos, _size - (int)_pos);
        int nl = rest.IndexOf((byte)'\n');
        int n = nl < 0 ? rest.Length : nl + 1;
        if (limit >= 0 && limit < n) n = (int)limit;
        _pos += n;
        return rest[..n];
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        Check();
        int n = data.Length;
        if (n == 0) return 0;
        long end = _pos + n;
        if (end > _buf.Length)
        {
            long cap = Math.Max(end, _buf.Length * 2L);
            Array.Resize(ref _buf, (int)Math.Min(cap, int.MaxValue));
        }
        if (_pos > _size) Array.Clear(_buf, _size, (int)(_pos - _size));   // a gap after a seek past the end reads as NULs
        data.CopyTo(_buf.AsSpan((int)_pos));
        _pos = end;
        if (end > _size) _size = (int)end;
        return n;
    }

    internal long Seek(long pos, int whence)
    {
        Check();
        if (pos < 0 && whence == 0) throw Ops.ValueError($"negative seek value {pos}");
        if (whence == 1) pos += _pos;
        else if (whence == 2) pos += _size;
        else if (whence != 0) throw Ops.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (pos < 0) pos = 0;
        _pos = pos;
        return pos;
    }

    internal long Tell()
    {
        Check();
        return _pos;
    }

    internal long Truncate(PyObject size)
    {
        Check();
        long n = size == null || size is PyNone ? _pos : Ops.IndexToLong(size.Index() ?? throw Ops.TypeError($"integer argument expected, got '{size.TypeName}'"));
        if (n < 0) throw Ops.ValueError($"negative size value {n}");
        if (n < _size) _size = (int)n;
        return n;
    }

    internal void Close() => _closed = true;

    static BytesIOObject B(PyObject o) => (BytesIOObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new BytesIOObject(type);
        t.DefMethod("__init__", 0, new[] { "initial_bytes" }, (s, a) =>
        {
            var b = B(s);
            b._size = 0;
            b._pos = 0;
            if (a[0] != null && a[0] is not PyNone)
            {
                b.Write(IOBases.BufferBytes(a[0]));
                b._pos = 0;
            }
            return PyNone.None;
        });
        t.DefMethod("getvalue", s => B(s).GetValue());
        t.DefMethod("read", 0, new[] { "size" }, (s, a) => PyStr.FromBytes(B(s).Read(IOBases.SizeArg(a[0]))));
        t.DefMethod("read1", (s, n) => PyStr.FromBytes(B(s).Read(IOBases.SizeArg(n))));
        t.DefMethod("readline", 0, new[] { "size" }, (s, a) => PyStr.FromBytes(B(s).ReadLine(IOBases.SizeArg(a[0]))));
        t.DefMethod("readlines", 0, new[] { "size" }, (s, a) =>
        {
            var b = B(s);
            long hint = IOBases.SizeArg(a[0]);
            var l = new PyList();
            long total = 0;
            while (true)
            {
                var line = b.ReadLine(-1);
                if (line.Length == 0) break;
                l.Append(PyStr.FromBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        t.DefMethod("readinto", (s, target) =>
        {
            if (target is not PyByteArray ba) throw Ops.TypeError("argument 1 must be read-write buffer, not " + target.TypeName);
            var span = CollectionsMarshal.AsSpan(ba.Data);
            var data = B(s).Read(span.Length);
            data.CopyTo(span);
            return PyInt.From(data.Length);
        });
        t.DefMethod("write", (s, data) => PyInt.From(B(s).Write(IOBases.BufferBytes(data))));
        t.DefMethod("writelines", (s, lines) =>
        {
            var b = B(s);
            b.Check();
            var it = Ops.Iter(lines);
            for (var x = it.Next(); x != null; x = it.Next()) b.Write(IOBases.BufferBytes(x));
            return PyNone.None;
        });
        t.DefMethod("seek", 1, new[] { "pos", "whence" }, (s, a) =>
        {
            if (a[0] is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an index");
            return PyInt.From(B(s).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1])));
        });
        t.DefMethod("tell", s => PyInt.From(B(s).Tell()));
        t.DefMethod("truncate", 0, new[] { "size" }, (s, a) => PyInt.From(B(s).Truncate(a[0])));
        t.DefMethod("readable", s => { B(s).Check(); return PyBool.True; });
        t.DefMethod("writable", s => { B(s).Check(); return PyBool.True; });
        t.DefMethod("seekable", s => { B(s).Check(); return PyBool.True; });
        t.DefMethod("isatty", s => { B(s).Check(); return PyBool.False; });
        t.DefMethod("flush", s => { B(s).Check(); return PyNone.None; });
        t.DefMethod("close", s => { B(s).Close(); return PyNone.None; });
        t.DefProperty("closed", s => PyBool.From(B(s)._closed));
        t.DefMethod("__iter__", s => s);
        t.DefMethod("next", s =>
        {
            var line = B(s).ReadLine(-1);
            if (line.Length == 0) throw Ops.StopIteration();
            return PyStr.FromBytes(line);
        });
    }

    public override PyObject Next()
    {
        if (!ReferenceEquals(Type, TypeObject)) return base.Next();   // a Python subclass may override next
        var line = ReadLine(-1);
        return line.Length == 0 ? null : PyStr.FromBytes(line);
    }
}
