using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// io.BufferedReader, BufferedWriter and BufferedRandom (_io/bufferedio.c): a byte buffer over a
/// raw stream. The raw stream is any RawIOBase; an exact io.FileIO is driven directly, anything
/// else (a Python subclass with its own readinto/write) through Python method calls.
/// </summary>
public sealed class BufferedObject : IOObject, IExitFlush
{
    public static readonly PyType ReaderType = PyType.Builtin("BufferedReader", () => IOBases.BufferedIOBase, t => Populate(t, true, false));
    public static readonly PyType WriterType = PyType.Builtin("BufferedWriter", () => IOBases.BufferedIOBase, t => Populate(t, false, true));
    public static readonly PyType RandomType = PyType.Builtin("BufferedRandom", () => IOBases.BufferedIOBase, t => Populate(t, true, true));

    PyObject _raw;
    FileIOObject _fastRaw;   // the raw stream when it is an exact FileIO
    bool _reads, _writes;
    byte[] _readBuf, _writeBuf;
    int _readPos, _readLen, _writeLen;
    int _bufferSize;
    bool _detached;
    int IExitFlush.RegistrySlot { get; set; } = -1;

    /// <summary>Set when a TextIOWrapper wraps this object: its finalizer then finalizes this one, in order.</summary>
    internal bool WrappedByText;

    BufferedObject(PyType type) : base(type) { }

    void IExitFlush.FlushAtExit()
    {
        if (_writes && !_detached && _raw != null && _writeLen > 0 && !RawClosed) FlushWrites();
    }

    ~BufferedObject()
    {
        OpenFiles.Unregister(this);
        if (WrappedByText) return;
        try { FinalizeChain(); } catch (Exception) { }
    }

    /// <summary>What CPython's dealloc does (close, so flush) for a buffer over an exact FileIO,
    /// without running Python code: the finalizer thread must not.</summary>
    internal void FinalizeChain()
    {
        if (_fastRaw == null || _fastRaw.IsClosed || _detached) return;
        try
        {
            int done = 0;
            while (_writes && done < _writeLen)
            {
                int n = _fastRaw.Write(_writeBuf.AsSpan(done, _writeLen - done));
                if (n == 0) break;
                done += n;
            }
            _writeLen = 0;
        }
        finally { _fastRaw.Close(); }
    }

    internal bool CanFinalizeWithoutPython => _fastRaw != null && !_detached;

    internal static BufferedObject Create(PyType type, PyObject raw, int bufferSize)
    {
        var b = new BufferedObject(type);
        b.Init(raw, bufferSize, type == ReaderType || type == RandomType, type == WriterType || type == RandomType);
        return b;
    }

    void Init(PyObject raw, int bufferSize, bool reads, bool writes)
    {
        if (reads && writes) IOBases.CheckSeekable(raw);
        if (reads) IOBases.CheckReadable(raw);
        if (writes) IOBases.CheckWritable(raw);
        if (bufferSize <= 0) throw Ops.ValueError("buffer size must be strictly positive");
        _raw = raw;
        _fastRaw = raw is FileIOObject f && ReferenceEquals(f.Type, FileIOObject.TypeObject) ? f : null;
        _reads = reads;
        _writes = writes;
        _bufferSize = bufferSize;
        _readBuf = reads ? new byte[bufferSize] : null;
        _writeBuf = writes ? new byte[bufferSize] : null;
        _readPos = _readLen = _writeLen = 0;
        _detached = false;
        if (_fastRaw != null) _fastRaw.Wrapped = true;
        if (writes) OpenFiles.Register(this);
    }

    PyObject Raw
    {
        get
        {
            if (_detached) throw Ops.ValueError("raw stream has been detached");
            if (_raw == null) throw Ops.ValueError("I/O operation on uninitialized object");
            return _raw;
        }
    }

    bool RawClosed => _fastRaw != null ? _fastRaw.IsClosed : Ops.IsTrue(Ops.GetAttr(Raw, IOBases.ClosedName));

    void CheckClosed(string what)
    {
        _ = Raw;
        if (RawClosed) throw Ops.ValueError(what);
    }

    // ---- raw calls -------------------------------------------------------------------------

    /// <summary>One raw read into the span: bytes read, 0 at end of file, -1 when the raw stream has none now.</summary>
    int RawRead(Span<byte> target)
    {
        if (_fastRaw != null) return _fastRaw.ReadInto(target);
        var ba = new PyByteArray(new byte[target.Length]);
        var r = Ops.CallMethod(Raw, IOBases.ReadIntoName, ba);
        if (r is PyNone) return -1;
        long n = Ops.IndexToLong(r);
        if (n < 0 || n > target.Length) throw Ops.IOError($"raw readinto() returned invalid length {n} (should have been between 0 and {target.Length})");
        CollectionsMarshal.AsSpan(ba.Data)[..(int)n].CopyTo(target);
        return (int)n;
    }

