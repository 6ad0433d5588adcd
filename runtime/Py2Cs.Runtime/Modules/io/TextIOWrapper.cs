using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// io.TextIOWrapper (_io/textio.c): unicode text over a buffered byte stream, with an encoding,
/// an error handler, newline translation on reading (newline None: any ending becomes '\n'; '':
/// endings kept, any of them ends a line; '\n', '\r', '\r\n': only that one) and on writing ('\n'
/// becomes the given newline), and line_buffering. Writes collect until 8 KiB, a flush, or a
/// newline when line buffering. tell() gives the byte position (the codecs used here carry no
/// state that the position would need to encode, beyond a UTF-16/32 byte order).
/// </summary>
public sealed class TextIOWrapperObject : IOObject, IExitFlush
{
    public static readonly PyType TypeObject = PyType.Builtin("TextIOWrapper", () => IOBases.TextIOBase, Populate);

    const int ChunkSize = 8192;

    PyObject _buffer;
    bool _detached;
    string _encoding, _errors;
    TextCodec _codec;
    bool _readable, _writable;
    NewlineTranslator _translator;   // reading with newline None or ''
    string _readnl;                  // null = universal
    bool _writeTranslate;
    string _writenl;
    bool _lineBuffering;

    // decoded text of the current chunk: translated, and as the codec produced it (for tell)
    string _decoded = "", _untranslated = "";
    int _decodedPos;
    readonly List<byte[]> _pendingWrites = new();
    int _pendingBytes;

    TextIOWrapperObject(PyType type) : base(type) { }

    int IExitFlush.RegistrySlot { get; set; } = -1;

    void IExitFlush.FlushAtExit()
    {
        if (_detached || _buffer == null || _pendingWrites.Count == 0 || Closed) return;
        FlushPending();
        Ops.CallMethod(_buffer, IOBases.FlushName);
    }

    ~TextIOWrapperObject()
    {
        // CPython's dealloc closes the wrapper: pending text goes to the buffer, which is flushed
        // and closed. Done here only when no Python code is involved (the finalizer thread).
        OpenFiles.Unregister(this);
        if (_detached || _buffer is not BufferedObject b || !b.CanFinalizeWithoutPython) return;
        try
        {
            foreach (var bytes in _pendingWrites) b.Write(bytes);
            _pendingWrites.Clear();
        }
        catch (Exception) { }
        try { b.FinalizeChain(); } catch (Exception) { }
    }

    internal static TextIOWrapperObject Create(PyObject buffer, string encoding, string errors, PyObject newline, bool lineBuffering)
    {
        var t = new TextIOWrapperObject(TypeObject);
        t.Init(buffer, encoding, errors, newline, lineBuffering);
        return t;
    }

    /// <summary>locale.getpreferredencoding(): the codeset of the locale the environment selects.</summary>
    internal static string PreferredEncoding()
    {
        string loc = Environment.GetEnvironmentVariable("LC_ALL");
        if (string.IsNullOrEmpty(loc)) loc = Environment.GetEnvironmentVariable("LC_CTYPE");
        if (string.IsNullOrEmpty(loc)) loc = Environment.GetEnvironmentVariable("LANG");
        if (string.IsNullOrEmpty(loc) || loc == "C" || loc == "POSIX") return "ANSI_X3.4-1968";
        int dot = loc.IndexOf('.');
        if (dot < 0) return "ISO-8859-1";
        string cs = loc[(dot + 1)..];
        int at = cs.IndexOf('@');
        if (at >= 0) cs = cs[..at];
        string norm = cs.Replace("-", "").ToLowerInvariant();
        return norm == "utf8" ? "UTF-8" : norm == "iso88591" ? "ISO-8859-1" : cs;
    }

