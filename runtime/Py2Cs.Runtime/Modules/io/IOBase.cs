using System;

namespace Py2Cs.Runtime;

/// <summary>
/// Common base of the io module's objects: the Python type (a Python subclass when one was
/// instantiated, e.g. <c>class MyRaw(io.RawIOBase)</c>), the instance dict (CPython's _io objects
/// have one), and IOBase's closed flag.
/// </summary>
public abstract class IOObject : PyObject
{
    readonly PyType _type;
    readonly PyDict _dict = new();

    /// <summary>IOBase's <c>__IOBase_closed</c>: set by IOBase.close.</summary>
    internal bool BaseClosed;

    protected IOObject(PyType type) { _type = type; }

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;

    /// <summary>A Python subclass's __repr__ (e.g. gzip.GzipFile's) is honoured by repr().</summary>
    public override PyStr Repr() => PythonOverride.Find(_type, "__repr__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__repr__") : base.Repr();

    static readonly PyStr IterName = PyStr.Intern("__iter__"), NextName = PyStr.Intern("next");

    /// <summary>iter(f) and the for loop go through the type's __iter__ and next, which Python
    /// subclasses may override.</summary>
    public override PyObject Iter() => Ops.CallMethod(this, IterName);

    public override PyObject Next()
    {
        try { return Ops.CallMethod(this, NextName); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.StopIteration)) { return null; }
    }
}

/// <summary>An instance of one of the abstract bases (or a Python class deriving only from them).</summary>
public sealed class IOBaseInstance : IOObject
{
    public IOBaseInstance(PyType type) : base(type) { }
}

/// <summary>
/// io.IOBase, RawIOBase, BufferedIOBase and TextIOBase: the default methods of _iobase.c,
/// _bufferedio.c and textio.c. They reach the object's other methods through Python attribute
/// look-up, so a Python subclass that defines only readinto (or read, or write) gets the rest.
/// </summary>
internal static class IOBases
{
    public static readonly PyType IOBase = PyType.Builtin("IOBase", () => PyType.ObjectType, PopulateIOBase);
    public static readonly PyType RawIOBase = PyType.Builtin("RawIOBase", () => IOBase, PopulateRaw);
    public static readonly PyType BufferedIOBase = PyType.Builtin("BufferedIOBase", () => IOBase, PopulateBuffered);
    public static readonly PyType TextIOBase = PyType.Builtin("TextIOBase", () => IOBase, PopulateText);

    internal static readonly PyStr ReadName = PyStr.Intern("read"), ReadIntoName = PyStr.Intern("readinto"),
        WriteName = PyStr.Intern("write"), FlushName = PyStr.Intern("flush"), CloseName = PyStr.Intern("close"),
        ClosedName = PyStr.Intern("closed"), PeekName = PyStr.Intern("peek"), ReadLineName = PyStr.Intern("readline"),
        SeekName = PyStr.Intern("seek"), ReadableName = PyStr.Intern("readable"), WritableName = PyStr.Intern("writable"),
        SeekableName = PyStr.Intern("seekable"), ReadAllName = PyStr.Intern("readall"), TellName = PyStr.Intern("tell"),
        TruncateName = PyStr.Intern("truncate"), FileNoName = PyStr.Intern("fileno"), IsAttyName = PyStr.Intern("isatty");

    public const int DefaultBufferSize = 8192;

    // ---- errors --------------------------------------------------------------------------

    public static PythonException Unsupported(string message) => Ops.Error(io.UnsupportedOperationType, message);

    /// <summary>The closed-file error of _iobase.c and the buffered/text objects (with the full stop).</summary>
    public static PythonException ClosedFile() => Ops.ValueError("I/O operation on closed file.");

    public static void CheckClosed(PyObject self)
    {
        if (Ops.IsTrue(Ops.GetAttr(self, ClosedName))) throw ClosedFile();
    }

