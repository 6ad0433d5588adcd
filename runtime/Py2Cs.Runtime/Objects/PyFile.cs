using System;
using System.IO;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python 2's built-in <c>file</c> over a .NET stream: byte-oriented (str in, str out), with
/// <c>softspace</c> for the print statement. Unicode written to a file is encoded with the file's
/// encoding when it has one (a terminal), else ASCII, as CPython does. Designed to grow: the io
/// module work extends it (modes, newline handling, seek/truncate details) in Modules/io.
/// </summary>
public partial class PyFile : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("file", () => PyType.ObjectType, FileType.Populate);

    Stream _stream;
    readonly bool _ownsStream;
    readonly byte[] _readBuffer = new byte[8192];
    int _readPos, _readLen;
    bool _eof;

    public string Name { get; }
    public string Mode { get; }
    /// <summary>The encoding used for unicode output (None for files and pipes, as in CPython).</summary>
    public string Encoding { get; set; }
    public bool SoftSpace { get; set; }
    public bool IsClosed => _stream == null;
    public bool UniversalNewlines { get; }
    readonly int _fileno;

    public PyFile(Stream stream, string name, string mode, bool ownsStream = true, int fileno = -1)
    {
        _stream = stream;
        Name = name;
        Mode = mode;
        _ownsStream = ownsStream;
        _fileno = fileno;
        UniversalNewlines = mode.Contains('U');
    }

    public override PyType Type => TypeObject;

    Stream Stream => _stream ?? throw Ops.ValueError("I/O operation on closed file");

    public static PyFile Open(PyObject nameObj, string mode, int buffering)
    {
        string name = Ops.StrValue(nameObj);
        if (mode.Length == 0 || "rwa".IndexOf(mode[0]) < 0 && mode[0] != 'U')
            throw Ops.ValueError($"mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'");
        bool plus = mode.Contains('+');
        FileMode fm; FileAccess fa;
        switch (mode[0])
        {
            case 'w': fm = FileMode.Create; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; break;
            case 'a': fm = FileMode.Append; fa = FileAccess.Write; if (plus) { fm = FileMode.OpenOrCreate; fa = FileAccess.ReadWrite; } break;
            default: fm = FileMode.Open; fa = plus ? FileAccess.ReadWrite : FileAccess.Read; break;
        }
        try
        {
            if (Directory.Exists(name)) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 21, "Is a directory", nameObj);
            var fs = new FileStream(name, fm, fa, FileShare.ReadWrite | FileShare.Delete, 4096);
            if (mode[0] == 'a' && plus) fs.Seek(0, SeekOrigin.End);
            return new PyFile(fs, name, mode);
        }
        catch (FileNotFoundException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory", nameObj); }
        catch (DirectoryNotFoundException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory", nameObj); }
        catch (UnauthorizedAccessException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, 13, "Permission denied", nameObj); }
    }

    // ---- writing --------------------------------------------------------------------------

    public void Write(ReadOnlySpan<byte> bytes)
    {
        var s = Stream;
        if (!s.CanWrite) throw Ops.IOError("File not open for writing");
        DiscardReadBuffer();
        s.Write(bytes);
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
                throw Ops.TypeError($"expected a string or other character buffer object");
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
        if (_stream != null && _stream.CanWrite) _stream.Flush();
    }

    public void Close()
    {
        if (_stream == null) return;
        try { Flush(); }
        finally
        {
            if (_ownsStream) _stream.Dispose();
            _stream = null;
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    void DiscardReadBuffer()
    {
        if (_readLen - _readPos > 0 && _stream.CanSeek) _stream.Seek(_readPos - _readLen, SeekOrigin.Current);
        _readPos = _readLen = 0;
    }

    bool Fill()
    {
        if (_readPos < _readLen) return true;
        if (_eof) { _eof = false; }
        var s = Stream;
        if (!s.CanRead) throw Ops.IOError("File not open for reading");
        _readPos = 0;
        _readLen = s.Read(_readBuffer, 0, _readBuffer.Length);
        return _readLen > 0;
    }

    int ReadByte()
    {
        if (!Fill()) return -1;
        return _readBuffer[_readPos++];
    }

    /// <summary><c>f.read(n)</c> (n &lt; 0: to the end).</summary>
    public PyStr Read(long n = -1)
    {
        var sb = new ByteBuilder();
        while (n < 0 || sb.Length < n)
        {
            if (!Fill()) break;
            int take = (int)Math.Min(_readLen - _readPos, n < 0 ? int.MaxValue : n - sb.Length);
            sb.Append(_readBuffer.AsSpan(_readPos, take));
            _readPos += take;
        }
        var r = sb.ToPyStr();
        return UniversalNewlines ? TranslateNewlines(r) : r;
    }

    static PyStr TranslateNewlines(PyStr s)
    {
        if (s.Bytes.IndexOf((byte)'\r') < 0) return s;
        var b = new ByteBuilder(s.Length);
        var src = s.Bytes;
        for (int i = 0; i < src.Length; i++)
        {
            if (src[i] == '\r') { b.Append('\n'); if (i + 1 < src.Length && src[i + 1] == '\n') i++; }
            else b.Append(src[i]);
        }
        return b.ToPyStr();
    }

    /// <summary><c>f.readline(limit)</c>: up to and including the next newline; "" at the end.</summary>
    public PyStr ReadLine(long limit = -1)
    {
        var sb = new ByteBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c = ReadByte();
            if (c < 0) break;
            if (UniversalNewlines && c == '\r')
            {
                sb.Append('\n');
                if (Fill() && _readBuffer[_readPos] == '\n') _readPos++;
                break;
            }
            sb.Append((byte)c);
            if (c == '\n') break;
        }
        return sb.ToPyStr();
    }

    public override PyObject Iter()
    {
        if (_stream == null) throw Ops.ValueError("I/O operation on closed file");
        return this;
    }

    public override PyObject Next()
    {
        var line = ReadLine();
        return line.Length == 0 ? null : line;
    }

    public long Tell()
    {
        var s = Stream;
        return s.Position - (_readLen - _readPos);
    }

    public void Seek(long offset, int whence)
    {
        var s = Stream;
        if (whence == 1) offset -= _readLen - _readPos;
        _readPos = _readLen = 0;
        s.Seek(offset, whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End);
    }

    /// <summary><c>f.truncate([size])</c>: at the current position when no size is given.</summary>
    public void Truncate(long? size)
    {
        var s = Stream;
        if (!s.CanWrite) throw Ops.IOError("File not open for writing");
        long pos = Tell();
        DiscardReadBuffer();
        s.Flush();
        s.SetLength(size ?? pos);
        if (s.Position > s.Length) s.Position = s.Length;
    }

    public int FileNo => _fileno >= 0 ? _fileno : 3;

    public bool IsAtty => _fileno >= 0 && _fileno <= 2 && (_fileno == 0 ? !Console.IsInputRedirected : _fileno == 1 ? !Console.IsOutputRedirected : !Console.IsErrorRedirected);

    public override PyStr Repr() =>
        PyStr.FromString($"<{(IsClosed ? "closed" : "open")} file {Ops.Repr(PyStr.FromString(Name))}, mode '{Mode}' at 0x{Ops.Id(this):x}>");
}