    internal static void ValidateNewline(PyObject newline)
    {
        if (newline == null || newline is PyNone) return;
        if (newline is not (PyStr or PyUnicode)) throw Ops.TypeError($"newline must be str or None, not {newline.TypeName}");
        string nl = newline.ToString();
        if (newline is PyUnicode u) nl = u.Value;
        if (nl is not ("" or "\n" or "\r" or "\r\n")) throw Ops.ValueError("illegal newline value: " + nl);
    }

    void Init(PyObject buffer, string encoding, string errors, PyObject newline, bool lineBuffering)
    {
        ValidateNewline(newline);
        _buffer = buffer;
        _detached = false;
        _encoding = encoding ?? PreferredEncoding();
        _errors = errors ?? "strict";
        string codecName = _encoding == "ANSI_X3.4-1968" ? "ascii" : _encoding;
        _codec = new TextCodec(codecName, _errors);
        string nl = newline == null || newline is PyNone ? null : newline is PyUnicode nu ? nu.Value : newline.ToString();
        bool readUniversal = nl == null || nl.Length == 0;
        _translator = readUniversal ? new NewlineTranslator(nl == null) : null;
        _readnl = readUniversal ? null : nl;
        _writeTranslate = nl == null || nl.Length > 0;
        _writenl = !readUniversal && nl != null ? nl : "\n";
        _lineBuffering = lineBuffering;
        _readable = Ops.IsTrue(Ops.CallMethod(buffer, IOBases.ReadableName));
        _writable = Ops.IsTrue(Ops.CallMethod(buffer, IOBases.WritableName));
        _decoded = _untranslated = "";
        _decodedPos = 0;
        if (buffer is BufferedObject bo) bo.WrappedByText = true;
        if (_writable) OpenFiles.Register(this);
        if (_writable && Ops.IsTrue(Ops.CallMethod(buffer, IOBases.SeekableName)))
        {
            var pos = Ops.CallMethod(buffer, IOBases.TellName);
            if (Ops.IndexToLong(pos) != 0) _codec.SkipBom();
        }
    }

    PyObject Buffer
    {
        get
        {
            if (_detached) throw Ops.ValueError("underlying buffer has been detached");
            if (_buffer == null) throw Ops.ValueError("I/O operation on uninitialized object");
            return _buffer;
        }
    }

    bool Closed => Ops.IsTrue(Ops.GetAttr(Buffer, IOBases.ClosedName));

    void CheckClosed()
    {
        if (Closed) throw IOBases.ClosedFile();
    }

    // ---- writing ---------------------------------------------------------------------------

    internal int Write(PyObject textObj)
    {
        CheckClosed();
        if (textObj is not PyUnicode u) throw Ops.TypeError($"write() argument 1 must be unicode, not {(textObj is PyNone ? "None" : textObj.TypeName)}");
        if (!_writable) throw Ops.IOError("not writable");
        string text = u.Value;
        int length = u.Len();
        bool hasLf = text.IndexOf('\n') >= 0;
        if (_writeTranslate && _writenl != "\n" && hasLf) text = text.Replace("\n", _writenl);
        bool needFlush = _lineBuffering && (hasLf || text.IndexOf('\r') >= 0);
        var bytes = _codec.Encode(text);
        _pendingWrites.Add(bytes);
        _pendingBytes += bytes.Length;
        if (_pendingBytes > ChunkSize || needFlush) FlushPending();
        if (needFlush) Ops.CallMethod(Buffer, IOBases.FlushName);
        // whatever was read ahead is no longer valid
        _decoded = _untranslated = "";
        _decodedPos = 0;
        _codec.ResetDecoder();
        _translator?.Reset();
        return length;
    }

    void FlushPending()
    {
        if (_pendingBytes == 0 && _pendingWrites.Count == 0) return;
        byte[] all;
        if (_pendingWrites.Count == 1) all = _pendingWrites[0];
        else
        {
            all = new byte[_pendingBytes];
            int at = 0;
            foreach (var b in _pendingWrites) { b.CopyTo(all, at); at += b.Length; }
        }
        _pendingWrites.Clear();
        _pendingBytes = 0;
        Ops.CallMethod(Buffer, IOBases.WriteName, PyStr.Wrap(all));
    }