    public static void CheckReadable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, ReadableName))) throw Ops.IOError("File or stream is not readable.");
    }

    public static void CheckWritable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, WritableName))) throw Ops.IOError("File or stream is not writable.");
    }

    public static void CheckSeekable(PyObject self)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, SeekableName))) throw Ops.IOError("File or stream is not seekable.");
    }

    /// <summary>Bytes-like arguments (str, bytearray, buffer objects) as a byte span.</summary>
    public static byte[] BufferBytes(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.RawBytes;
            case PyByteArray b: return b.Data.ToArray();
            case PyUnicode: throw Ops.TypeError("'unicode' does not have the buffer interface");
            default:
                if (o is IByteSequence) return Ops.Str(o).RawBytes;
                throw Ops.TypeError($"'{o.TypeName}' does not have the buffer interface");
        }
    }

    /// <summary>Size arguments: None or missing means -1; otherwise an integer.</summary>
    public static long SizeArg(PyObject o)
    {
        if (o == null || o is PyNone) return -1;
        if (o is PyInt or PyLong) return Ops.IndexToLong(o);
        var idx = o.Index() ?? throw Ops.TypeError($"integer argument expected, got '{o.TypeName}'");
        return Ops.IndexToLong(idx);
    }

    static IOObject IO(PyObject o) => o as IOObject;

    static bool IsClosed(PyObject self) => Ops.IsTrue(Ops.GetAttr(self, ClosedName));

    // ---- IOBase ----------------------------------------------------------------------------

    static void PopulateIOBase(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("io"));
        t.Constructor = (type, args, kw) => new IOBaseInstance(type);
        t.DefVarMethod("seek", (s, a) => throw Unsupported("seek"));
        t.DefMethod("tell", s => Ops.CallMethod(s, SeekName, PyInt.From(0), PyInt.From(1)));
        t.DefVarMethod("truncate", (s, a) => throw Unsupported("truncate"));
        t.DefMethod("flush", s =>
        {
            if (IsClosed(s)) throw ClosedFile();
            return PyNone.None;
        });
        t.DefMethod("close", s =>
        {
            var io = IO(s);
            if (io != null && io.BaseClosed) return PyNone.None;
            try { Ops.CallMethod(s, FlushName); }
            finally { if (io != null) io.BaseClosed = true; }
            return PyNone.None;
        });
        t.DefProperty("closed", s => PyBool.From(IO(s)?.BaseClosed ?? false));
        t.DefMethod("seekable", s => PyBool.False);
        t.DefMethod("readable", s => PyBool.False);
        t.DefMethod("writable", s => PyBool.False);
        t.DefMethod("_checkClosed", 0, new[] { "msg" }, (s, a) => { CheckClosed(s); return PyNone.None; });
        t.DefMethod("_checkReadable", 0, new[] { "msg" }, (s, a) => { CheckReadable(s); return PyNone.None; });
        t.DefMethod("_checkWritable", 0, new[] { "msg" }, (s, a) => { CheckWritable(s); return PyNone.None; });
        t.DefMethod("_checkSeekable", 0, new[] { "msg" }, (s, a) => { CheckSeekable(s); return PyNone.None; });
        t.DefMethod("fileno", s => throw Unsupported("fileno"));
        t.DefMethod("isatty", s =>
        {
            CheckClosed(s);
            return PyBool.False;
        });
        t.DefMethod("__enter__", s =>
        {
            CheckClosed(s);
            return s;
        });
        t.DefVarMethod("__exit__", (s, a) => Ops.CallMethod(s, CloseName));
        t.DefMethod("__iter__", s =>
        {
            CheckClosed(s);
            return s;
        });
        t.DefMethod("next", s =>
        {
            var line = Ops.CallMethod(s, ReadLineName);
            if (line.Len() == 0) throw Ops.StopIteration();
            return line;
        });
        t.DefMethod("readline", 0, new[] { "limit" }, (s, a) => ReadLineGeneric(s, SizeArg(a[0])));
        t.DefMethod("readlines", 0, new[] { "hint" }, (s, a) => ReadLinesGeneric(s, SizeArg(a[0])));
        t.DefMethod("writelines", (s, lines) =>
        {
            CheckClosed(s);
            var it = Ops.Iter(lines);
            for (var x = it.Next(); x != null; x = it.Next()) Ops.CallMethod(s, WriteName, x);
            return PyNone.None;
        });
    }

    /// <summary>IOBase.readline: peek/read(1) until a newline or the limit (bytes objects).</summary>
    static PyObject ReadLineGeneric(PyObject self, long limit)
    {
        var peek = Ops.GetAttrOrNull(self, PeekName);
        var sb = new ByteBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int nreadahead = 1;
            if (peek != null)
            {
                var ahead = Ops.Call(peek, PyInt.From(1));
                if (ahead is not PyStr pa) throw Ops.IOError($"peek() should have returned a bytes object, not '{ahead.TypeName}'");
                if (pa.Length > 0)
                {
                    int n = 0;
                    var span = pa.Bytes;
                    long max = limit < 0 ? span.Length : Math.Min(span.Length, limit - sb.Length);
                    while (n < max) { if (span[n++] == '\n') break; }
                    nreadahead = n;
                }
            }
            var b = Ops.CallMethod(self, ReadName, PyInt.From(nreadahead));
            if (b is not PyStr bs) throw Ops.IOError($"read() should have returned a bytes object, not '{b.TypeName}'");
            if (bs.Length == 0) break;
            sb.Append(bs.Bytes);
            if (sb.Length > 0 && bs.Bytes[^1] == '\n') break;
        }
        return sb.ToPyStr();
    }

    static PyObject ReadLinesGeneric(PyObject self, long hint)
    {
        var result = new PyList();
        var it = Ops.Iter(self);
        long total = 0;
        for (var line = it.Next(); line != null; line = it.Next())
        {
            result.Append(line);
            total += line.Len();
            if (hint > 0 && total >= hint) break;
        }
        return result;
    }

    // ---- RawIOBase -------------------------------------------------------------------------

    static void PopulateRaw(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("io"));
        t.Constructor = (type, args, kw) => new IOBaseInstance(type);
        t.DefMethod("read", 0, new[] { "n" }, (s, a) =>
        {
            long n = SizeArg(a[0]);
            if (n < 0) return Ops.CallMethod(s, ReadAllName);
            var b = new PyByteArray(new byte[n]);
            var got = Ops.CallMethod(s, ReadIntoName, b);
            if (got is PyNone) return got;
            long k = Ops.IndexToLong(got);
            return PyStr.FromBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(b.Data)[..(int)Math.Min(k, n)]);
        });
        t.DefMethod("readall", s =>
        {
            var sb = new ByteBuilder();
            while (true)
            {
                var data = Ops.CallMethod(s, ReadName, PyInt.From(DefaultBufferSize));
                if (data is PyNone) { if (sb.Length == 0) return data; break; }
                if (data is not PyStr d) throw Ops.TypeError("read() should return bytes");
                if (d.Length == 0) break;
                sb.Append(d.Bytes);
            }
            return sb.ToPyStr();
        });
    }

    // ---- BufferedIOBase --------------------------------------------------------------------

    static void PopulateBuffered(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("io"));
        t.Constructor = (type, args, kw) => new IOBaseInstance(type);
        t.DefVarMethod("read", (s, a) => throw Unsupported("read"));
        t.DefVarMethod("read1", (s, a) => throw Unsupported("read1"));
        t.DefVarMethod("write", (s, a) => throw Unsupported("write"));
        t.DefMethod("detach", s => throw Unsupported("detach"));
        t.DefMethod("readinto", (s, b) => ReadIntoViaRead(s, b));
    }

    /// <summary>BufferedIOBase.readinto: read(len(b)) copied into the buffer.</summary>
    internal static PyObject ReadIntoViaRead(PyObject self, PyObject target)
    {
        if (target is not PyByteArray ba) throw Ops.TypeError("must be read-write buffer, not " + target.TypeName);
        var data = Ops.CallMethod(self, ReadName, PyInt.From(ba.Data.Count));
        if (data is not PyStr d) throw Ops.TypeError("read() should return bytes");
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Data);
        d.Bytes.CopyTo(span);
        return PyInt.From(d.Length);
    }

    // ---- TextIOBase ------------------------------------------------------------------------

    static void PopulateText(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("io"));
        t.Constructor = (type, args, kw) => new IOBaseInstance(type);
        t.DefVarMethod("read", (s, a) => throw Unsupported("read"));
        t.DefVarMethod("readline", (s, a) => throw Unsupported("readline"));
        t.DefVarMethod("write", (s, a) => throw Unsupported("write"));
        t.DefMethod("detach", s => throw Unsupported("detach"));
        t.DefProperty("encoding", s => PyNone.None);
        t.DefProperty("newlines", s => PyNone.None);
        t.DefProperty("errors", s => PyNone.None);
    }
}