/// <summary>The methods of <c>file</c>.</summary>
internal static partial class FileType
{
    static PyFile F(PyObject o) => (PyFile)o;

    /// <summary>Extension point for the io work: more file members, defined in its own partial file.</summary>
    static partial void DefineMoreMembers(PyType t);

    public static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("file", args, kw, 1, 3, "name", "mode", "buffering");
            return PyFile.Open(a[0], a[1] == null ? "r" : Ops.StrValue(a[1]), a[2] == null ? -1 : Ops.ToInt32(a[2]));
        };
        t.DefMethod("write", (f, s) => { F(f).WriteObject(s); return PyNone.None; });
        t.DefMethod("writelines", (f, seq) => { foreach (var x in Ops.Enumerate(seq)) F(f).WriteObject(x); return PyNone.None; });
        t.DefMethod("read", 0, new[] { "size" }, (f, a) => F(f).Read(a[0] == null ? -1 : Ops.IndexToLong(a[0])));
        t.DefMethod("readline", 0, new[] { "size" }, (f, a) => F(f).ReadLine(a[0] == null ? -1 : Ops.IndexToLong(a[0])));
        t.DefMethod("readlines", 0, new[] { "sizehint" }, (f, a) =>
        {
            var l = new PyList();
            for (var line = F(f).ReadLine(); line.Length > 0; line = F(f).ReadLine()) l.Append(line);
            return l;
        });
        t.DefMethod("xreadlines", f => f);
        t.DefMethod("close", f => { F(f).Close(); return PyNone.None; });
        t.DefMethod("flush", f => { F(f).Flush(); return PyNone.None; });
        t.DefMethod("fileno", f => PyInt.From(F(f).FileNo));
        t.DefMethod("isatty", f => PyBool.From(F(f).IsAtty));
        t.DefMethod("tell", f => PyInt.From(F(f).Tell()));
        t.DefMethod("seek", 1, new[] { "offset", "whence" }, (f, a) =>
        {
            F(f).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1]));
            return PyNone.None;
        });
        t.DefMethod("next", f => Ops.NextOrRaise(f));
        t.DefMethod("__iter__", f => f.Iter());
        t.DefMethod("__enter__", f => f);
        t.DefVarMethod("__exit__", (f, a) => { F(f).Close(); return PyNone.None; });
        t.DefProperty("softspace", f => PyInt.From(F(f).SoftSpace ? 1 : 0), (f, v) => F(f).SoftSpace = Ops.IsTrue(v));
        t.DefProperty("name", f => PyStr.FromString(F(f).Name));
        t.DefProperty("mode", f => PyStr.FromString(F(f).Mode));
        t.DefProperty("closed", f => PyBool.From(F(f).IsClosed));
        t.DefProperty("encoding", f => F(f).Encoding == null ? PyNone.None : PyStr.FromString(F(f).Encoding));
        t.DefProperty("newlines", f => PyNone.None);
        t.DefProperty("errors", f => PyNone.None);
        t.DefMethod("truncate", 0, new[] { "size" }, (f, a) =>
        {
            F(f).Truncate(a[0] == null || a[0] is PyNone ? null : Ops.IndexToLong(a[0]));
            return PyNone.None;
        });
        DefineMoreMembers(t);
    }
}