    // ---- reading ---------------------------------------------------------------------------

    void CheckReadable()
    {
        CheckClosed();
        if (!_readable) throw Ops.IOError("not readable");
    }

    /// <summary>Reads and decodes the next chunk (only when the current one is used up); false at the end.</summary>
    bool ReadChunk()
    {
        var buf = Buffer;
        var input = Ops.GetAttrOrNull(buf, PyStr.Intern("read1")) is { } read1 ? Ops.Call(read1, PyInt.From(ChunkSize)) : Ops.CallMethod(buf, IOBases.ReadName, PyInt.From(ChunkSize));
        if (input is not PyStr bytes) throw Ops.TypeError($"underlying read1() should have returned a bytes object, not '{input.TypeName}'");
        bool eof = bytes.Length == 0;
        string raw = _codec.Decode(bytes.Bytes, eof);
        string text = _translator != null ? _translator.Decode(raw, eof) : raw;
        _untranslated = raw;
        _decoded = text;
        _decodedPos = 0;
        return !eof || text.Length > 0;
    }

    internal PyUnicode Read(long n)
    {
        CheckReadable();
        FlushPending();
        if (n < 0)
        {
            var rest = Ops.CallMethod(Buffer, IOBases.ReadName);
            if (rest is not PyStr bytes) throw Ops.TypeError("underlying read() should have returned a bytes object");
            string raw = _codec.Decode(bytes.Bytes, true);
            string text = _translator != null ? _translator.Decode(raw, true) : raw;
            string result = _decoded[_decodedPos..] + text;
            _decoded = _untranslated = "";
            _decodedPos = 0;
            return PyUnicode.FromString(result);
        }
        var sb = new StringBuilder();
        while (sb.Length < n)
        {
            if (_decodedPos >= _decoded.Length && !ReadChunk()) break;
            int take = (int)Math.Min(n - sb.Length, _decoded.Length - _decodedPos);
            sb.Append(_decoded, _decodedPos, take);
            _decodedPos += take;
        }
        return PyUnicode.FromString(sb.ToString());
    }

    internal PyUnicode ReadLine(long limit)
    {
        CheckReadable();
        FlushPending();
        var sb = new StringBuilder();
        int scan = 0;
        while (true)
        {
            bool eof = false;
            if (_decodedPos >= _decoded.Length && !ReadChunk()) eof = true;
            int chunkStart = sb.Length;
            if (!eof)
            {
                sb.Append(_decoded, _decodedPos, _decoded.Length - _decodedPos);
                _decodedPos = _decoded.Length;
            }
            int end = FindLineEnd(sb, scan, eof, out int nextScan);
            if (end < 0 && limit >= 0 && sb.Length >= limit) end = (int)limit;
            else if (end >= 0 && limit >= 0 && end > limit) end = (int)limit;
            if (end >= 0)
            {
                int excess = sb.Length - end;
                _decodedPos -= excess;   // the excess is always a tail of the current chunk
                sb.Length = end;
                break;
            }
            if (eof) break;
            scan = nextScan;
        }
        return PyUnicode.FromString(sb.ToString());
    }

    /// <summary>The end (exclusive) of the first line in sb, or -1 when more text is needed.</summary>
    int FindLineEnd(StringBuilder sb, int from, bool eof, out int nextScan)
    {
        nextScan = from;
        if (_translator != null && _translator.Translate || _readnl == "\n")
        {
            for (int i = from; i < sb.Length; i++) if (sb[i] == '\n') return i + 1;
            nextScan = sb.Length;
            return -1;
        }
        if (_readnl == null)
        {
            for (int i = from; i < sb.Length; i++)
            {
                if (sb[i] == '\n') return i + 1;
                if (sb[i] == '\r')
                {
                    if (i + 1 < sb.Length) return sb[i + 1] == '\n' ? i + 2 : i + 1;
                    if (eof) return i + 1;
                    nextScan = i;
                    return -1;
                }
            }
            nextScan = sb.Length;
            return -1;
        }
        string nl = _readnl;
        for (int i = from; i + nl.Length <= sb.Length; i++)
        {
            bool match = true;
            for (int k = 0; k < nl.Length; k++) if (sb[i + k] != nl[k]) { match = false; break; }
            if (match) return i + nl.Length;
        }
        nextScan = Math.Max(from, sb.Length - nl.Length + 1);
        return -1;
    }