    int RawWrite(ReadOnlySpan<byte> data)
    {
        if (_fastRaw != null) return _fastRaw.Write(data);
        var r = Ops.CallMethod(Raw, IOBases.WriteName, PyStr.FromBytes(data));
        if (r is PyNone) return 0;
        long n = Ops.IndexToLong(r);
        if (n < 0 || n > data.Length) throw Ops.IOError($"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    long RawSeek(long pos, int whence)
    {
        if (_fastRaw != null) return _fastRaw.Seek(pos, whence);
        return Ops.IndexToLong(Ops.CallMethod(Raw, IOBases.SeekName, PyInt.From(pos), PyInt.From(whence)));
    }

    long RawTell()
    {
        if (_fastRaw != null) return _fastRaw.Tell();
        return Ops.IndexToLong(Ops.CallMethod(Raw, IOBases.TellName));
    }

    // ---- buffer management -------------------------------------------------------------------

    void FlushWrites()
    {
        int done = 0;
        while (done < _writeLen)
        {
            int n = RawWrite(_writeBuf.AsSpan(done, _writeLen - done));
            if (n == 0) break;
            done += n;
        }
        if (done < _writeLen)
        {
            _writeBuf.AsSpan(done, _writeLen - done).CopyTo(_writeBuf);
            _writeLen -= done;
            throw Ops.Error(io.BlockingIOErrorType, PyInt.From(11), PyStr.FromString("write could not complete without blocking"), PyInt.From(0));
        }
        _writeLen = 0;
    }

    /// <summary>Before writing (BufferedRandom): the raw position goes back to the logical one.</summary>
    void DropReadAhead()
    {
        int unread = _readLen - _readPos;
        _readPos = _readLen = 0;
        if (unread > 0) RawSeek(-unread, 1);
    }

    int Available => _readLen - _readPos;

    /// <summary>One raw read into the (empty) buffer; false at end of file or when nothing is available.</summary>
    bool FillOnce()
    {
        _readPos = 0;
        int n = RawRead(_readBuf);
        _readLen = Math.Max(n, 0);
        return n > 0;
    }

    internal PyObject Read(long n)
    {
        CheckClosed("read of closed file");
        if (n < -1) throw Ops.ValueError("read length must be positive or -1");
        if (_writes) FlushWrites();
        if (n < 0) return ReadAll();
        if (n <= Available)
        {
            var r = PyStr.FromBytes(_readBuf.AsSpan(_readPos, (int)n));
            _readPos += (int)n;
            return r;
        }
        var result = new byte[n];
        int have = Available;
        _readBuf.AsSpan(_readPos, have).CopyTo(result);
        _readPos = _readLen = 0;
        bool nothing = false;
        while (have < n)
        {
            int remaining = (int)n - have;
            if (remaining >= _bufferSize)
            {
                int got = RawRead(result.AsSpan(have, remaining - remaining % _bufferSize));
                if (got <= 0) { nothing = got < 0; break; }
                have += got;
            }
            else
            {
                if (!FillOnce()) break;
                int take = Math.Min(remaining, _readLen);
                _readBuf.AsSpan(0, take).CopyTo(result.AsSpan(have));
                _readPos = take;
                have += take;
            }
        }
        if (have == 0 && nothing) return PyNone.None;
        return PyStr.FromBytes(result.AsSpan(0, have));
    }

    PyObject ReadAll()
    {
        var sb = new ByteBuilder(Math.Max(Available, 64));
        sb.Append(_readBuf.AsSpan(_readPos, Available));
        _readPos = _readLen = 0;
        if (_fastRaw != null)
        {
            sb.Append(_fastRaw.ReadAll().Bytes);
            return sb.ToPyStr();
        }
        while (true)
        {
            var data = Ops.CallMethod(Raw, IOBases.ReadName);
            if (data is PyNone) { if (sb.Length == 0) return data; break; }
            if (data is not PyStr d) throw Ops.TypeError("read() should return bytes");
            if (d.Length == 0) break;
            sb.Append(d.Bytes);
        }
        return sb.ToPyStr();
    }

    internal PyStr Peek()
    {
        CheckClosed("peek of closed file");
        if (_writes) FlushWrites();
        if (Available == 0) FillOnce();
        return PyStr.FromBytes(_readBuf.AsSpan(_readPos, Available));
    }

    internal PyStr Read1(long n)
    {
        CheckClosed("read of closed file");
        if (n < 0) throw Ops.ValueError("read length must be positive");
        if (n == 0) return PyStr.Empty;
        if (_writes) FlushWrites();
        if (Available == 0) FillOnce();
        int take = (int)Math.Min(n, Available);
        var r = PyStr.FromBytes(_readBuf.AsSpan(_readPos, take));
        _readPos += take;
        return r;
    }

    internal PyStr ReadLine(long limit)
    {
        CheckClosed("readline of closed file");
        if (_writes) FlushWrites();
        var sb = new ByteBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            if (Available == 0 && !FillOnce()) break;
            var span = _readBuf.AsSpan(_readPos, Available);
            int max = limit < 0 ? span.Length : (int)Math.Min(span.Length, limit - sb.Length);
            int nl = span[..max].IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : max;
            sb.Append(span[..take]);
            _readPos += take;
            if (nl >= 0) break;
        }
        return sb.ToPyStr();
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        CheckClosed("write to closed file");
        if (_reads && Available > 0) DropReadAhead();
        else if (_reads) _readPos = _readLen = 0;
        if (_writeLen + data.Length <= _bufferSize)
        {
            data.CopyTo(_writeBuf.AsSpan(_writeLen));
            _writeLen += data.Length;
            return data.Length;
        }
        FlushWrites();
        if (data.Length > _bufferSize)
        {
            int done = 0;
            while (done < data.Length)
            {
                int n = RawWrite(data[done..]);
                if (n == 0) break;
                done += n;
            }
            return data.Length;
        }
        data.CopyTo(_writeBuf);
        _writeLen = data.Length;
        return data.Length;
    }

    internal void Flush()
    {
        CheckClosed("flush of closed file");
        if (_writes) FlushWrites();
    }

    internal long Seek(long pos, int whence)
    {
        if (whence < 0 || whence > 2) throw Ops.ValueError($"whence must be between 0 and 2, not {whence}");
        CheckClosed("seek of closed file");
        if (_writes) FlushWrites();
        if (whence == 1) pos -= Available;
        _readPos = _readLen = 0;
        return RawSeek(pos, whence);
    }

    internal long Tell()
    {
        long pos = RawTell() - Available + _writeLen;
        return pos < 0 ? 0 : pos;
    }

    internal PyObject Truncate(PyObject pos)
    {
        CheckClosed("truncate of closed file");
        if (_writes) FlushWrites();
        if (_reads) DropReadAhead();
        if (pos == null || pos is PyNone) pos = PyInt.From(RawTell());
        return Ops.CallMethod(Raw, IOBases.TruncateName, pos);
    }

    internal void Close()
    {
        if (RawClosed) return;
        try { Ops.CallMethod(this, IOBases.FlushName); }
        finally
        {
            OpenFiles.Unregister(this);
            Ops.CallMethod(Raw, IOBases.CloseName);
        }
    }

    public override PyStr Repr()
    {
        var name = Ops.GetAttrOrNull(this, PyStr.Intern("name"));
        return PyStr.FromString(name == null ? $"<_io.{Type.Name}>" : $"<_io.{Type.Name} name={Ops.Repr(name)}>");
    }

    public override PyObject Next()
    {
        if (!ReferenceEquals(Type, ReaderType) && !ReferenceEquals(Type, RandomType)) return base.Next();
        var line = ReadLine(-1);
        return line.Length == 0 ? null : line;
    }

    static BufferedObject B(PyObject o) => (BufferedObject)o;

    static void Populate(PyType t, bool reads, bool writes)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new BufferedObject(type);
        string[] initNames = reads ? new[] { "raw", "buffer_size" } : new[] { "raw", "buffer_size", "max_buffer_size" };
        t.DefMethod("__init__", 1, initNames, (s, a) =>
        {
            int size = a[1] == null ? IOBases.DefaultBufferSize : Ops.ToInt32(a[1]);
            B(s).Init(a[0], size, reads, writes);
            return PyNone.None;
        });
        if (reads)
        {
            t.DefMethod("read", 0, new[] { "n" }, (s, a) => B(s).Read(IOBases.SizeArg(a[0])));
            t.DefMethod("read1", (s, n) => B(s).Read1(Ops.IndexToLong(n)));
            t.DefMethod("peek", 0, new[] { "n" }, (s, a) => B(s).Peek());
            t.DefMethod("readline", 0, new[] { "limit" }, (s, a) => B(s).ReadLine(IOBases.SizeArg(a[0])));
        }
        if (writes)
        {
            t.DefMethod("write", (s, data) =>
            {
                if (data is PyUnicode) throw Ops.TypeError("'unicode' does not have the buffer interface");
                return PyInt.From(B(s).Write(IOBases.BufferBytes(data)));
            });
        }
        t.DefMethod("flush", s => { B(s).Flush(); return PyNone.None; });
        t.DefMethod("seek", 1, new[] { "target", "whence" }, (s, a) =>
            PyInt.From(B(s).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1]))));
        t.DefMethod("tell", s => PyInt.From(B(s).Tell()));
        t.DefMethod("truncate", 0, new[] { "pos" }, (s, a) => B(s).Truncate(a[0]));
        t.DefMethod("close", s => { B(s).Close(); return PyNone.None; });
        t.DefMethod("detach", s =>
        {
            var b = B(s);
            var raw = b.Raw;
            Ops.CallMethod(s, IOBases.FlushName);
            b._detached = true;
            if (b._fastRaw != null) b._fastRaw.Wrapped = false;
            OpenFiles.Unregister(b);
            return raw;
        });
        t.DefMethod("seekable", s => Ops.CallMethod(B(s).Raw, IOBases.SeekableName));
        t.DefMethod("readable", s => Ops.CallMethod(B(s).Raw, IOBases.ReadableName));
        t.DefMethod("writable", s => Ops.CallMethod(B(s).Raw, IOBases.WritableName));
        t.DefMethod("fileno", s => Ops.CallMethod(B(s).Raw, IOBases.FileNoName));
        t.DefMethod("isatty", s => Ops.CallMethod(B(s).Raw, IOBases.IsAttyName));
        t.DefProperty("raw", s => B(s).Raw);
        t.DefProperty("closed", s => Ops.GetAttr(B(s).Raw, IOBases.ClosedName));
        t.DefProperty("name", s => Ops.GetAttr(B(s).Raw, PyStr.Intern("name")));
        t.DefProperty("mode", s => Ops.GetAttr(B(s).Raw, PyStr.Intern("mode")));
    }
}

