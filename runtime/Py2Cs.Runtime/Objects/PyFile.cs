using System;
using System.IO;

namespace Py2Cs.Runtime;

/// <summary>
/// Python 2's built-in <c>file</c>: CPython's fileobject.c over C stdio, rebuilt on a stream (a
/// <see cref="DescriptorStream"/> for files opened by name) with stdio's buffering: writes collect in
/// a buffer of the file system's block size (or none with buffering 0, or flushed at each newline
/// with buffering 1) and reach the kernel when it fills, on flush/seek/close, at exit, or when the
/// object becomes unreachable (CPython closes at refcount zero; see <see cref="OpenFiles"/>). Reads
/// go through a byte buffer; iteration reads ahead as CPython's does, with its "Mixing iteration and
/// read methods" guard. Mode 'U' gives universal newlines and the <c>newlines</c> attribute.
/// </summary>
public partial class PyFile : PyObject, IExitFlush
{
    public static readonly PyType TypeObject = PyType.Builtin("file", () => PyType.ObjectType, FileType.Populate);

    const int ReadChunk = 8192;   // CPython's readahead and readlines chunk (SMALLCHUNK)

    Stream _stream;
    readonly bool _ownsStream;
    readonly bool _canRead, _canWrite;
    readonly PyType _type;
    readonly PyDict _dict;

    // write buffer (stdio's); _bufferSize 0 = every write goes straight to the stream
    byte[] _writeBuffer;
    int _writeLength;
    readonly int _bufferSize;
    readonly bool _lineBuffered;

    // read buffer; _readAhead marks data the iterator read ahead (read methods must not mix with it)
    byte[] _readBuffer;
    int _readPos, _readLen;
    bool _readAhead;

    // universal newlines: a '\r' ended the last chunk, so a leading '\n' of the next is dropped
    bool _skipNextLf;
    bool _lastFillShort, _crFromShortRead;
    int _newlineTypes;   // 1 = '\r', 2 = '\n', 4 = '\r\n' (fileobject.c's NEWLINE_CR/LF/CRLF)
    int IExitFlush.RegistrySlot { get; set; } = -1;

    void IExitFlush.FlushAtExit() => Flush();

    public string Name { get; }
    public PyObject NameObject { get; }
    public string Mode { get; }
    /// <summary>The encoding used for unicode output (None for files and pipes, as in CPython).</summary>
    public string Encoding { get; set; }
    public bool SoftSpace { get; set; }
    public bool IsClosed => _stream == null;
    public bool UniversalNewlines { get; }
    readonly int _fileno;

    /// <summary>A file over any stream (stdio, pipes, tests); writes pass straight through to it.</summary>
    public PyFile(Stream stream, string name, string mode, bool ownsStream = true, int fileno = -1)
        : this(stream, PyStr.FromString(name), mode, ownsStream, fileno, 0, null) { }

    PyFile(Stream stream, PyObject name, string mode, bool ownsStream, int fileno, int bufferSize, PyType type)
    {
        _stream = stream;
        NameObject = name;
        Name = name is PyStr s ? s.ToString() : Ops.Str(name).ToString();
        Mode = mode;
        _ownsStream = ownsStream;
        _fileno = fileno;
        _type = type ?? TypeObject;
        if (!ReferenceEquals(_type, TypeObject) && _type.HasInstanceDict) _dict = new PyDict();
        UniversalNewlines = mode.Contains('U');
        _canRead = stream.CanRead;
        _canWrite = stream.CanWrite;
        if (bufferSize == 1) { _lineBuffered = true; bufferSize = 8192; }
        _bufferSize = bufferSize;
        if (_canWrite && bufferSize > 0) OpenFiles.Register(this);
    }

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;

    Stream Stream => _stream ?? throw ClosedError();

    static PythonException ClosedError() => Ops.ValueError("I/O operation on closed file");

    ~PyFile()
    {
        // CPython closes a file when its last reference goes; the GC is the nearest equivalent.
        try { if (_stream != null && _ownsStream) Close(); }
        catch (Exception) { }
    }

    // ---- opening ---------------------------------------------------------------------------