    // ---- positioning -----------------------------------------------------------------------

    internal long Tell()
    {
        CheckClosed();
        if (!Ops.IsTrue(Ops.CallMethod(Buffer, IOBases.SeekableName))) throw Ops.IOError("underlying stream is not seekable");
        FlushPending();
        Ops.CallMethod(Buffer, IOBases.FlushName);
        long pos = Ops.IndexToLong(Ops.CallMethod(Buffer, IOBases.TellName));
        int unconsumed = _decoded.Length - _decodedPos;
        string rawTail = UntranslatedTail(unconsumed);
        if (_translator != null && _translator.PendingCR) rawTail += "\r";
        return pos - _codec.PendingBytes - _codec.EncodedLength(rawTail);
    }

    /// <summary>The codec output behind the last <paramref name="translatedCount"/> characters of the chunk.</summary>
    string UntranslatedTail(int translatedCount)
    {
        if (translatedCount == 0) return "";
        if (_translator == null || !_translator.Translate) return _untranslated[^Math.Min(translatedCount, _untranslated.Length)..];
        int i = _untranslated.Length, produced = 0;
        while (produced < translatedCount && i > 0)
        {
            i--;
            if (_untranslated[i] == '\n' && i > 0 && _untranslated[i - 1] == '\r') i--;
            produced++;
        }
        return _untranslated[i..];
    }

    internal long Seek(PyObject cookieObj, int whence)
    {
        CheckClosed();
        if (!Ops.IsTrue(Ops.CallMethod(Buffer, IOBases.SeekableName))) throw Ops.IOError("underlying stream is not seekable");
        long cookie = Ops.IndexToLong(cookieObj);
        if (whence == 1)
        {
            if (cookie != 0) throw Ops.IOError("can't do nonzero cur-relative seeks");
            cookie = Tell();
            whence = 0;
        }
        else if (whence == 2)
        {
            if (cookie != 0) throw Ops.IOError("can't do nonzero end-relative seeks");
            FlushPending();
            ResetReading();
            long end = Ops.IndexToLong(Ops.CallMethod(Buffer, IOBases.SeekName, PyInt.From(0), PyInt.From(2)));
            if (end != 0) _codec.SkipBom();
            return end;
        }
        else if (whence != 0) throw Ops.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (cookie < 0) throw Ops.ValueError($"negative seek position {cookie}");
        Ops.CallMethod(this, IOBases.FlushName);
        ResetReading();
        Ops.CallMethod(Buffer, IOBases.SeekName, PyInt.From(cookie));
        if (cookie != 0) _codec.SkipBom();
        return cookie;
    }

    void ResetReading()
    {
        _decoded = _untranslated = "";
        _decodedPos = 0;
        _codec.ResetDecoder();
        if (_translator != null) _translator.PendingCR = false;
    }

    internal void Flush()
    {
        CheckClosed();
        FlushPending();
        Ops.CallMethod(Buffer, IOBases.FlushName);
    }

    public override PyObject Next()
    {
        if (!ReferenceEquals(Type, TypeObject)) return base.Next();
        var line = ReadLine(-1);
        return line.Len() == 0 ? null : line;
    }

    public override PyStr Repr()
    {
        var name = Ops.GetAttrOrNull(this, PyStr.Intern("name"));
        string enc = Ops.Repr(PyStr.FromString(_encoding ?? "")).ToString();
        return PyStr.FromString(name == null ? $"<_io.TextIOWrapper encoding={enc}>" : $"<_io.TextIOWrapper name={Ops.Repr(name)} encoding={enc}>");
    }