/// <summary>io.BufferedRWPair: a reader and a writer joined into one object (pipes, sockets).</summary>
public sealed class BufferedRWPairObject : IOObject
{
    public static readonly PyType TypeObject = PyType.Builtin("BufferedRWPair", () => IOBases.BufferedIOBase, Populate);

    BufferedObject _reader, _writer;

    BufferedRWPairObject(PyType type) : base(type) { }

    BufferedObject Reader => _reader ?? throw Ops.ValueError("I/O operation on uninitialized object");
    BufferedObject Writer => _writer ?? throw Ops.ValueError("I/O operation on uninitialized object");

    static BufferedRWPairObject P(PyObject o) => (BufferedRWPairObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new BufferedRWPairObject(type);
        t.DefMethod("__init__", 2, new[] { "reader", "writer", "buffer_size", "max_buffer_size" }, (s, a) =>
        {
            int size = a[2] == null ? IOBases.DefaultBufferSize : Ops.ToInt32(a[2]);
            IOBases.CheckReadable(a[0]);
            IOBases.CheckWritable(a[1]);
            P(s)._reader = BufferedObject.Create(BufferedObject.ReaderType, a[0], size);
            P(s)._writer = BufferedObject.Create(BufferedObject.WriterType, a[1], size);
            return PyNone.None;
        });
        t.DefMethod("read", 0, new[] { "n" }, (s, a) => P(s).Reader.Read(IOBases.SizeArg(a[0])));
        t.DefMethod("peek", 0, new[] { "n" }, (s, a) => P(s).Reader.Peek());
        t.DefMethod("read1", (s, n) => P(s).Reader.Read1(Ops.IndexToLong(n)));
        t.DefMethod("readline", 0, new[] { "limit" }, (s, a) => P(s).Reader.ReadLine(IOBases.SizeArg(a[0])));
        t.DefMethod("readinto", (s, b) => IOBases.ReadIntoViaRead(P(s).Reader, b));
        t.DefMethod("write", (s, data) => PyInt.From(P(s).Writer.Write(IOBases.BufferBytes(data))));
        t.DefMethod("flush", s => { P(s).Writer.Flush(); return PyNone.None; });
        t.DefMethod("readable", s => Ops.CallMethod(P(s).Reader, IOBases.ReadableName));
        t.DefMethod("writable", s => Ops.CallMethod(P(s).Writer, IOBases.WritableName));
        t.DefMethod("close", s =>
        {
            try { Ops.CallMethod(P(s).Writer, IOBases.CloseName); }
            finally { Ops.CallMethod(P(s).Reader, IOBases.CloseName); }
            return PyNone.None;
        });
        t.DefMethod("isatty", s => PyBool.From(Ops.IsTrue(Ops.CallMethod(P(s).Writer, IOBases.IsAttyName)) || Ops.IsTrue(Ops.CallMethod(P(s).Reader, IOBases.IsAttyName))));
        t.DefProperty("closed", s => Ops.GetAttr(P(s).Writer, IOBases.ClosedName));
    }
}