    /// <summary>open(name[, mode[, buffering]]) as fileobject.c: mode checks, then open(2) with fopen's flags.</summary>
    public static PyFile Open(PyObject nameObj, string mode, int buffering, PyType type = null)
    {
        if (nameObj is PyUnicode u) nameObj = u.EncodeAscii();
        if (nameObj is not PyStr) throw Ops.TypeError($"coercing to Unicode: need string or buffer, {nameObj.TypeName} found");
        string name = nameObj.ToString();
        string fopenMode = SanitizeMode(mode);
        bool plus = fopenMode.IndexOf('+', 1) > 0;
        int flags;
        switch (fopenMode[0])
        {
            case 'r': flags = plus ? 2 : 0; break;                                   // O_RDWR / O_RDONLY
            case 'w': flags = (plus ? 2 : 1) | 0x40 | 0x200; break;                  // O_CREAT | O_TRUNC
            default: flags = (plus ? 2 : 1) | 0x40 | 0x400; break;                   // O_CREAT | O_APPEND
        }
        // Files another part of the program no longer references may still hold buffered data
        // (CPython would have closed them already): let the collector run their finalizers first.
        OpenFiles.SettleUnreferenced();
        if (name.IndexOf('\0') >= 0) throw Ops.TypeError("file() argument 1 must be encoded string without NULL bytes, not str");
        int fd = Libc.open(Libc.Path(name), flags, 0x1b6);   // 0666, less the umask, as fopen
        if (fd < 0)
        {
            int errno = Libc.Errno;
            throw Ops.EnvironmentError(PyExceptionTypes.IOError, errno, ErrnoTable.Message(errno), nameObj);
        }
        long blockSize = 4096;
        try
        {
            var st = PosixCalls.FStat(fd);
            if ((st.Mode & 0xF000) == 0x4000)   // S_ISDIR: fileobject.c's dircheck
            {
                Libc.close(fd);
                throw Ops.EnvironmentError(PyExceptionTypes.IOError, 21, ErrnoTable.Message(21), nameObj);
            }
            if (st.BlockSize > 1) blockSize = st.BlockSize;
        }
        catch (OsFailure) { }
        var stream = new DescriptorStream(fd, fopenMode[0] == 'r' || plus, fopenMode[0] != 'r' || plus);
        int size = buffering < 0 ? (int)Math.Min(blockSize, 1 << 20) : buffering;
        return new PyFile(stream, nameObj, mode, true, fd, size, type);
    }

    /// <summary>A file object over a descriptor someone else opened (os.fdopen, tempfile).</summary>
    public static PyFile FromDescriptor(int fd, PyObject name, string mode, int buffering = -1, double socketTimeout = -1)
    {
        string fopenMode = SanitizeMode(mode);
        bool plus = fopenMode.IndexOf('+', 1) > 0;
        var stream = new DescriptorStream(fd, fopenMode[0] == 'r' || plus, fopenMode[0] != 'r' || plus) { SocketTimeout = socketTimeout };
        return new PyFile(stream, name, mode, true, fd, buffering < 0 ? 4096 : buffering, null);
    }

    /// <summary>_PyFile_SanitizeMode: 'U' becomes 'rb', and the first letter must be r, w or a.</summary>
    internal static string SanitizeMode(string mode)
    {
        if (mode.Length == 0) throw Ops.ValueError("empty mode string");
        int upos = mode.IndexOf('U');
        if (upos >= 0)
        {
            mode = mode.Remove(upos, 1);
            if (mode.Length > 0 && (mode[0] == 'w' || mode[0] == 'a'))
                throw Ops.ValueError("universal newline mode can only be used with modes starting with 'r'");
            if (mode.Length == 0 || mode[0] != 'r') mode = "r" + mode;
            if (mode.IndexOf('b') < 0) mode = mode.Insert(1, "b");
        }
        else if (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a')
            throw Ops.ValueError($"mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'");
        return mode;
    }

    // ---- writing --------------------------------------------------------------------------

    public void Write(ReadOnlySpan<byte> bytes)
    {
        var s = Stream;
        if (!_canWrite) throw Ops.IOError("File not open for writing");
        if (_readLen > 0 || _readAhead) DiscardReadBuffer();
        if (_bufferSize == 0) { s.Write(bytes); return; }
        if (_lineBuffered)
        {
            // glibc: everything up to the last newline goes out now, the rest stays buffered
            int last = bytes.LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                FlushBuffer();
                s.Write(bytes[..(last + 1)]);
                bytes = bytes[(last + 1)..];
            }
        }
        var buf = _writeBuffer ??= new byte[_bufferSize];
        if (_writeLength + bytes.Length <= buf.Length)
        {
            if (_writeLength == 0 && bytes.Length > 0) OpenFiles.MarkDirty();
            bytes.CopyTo(buf.AsSpan(_writeLength));
            _writeLength += bytes.Length;
            return;
        }
        // stdio: fill the buffer, write it, then send whole blocks straight to the kernel
        int fill = buf.Length - _writeLength;
        if (_writeLength == 0) OpenFiles.MarkDirty();
        bytes[..fill].CopyTo(buf.AsSpan(_writeLength));
        _writeLength = buf.Length;
        bytes = bytes[fill..];
        FlushBuffer();
        int direct = bytes.Length - bytes.Length % buf.Length;
        if (direct > 0) { s.Write(bytes[..direct]); bytes = bytes[direct..]; }
        if (bytes.Length > 0)
        {
            OpenFiles.MarkDirty();
            bytes.CopyTo(buf);
            _writeLength = bytes.Length;
        }
    }