    static TextIOWrapperObject T(PyObject o) => (TextIOWrapperObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new TextIOWrapperObject(type);
        t.DefMethod("__init__", 1, new[] { "buffer", "encoding", "errors", "newline", "line_buffering" }, (s, a) =>
        {
            T(s).Init(a[0], a[1] is null or PyNone ? null : Ops.StrValue(a[1]), a[2] is null or PyNone ? null : Ops.StrValue(a[2]),
                a[3], a[4] != null && Ops.IsTrue(a[4]));
            return PyNone.None;
        });
        t.DefMethod("write", (s, text) => PyInt.From(T(s).Write(text)));
        t.DefMethod("read", 0, new[] { "n" }, (s, a) => T(s).Read(IOBases.SizeArg(a[0])));
        t.DefMethod("readline", 0, new[] { "limit" }, (s, a) => T(s).ReadLine(IOBases.SizeArg(a[0])));
        t.DefMethod("next", s =>
        {
            var line = T(s).ReadLine(-1);
            if (line.Len() == 0) throw Ops.StopIteration();
            return line;
        });
        t.DefMethod("tell", s => PyInt.From(T(s).Tell()));
        t.DefMethod("seek", 1, new[] { "cookie", "whence" }, (s, a) => PyInt.From(T(s).Seek(a[0], a[1] == null ? 0 : Ops.ToInt32(a[1]))));
        t.DefMethod("truncate", 0, new[] { "pos" }, (s, a) =>
        {
            Ops.CallMethod(s, IOBases.FlushName);
            var pos = a[0] == null || a[0] is PyNone ? Ops.CallMethod(s, IOBases.TellName) : a[0];
            return Ops.CallMethod(T(s).Buffer, IOBases.TruncateName, pos);
        });
        t.DefMethod("flush", s => { T(s).Flush(); return PyNone.None; });
        t.DefMethod("close", s =>
        {
            var w = T(s);
            if (w.Closed) return PyNone.None;
            try { Ops.CallMethod(s, IOBases.FlushName); }
            finally
            {
                OpenFiles.Unregister(w);
                Ops.CallMethod(w.Buffer, IOBases.CloseName);
            }
            return PyNone.None;
        });
        t.DefMethod("detach", s =>
        {
            var w = T(s);
            var b = w.Buffer;
            Ops.CallMethod(s, IOBases.FlushName);
            w._detached = true;
            if (b is BufferedObject bo) bo.WrappedByText = false;
            OpenFiles.Unregister(w);
            return b;
        });
        t.DefMethod("readable", s => Ops.CallMethod(T(s).Buffer, IOBases.ReadableName));
        t.DefMethod("writable", s => Ops.CallMethod(T(s).Buffer, IOBases.WritableName));
        t.DefMethod("seekable", s => Ops.CallMethod(T(s).Buffer, IOBases.SeekableName));
        t.DefMethod("fileno", s => Ops.CallMethod(T(s).Buffer, IOBases.FileNoName));
        t.DefMethod("isatty", s => Ops.CallMethod(T(s).Buffer, IOBases.IsAttyName));
        t.DefProperty("closed", s => Ops.GetAttr(T(s).Buffer, IOBases.ClosedName));
        t.DefProperty("name", s => Ops.GetAttr(T(s).Buffer, PyStr.Intern("name")));
        t.DefProperty("buffer", s => T(s).Buffer);
        t.DefProperty("encoding", s => PyStr.FromString(T(s)._encoding));
        t.DefProperty("errors", s => PyStr.FromString(T(s)._errors));
        t.DefProperty("line_buffering", s => PyBool.From(T(s)._lineBuffering));
        t.DefProperty("newlines", s => T(s)._translator?.Newlines ?? PyNone.None);
        t.DefProperty("_CHUNK_SIZE", s => PyInt.From(ChunkSize));
    }
}
