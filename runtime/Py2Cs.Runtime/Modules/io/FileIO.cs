using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// io.FileIO: raw, unbuffered I/O on a file descriptor (_io/fileio.c). Every method is one system
/// call; errors are CPython's (ValueError for the mode and closed checks, IOError with errno from
/// the kernel).
/// </summary>
public sealed class FileIOObject : IOObject
{
    public static readonly PyType TypeObject = PyType.Builtin("FileIO", () => IOBases.RawIOBase, Populate);

    DescriptorStream _stream;
    int _fd = -1;
    bool _readable, _writable, _appending, _closefd = true;
    bool? _seekable;

    /// <summary>Set when a buffered object drives this FileIO: its finalizer flushes and then closes this one.</summary>
    internal bool Wrapped;

    FileIOObject(PyType type) : base(type) { }

    internal bool IsClosed => _fd < 0;
    internal bool Readable => _readable;
    internal bool Writable => _writable;

    static PythonException Closed() => Ops.ValueError("I/O operation on closed file");

    DescriptorStream Stream => _fd >= 0 ? _stream : throw Closed();

    internal string ModeString => _appending ? (_readable ? "ab+" : "ab") : _readable ? (_writable ? "rb+" : "rb") : "wb";

    /// <summary>FileIO(name, mode='r', closefd=True).</summary>
    void Init(PyObject nameObj, string mode, bool closefd)
    {
        if (_fd >= 0)
        {
            if (_closefd) Close();
            else _fd = -1;
        }
        int fd = -1;
        if (nameObj is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        if (nameObj is PyInt or PyLong)
        {
            fd = Ops.ToInt32(nameObj);
            if (fd < 0) throw Ops.ValueError("Negative filedescriptor");
        }
        bool rwa = false, plus = false;
        _readable = _writable = _appending = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r': if (rwa) goto bad_mode; rwa = true; _readable = true; break;
                case 'w': if (rwa) goto bad_mode; rwa = true; _writable = true; break;
                case 'a': if (rwa) goto bad_mode; rwa = true; _writable = true; _appending = true; break;
                case 'b': break;
                case '+': if (plus) goto bad_mode; _readable = _writable = true; plus = true; break;
                default: throw Ops.ValueError("invalid mode: " + mode);
            }
        }
        if (!rwa) goto bad_mode;
        int flags = _readable && _writable ? 2 : _readable ? 0 : 1;
        if (mode.Contains('w')) flags |= 0x40 | 0x200;   // O_CREAT | O_TRUNC
        if (_appending) flags |= 0x40 | 0x400;           // O_CREAT | O_APPEND
        if (fd >= 0)
        {
            _closefd = closefd;
        }
        else
        {
            _closefd = true;
            if (!closefd) throw Ops.ValueError("Cannot use closefd=False with file name");
            if (nameObj is PyUnicode u) nameObj = u.EncodeAscii();
            if (nameObj is not PyStr) throw Ops.TypeError($"coercing to Unicode: need string or buffer, {nameObj.TypeName} found");
            string name = nameObj.ToString();
            OpenFiles.SettleUnreferenced();
            fd = Libc.open(Libc.Path(name), flags, 0x1b6);
            if (fd < 0)
            {
                int errno = Libc.Errno;
                throw Ops.EnvironmentError(PyExceptionTypes.IOError, errno, ErrnoTable.Message(errno), nameObj);
            }
            try
            {
                if ((PosixCalls.FStat(fd).Mode & 0xF000) == 0x4000)
                {
                    Libc.close(fd);
                    throw Ops.EnvironmentError(PyExceptionTypes.IOError, 21, ErrnoTable.Message(21), nameObj);
                }
            }
            catch (OsFailure) { }
        }
        _fd = fd;
        _seekable = null;
        _stream = new DescriptorStream(fd, _readable, _writable, closeFd: false);
        InstanceDict.SetStr("name", nameObj);
        if (_appending) Libc.lseek(fd, 0, 2);   // 2.7.18 seeks to the end at once
        return;
    bad_mode:
        throw Ops.ValueError("Must have exactly one of read/write/append mode and at most one plus");
    }

    internal static FileIOObject Create(PyObject name, string mode, bool closefd)
    {
        var f = new FileIOObject(TypeObject);
        f.Init(name, mode, closefd);
        return f;
    }

    // ---- operations used by the buffered layer (no Python dispatch) ----------------------------

    internal int ReadInto(Span<byte> target)
    {
        var s = Stream;
        if (!_readable) throw Ops.ValueError("File not open for reading");
        return s.Read(target);
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        var s = Stream;
        if (!_writable) throw Ops.ValueError("File not open for writing");
        return s.WriteSome(data);
    }

    internal long Seek(long pos, int whence)
    {
        var s = Stream;
        if (whence < 0 || whence > 2) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 22, ErrnoTable.Message(22));
        return s.Seek(pos, (System.IO.SeekOrigin)whence);
    }

    internal long Tell() => Stream.Seek(0, System.IO.SeekOrigin.Current);

    internal bool Seekable
    {
        get
        {
            _ = Stream;
            return _seekable ??= Libc.lseek(_fd, 0, 1) >= 0;
        }
    }

    internal PyStr ReadAll()
    {
        var s = Stream;
        if (!_readable) throw Ops.ValueError("File not open for reading");
        var sb = new ByteBuilder(8192);
        var chunk = new byte[65536];
        while (true)
        {
            int n = s.Read(chunk);
            if (n == 0) break;
            sb.Append(chunk.AsSpan(0, n));
        }
        return sb.ToPyStr();
    }

    internal void Close()
    {
        if (_fd < 0) return;
        int fd = _fd;
        _fd = -1;
        if (_closefd && Libc.close(fd) < 0) throw DescriptorStream.Fail();
    }

    ~FileIOObject()
    {
        if (_fd >= 0 && _closefd && !Wrapped) Libc.close(_fd);
    }

    public override PyStr Repr()
    {
        if (_fd < 0) return PyStr.FromString("<_io.FileIO [closed]>");
        var name = InstanceDict.GetStr("name");
        if (name == null) return PyStr.FromString($"<_io.FileIO fd={_fd} mode='{ModeString}'>");
        return PyStr.FromString($"<_io.FileIO name={Ops.Repr(name)} mode='{ModeString}'>");
    }

    static FileIOObject F(PyObject o) => (FileIOObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new FileIOObject(type);
        t.DefMethod("__init__", 1, new[] { "file", "mode", "closefd" }, (s, a) =>
        {
            F(s).Init(a[0], a[1] == null ? "r" : Ops.StrValue(a[1]), a[2] == null || Ops.IsTrue(a[2]));
            return PyNone.None;
        });
        t.DefMethod("read", 0, new[] { "size" }, (s, a) =>
        {
            var f = F(s);
            long n = IOBases.SizeArg(a[0]);
            if (n < 0) return f.ReadAll();
            var buf = new byte[n];
            int got = f.ReadInto(buf);
            return PyStr.FromBytes(buf.AsSpan(0, got));
        });
        t.DefMethod("readall", s => F(s).ReadAll());
        t.DefMethod("readinto", (s, b) =>
        {
            if (b is not PyByteArray ba) throw Ops.TypeError("argument 1 must be read-write buffer, not " + b.TypeName);
            return PyInt.From(F(s).ReadInto(CollectionsMarshal.AsSpan(ba.Data)));
        });
        t.DefMethod("write", (s, b) =>
        {
            var f = F(s);
            _ = f.Stream;
            if (!f._writable) throw Ops.ValueError("File not open for writing");
            return PyInt.From(f.Write(IOBases.BufferBytes(b)));
        });
        t.DefMethod("seek", 1, new[] { "pos", "whence" }, (s, a) =>
        {
            if (a[0] is PyFloat) throw Ops.TypeError("an integer is required");
            return PyInt.From(F(s).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1])));
        });
        t.DefMethod("tell", s => PyInt.From(F(s).Tell()));
        t.DefMethod("truncate", 0, new[] { "size" }, (s, a) =>
        {
            var f = F(s);
            var st = f.Stream;
            if (!f._writable) throw Ops.ValueError("File not open for writing");
            long size = a[0] == null || a[0] is PyNone ? f.Tell() : Ops.IndexToLong(a[0]);
            st.SetLength(size);
            return PyInt.From(size);
        });
        t.DefMethod("close", s =>
        {
            var f = F(s);
            if (!f.BaseClosed)
            {
                try { Ops.CallMethod(s, IOBases.FlushName); }
                finally { f.BaseClosed = true; }
            }
            f.Close();
            return PyNone.None;
        });
        t.DefMethod("seekable", s => PyBool.From(F(s).Seekable));
        t.DefMethod("readable", s => { _ = F(s).Stream; return PyBool.From(F(s)._readable); });
        t.DefMethod("writable", s => { _ = F(s).Stream; return PyBool.From(F(s)._writable); });
        t.DefMethod("fileno", s => { _ = F(s).Stream; return PyInt.From(F(s)._fd); });
        t.DefMethod("isatty", s => { _ = F(s).Stream; return PyBool.From(Libc.isatty(F(s)._fd) == 1); });
        t.DefProperty("closed", s => PyBool.From(F(s)._fd < 0));
        t.DefProperty("closefd", s => PyBool.From(F(s)._closefd));
        t.DefProperty("mode", s => PyStr.FromString(F(s).ModeString));
    }
}