    /// <summary>Sends the write buffer to the stream; on failure the data is dropped (as glibc's
    /// stdio does) and the error raised.</summary>
    void FlushBuffer()
    {
        if (_writeLength == 0) return;
        int n = _writeLength;
        _writeLength = 0;
        OpenFiles.MarkClean();
        _stream.Write(_writeBuffer.AsSpan(0, n));
    }

    /// <summary><c>f.write(x)</c>: str as bytes; unicode encoded with the file encoding or ASCII.</summary>
    public void WriteObject(PyObject o)
    {
        // file.write resets softspace, so a following print item starts without a space (fileobject.c).
        SoftSpace = false;
        switch (o)
        {
            case PyStr s: Write(s.Bytes); break;
            case PyUnicode u:
                if (Encoding != null && Encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
                    Write(System.Text.Encoding.UTF8.GetBytes(u.Value));
                else Write(u.EncodeAscii().Bytes);
                break;
            case IByteSequence:
                Write(Ops.Str(o).Bytes);
                break;
            default:
                if (_stream == null) throw ClosedError();
                throw Ops.TypeError("expected a string or other character buffer object");
        }
    }

    public void WriteString(string latin1)
    {
        Span<byte> buf = latin1.Length <= 256 ? stackalloc byte[latin1.Length] : new byte[latin1.Length];
        for (int i = 0; i < latin1.Length; i++) buf[i] = (byte)latin1[i];
        Write(buf);
    }

    public void Flush()
    {
        if (_stream == null) return;
        if (_writeLength > 0) FlushBuffer();
        if (_stream.CanWrite) _stream.Flush();
    }

    /// <summary>f.flush() from Python: raises on a closed file.</summary>
    public void FlushChecked()
    {
        _ = Stream;
        Flush();
    }

    /// <summary>Flushes and closes; an error while flushing is raised after the descriptor is closed.</summary>
    public virtual void Close()
    {
        if (_stream == null) return;
        var s = _stream;
        try { Flush(); }
        finally
        {
            _stream = null;
            _readPos = _readLen = 0;
            if (_writeLength > 0) { _writeLength = 0; OpenFiles.MarkClean(); }
            OpenFiles.Unregister(this);
            if (_ownsStream) s.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    void DiscardReadBuffer()
    {
        int unread = _readLen - _readPos;
        _readPos = _readLen = 0;
        _readAhead = false;
        if (unread > 0 && _stream.CanSeek) _stream.Seek(-unread, SeekOrigin.Current);
    }

    void CheckReadable()
    {
        var s = Stream;
        if (!_canRead) throw Ops.IOError("File not open for reading");
        if (_writeLength > 0) FlushBuffer();
    }

    /// <summary>The guard CPython's read methods apply after iteration has read ahead.</summary>
    void CheckNoReadAhead()
    {
        if (_readAhead && _readPos < _readLen)
            throw Ops.ValueError("Mixing iteration and read methods would lose data");
        _readAhead = false;
    }

    /// <summary>Refills the read buffer when it is empty; false at end of file.</summary>
    bool Fill()
    {
        if (_readPos < _readLen) return true;
        _readBuffer ??= new byte[ReadChunk];
        _readPos = 0;
        _readLen = 0;
        _readLen = _stream.Read(_readBuffer, 0, _readBuffer.Length);
        _lastFillShort = _readLen < _readBuffer.Length;
        return _readLen > 0;
    }

    /// <summary><c>f.read(n)</c> (n &lt; 0: to the end).</summary>
    public PyStr Read(long n = -1)
    {
        CheckReadable();
        CheckNoReadAhead();
        var sb = new ByteBuilder(n >= 0 && n < ReadChunk ? (int)n + 1 : ReadChunk);
        while (n < 0 || sb.Length < n)
        {
            if (!Fill()) break;
            int take = (int)Math.Min(_readLen - _readPos, n < 0 ? int.MaxValue : n - sb.Length);
            if (UniversalNewlines) AppendTranslated(sb, _readBuffer.AsSpan(_readPos, take));
            else sb.Append(_readBuffer.AsSpan(_readPos, take));
            _readPos += take;
        }
        RecordCrAtShortRead();
        return sb.ToPyStr();
    }

    /// <summary>Py_UniversalNewlineFread: a final '\r' counts as a newline when the read that
    /// brought it already met the end of the file.</summary>
    void RecordCrAtShortRead()
    {
        if (UniversalNewlines && _skipNextLf && _readPos >= _readLen && _crFromShortRead) { _skipNextLf = false; _newlineTypes |= 1; }
    }

    /// <summary>Universal newlines: '\r' and '\r\n' become '\n', remembering which kinds were seen.</summary>
    void AppendTranslated(ByteBuilder sb, ReadOnlySpan<byte> src)
    {
        for (int i = 0; i < src.Length; i++)
        {
            byte c = src[i];
            if (_skipNextLf)
            {
                _skipNextLf = false;
                if (c == '\n') { _newlineTypes |= 4; continue; }
                _newlineTypes |= 1;
            }
            if (c == '\r') { _skipNextLf = true; _crFromShortRead = _lastFillShort; sb.Append((byte)'\n'); }
            else
            {
                if (c == '\n') _newlineTypes |= 2;
                sb.Append(c);
            }
        }
    }

    /// <summary><c>f.readline(limit)</c>: up to and including the next newline; "" at the end.</summary>
    public PyStr ReadLine(long limit = -1)
    {
        CheckReadable();
        CheckNoReadAhead();
        return GetLine(limit);
    }

    PyStr GetLine(long limit, bool freadStyle = false)
    {
        if (limit == 0) return PyStr.Empty;
        if (UniversalNewlines) return GetLineUniversal(limit, freadStyle);
        if (!Fill()) return PyStr.Empty;
        // fast path: the whole line is in the buffer
        var span = _readBuffer.AsSpan(_readPos, _readLen - _readPos);
        int nl = span.IndexOf((byte)'\n');
        if (nl >= 0 && (limit < 0 || nl < limit))
        {
            var line = PyStr.FromBytes(span[..(nl + 1)]);
            _readPos += nl + 1;
            return line;
        }
        var sb = new ByteBuilder(Math.Max(span.Length * 2, 64));
        while (limit < 0 || sb.Length < limit)
        {
            if (!Fill()) break;
            span = _readBuffer.AsSpan(_readPos, _readLen - _readPos);
            int max = limit < 0 ? span.Length : (int)Math.Min(span.Length, limit - sb.Length);
            nl = span[..max].IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : max;
            sb.Append(span[..take]);
            _readPos += take;
            if (nl >= 0) break;
        }
        return sb.ToPyStr();
    }

    /// <summary>A universal-newline line. At the end of the file a pending '\r' counts as a '\r'
    /// newline: always for readline and iteration (get_line), for readlines only when the read that
    /// brought it was short (Py_UniversalNewlineFread).</summary>
    PyStr GetLineUniversal(long limit, bool freadStyle)
    {
        var sb = new ByteBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            if (!Fill())
            {
                // getc() meeting the end of the file right after a '\r': a '\r' newline (get_line)
                if (_skipNextLf && (!freadStyle || _crFromShortRead)) { _skipNextLf = false; _newlineTypes |= 1; }
                break;
            }
            byte c = _readBuffer[_readPos++];
            if (_skipNextLf)
            {
                _skipNextLf = false;
                if (c == '\n') { _newlineTypes |= 4; continue; }
                _newlineTypes |= 1;
            }
            if (c == '\r') { _skipNextLf = true; _crFromShortRead = _lastFillShort; c = (byte)'\n'; }
            else if (c == '\n') _newlineTypes |= 2;
            sb.Append(c);
            if (c == '\n') break;
        }
        return sb.ToPyStr();
    }

    /// <summary><c>f.readlines(sizehint)</c>: with a hint, whole lines up to the 8 KiB chunk that reaches it.</summary>
    public PyList ReadLines(long sizehint)
    {
        CheckReadable();
        CheckNoReadAhead();
        var lines = new PyList();
        long target = sizehint > 0 ? (sizehint + ReadChunk - 1) / ReadChunk * ReadChunk : -1;
        long total = 0;
        while (true)
        {
            var line = GetLine(-1, freadStyle: true);
            if (line.Length == 0) break;
            lines.Append(line);
            total += line.Length;
            if (target > 0 && total >= target) break;
        }
        return lines;
    }

    /// <summary>f.readinto(buffer): bytes read into a bytearray.</summary>
    public int ReadInto(Span<byte> target)
    {
        CheckReadable();
        CheckNoReadAhead();
        int n = 0;
        while (n < target.Length && Fill())
        {
            int take = Math.Min(_readLen - _readPos, target.Length - n);
            _readBuffer.AsSpan(_readPos, take).CopyTo(target[n..]);
            _readPos += take;
            n += take;
        }
        return n;
    }

    public override PyObject Iter()
    {
        if (_stream == null) throw ClosedError();
        return this;
    }

    /// <summary>Iteration: the next line, reading ahead in 8 KiB chunks (null at the end).</summary>
    public override PyObject Next()
    {
        if (_stream == null) throw ClosedError();
        if (!_canRead) throw Ops.IOError("File not open for reading");
        if (_writeLength > 0) FlushBuffer();
        if (_readPos >= _readLen) _readAhead = true;
        var line = GetLine(-1);
        if (_readPos >= _readLen) _readAhead = false;
        return line.Length == 0 ? null : line;
    }

    /// <summary>The newlines seen in universal mode: None, one string, or a tuple in CR, LF, CRLF order.</summary>
    public PyObject Newlines
    {
        get
        {
            var kinds = new System.Collections.Generic.List<PyObject>();
            if ((_newlineTypes & 1) != 0) kinds.Add(PyStr.FromString("\r"));
            if ((_newlineTypes & 2) != 0) kinds.Add(PyStr.FromString("\n"));
            if ((_newlineTypes & 4) != 0) kinds.Add(PyStr.FromString("\r\n"));
            return kinds.Count == 0 ? PyNone.None : kinds.Count == 1 ? kinds[0] : PyTuple.Create(kinds.ToArray());
        }
    }

    static PythonException IllegalSeek() => Ops.EnvironmentError(PyExceptionTypes.IOError, 29, ErrnoTable.Message(29));

    public long Tell()
    {
        var s = Stream;
        if (!s.CanSeek) throw IllegalSeek();
        long pos = s.Position + _writeLength;
        // after iteration read ahead, CPython's ftell reports the end of the read-ahead chunk
        if (!_readAhead) pos -= _readLen - _readPos;
        if (_skipNextLf && _readPos < _readLen && _readBuffer[_readPos] == '\n') { pos++; _readPos++; _skipNextLf = false; _newlineTypes |= 4; }
        return pos;
    }

    public void Seek(long offset, int whence)
    {
        var s = Stream;
        if (whence < 0 || whence > 2) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 22, ErrnoTable.Message(22));
        if (_writeLength > 0) FlushBuffer();
        if (!s.CanSeek) throw IllegalSeek();
        if (whence == 1 && !_readAhead) offset -= _readLen - _readPos;
        _readPos = _readLen = 0;
        _readAhead = false;
        _skipNextLf = false;
        s.Seek(offset, (SeekOrigin)whence);
    }

    /// <summary><c>f.truncate([size])</c>: at the current position when no size is given.</summary>
    public void Truncate(long? size)
    {
        var s = Stream;
        if (!_canWrite) throw Ops.IOError("File not open for writing");
        Flush();
        long pos = Tell();
        DiscardReadBuffer();
        long newSize = size ?? pos;
        if (newSize < 0) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 22, ErrnoTable.Message(22));
        s.SetLength(newSize);
        s.Seek(pos, SeekOrigin.Begin);
    }

    public int FileNo => _fileno >= 0 ? _fileno : _stream is DescriptorStream d ? d.Descriptor : 3;

    public bool IsAtty => _fileno >= 0 && Libc.isatty(_fileno) == 1;

    public override PyStr Repr() =>
        PyStr.FromString($"<{(IsClosed ? "closed" : "open")} file {Ops.Repr(NameObject)}, mode '{Mode}' at 0x{Ops.Id(this):x}>");
}

/// <summary>The methods of <c>file</c>.</summary>
internal static partial class FileType
{
    static PyFile F(PyObject o) => (PyFile)o;

    /// <summary>Extension point for more file members, defined in another partial file.</summary>
    static partial void DefineMoreMembers(PyType t);

    public static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            if (args.Length == 0 && (kw == null || kw.Length == 0)) throw Ops.TypeError("Required argument 'name' (pos 1) not found");
            var a = ArgumentParser.Parse("file", args, kw, 1, 3, "name", "mode", "buffering");
            if (a[2] != null && a[2] is not (PyInt or PyLong)) throw Ops.TypeError("an integer is required");
            return PyFile.Open(a[0], a[1] == null ? "r" : Ops.StrValue(a[1]), a[2] == null ? -1 : Ops.ToInt32(a[2]), type);
        };
        t.DefMethod("write", (f, s) => { F(f).SoftSpace = false; F(f).WriteObject(s); return PyNone.None; });
        t.DefMethod("writelines", (f, seq) =>
        {
            var file = F(f);
            if (file.IsClosed) throw Ops.ValueError("I/O operation on closed file");
            file.SoftSpace = false;
            var it = Ops.Iter(seq);
            for (var x = it.Next(); x != null; x = it.Next())
            {
                if (x is not (PyStr or PyUnicode or IByteSequence)) throw Ops.TypeError("writelines() argument must be a sequence of strings");
                file.WriteObject(x);
            }
            return PyNone.None;
        });
        t.DefMethod("read", 0, new[] { "size" }, (f, a) => F(f).Read(a[0] == null ? -1 : Ops.IndexToLong(a[0])));
        t.DefMethod("readline", 0, new[] { "size" }, (f, a) => F(f).ReadLine(a[0] == null ? -1 : Ops.IndexToLong(a[0])));
        t.DefMethod("readlines", 0, new[] { "sizehint" }, (f, a) => F(f).ReadLines(a[0] == null ? 0 : Ops.IndexToLong(a[0])));
        t.DefMethod("readinto", (f, b) =>
        {
            if (b is not PyByteArray ba) throw Ops.TypeError("argument 1 must be read-write buffer, not " + b.TypeName);
            return PyInt.From(F(f).ReadInto(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Data)));
        });
        t.DefMethod("xreadlines", f => f.Iter());
        t.DefMethod("close", f => { F(f).Close(); return PyNone.None; });
        t.DefMethod("flush", f => { F(f).FlushChecked(); return PyNone.None; });
        t.DefMethod("fileno", f => { if (F(f).IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyInt.From(F(f).FileNo); });
        t.DefMethod("isatty", f => { if (F(f).IsClosed) throw Ops.ValueError("I/O operation on closed file"); return PyBool.From(F(f).IsAtty); });
        t.DefMethod("tell", f => PyInt.From(F(f).Tell()));
        t.DefMethod("seek", 1, new[] { "offset", "whence" }, (f, a) =>
        {
            long offset = a[0] is PyFloat fl ? (long)fl.Value : Ops.IndexToLong(a[0]);   // 2.7 accepts a float (with a DeprecationWarning)
            F(f).Seek(offset, a[1] == null ? 0 : Ops.ToInt32(a[1]));
            return PyNone.None;
        });
        t.DefMethod("next", f => Ops.NextOrRaise(f));
        t.DefMethod("__iter__", f => f.Iter());
        t.DefMethod("__enter__", f => { if (F(f).IsClosed) throw Ops.ValueError("I/O operation on closed file"); return f; });
        t.DefVarMethod("__exit__", (f, a) => Ops.CallMethod(f, PyStr.Intern("close")));
        t.DefProperty("softspace", f => PyInt.From(F(f).SoftSpace ? 1 : 0), (f, v) => F(f).SoftSpace = Ops.IsTrue(v));
        t.DefProperty("name", f => F(f).NameObject);
        t.DefProperty("mode", f => PyStr.FromString(F(f).Mode));
        t.DefProperty("closed", f => PyBool.From(F(f).IsClosed));
        t.DefProperty("encoding", f => F(f).Encoding == null ? PyNone.None : PyStr.FromString(F(f).Encoding));
        t.DefProperty("newlines", f => F(f).Newlines);
        t.DefProperty("errors", f => PyNone.None);
        t.DefMethod("truncate", 0, new[] { "size" }, (f, a) =>
        {
            F(f).Truncate(a[0] == null || a[0] is PyNone ? null : Ops.IndexToLong(a[0]));
            return PyNone.None;
        });
        DefineMoreMembers(t);
    }
}
