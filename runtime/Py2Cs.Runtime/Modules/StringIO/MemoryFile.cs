using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// An in-memory file as Python 2's StringIO.StringIO and cStringIO keep one: text with a position,
/// writes past the end padded with NULs, and str content promoted to unicode once unicode is written
/// (StringIO only). Subclassable from Python: instances carry the Python subtype and a __dict__.
/// </summary>
public sealed class MemoryFile : PyObject
{
    readonly PyType _type;
    readonly PyDict _dict;
    readonly StringBuilder _buffer = new();
    readonly bool _allowUnicode;
    readonly bool _writable;
    bool _unicode;
    int _pos;
    bool _closed;

    public bool SoftSpace { get; set; }

    public MemoryFile(PyType type, PyObject initial, bool allowUnicode, bool writable)
    {
        _type = type;
        if (type.HasInstanceDict) _dict = new PyDict();
        _allowUnicode = allowUnicode;
        _writable = writable;
        if (initial != null)
        {
            if (initial is PyUnicode u)
            {
                if (allowUnicode) { _unicode = true; _buffer.Append(u.Value); }
                else _buffer.Append(u.EncodeAscii().ToString());
            }
            else if (initial is PyStr s) _buffer.Append(s.ToString());
            else if (initial is IByteSequence || allowUnicode) _buffer.Append(Ops.Str(initial).ToString());
            else throw Ops.TypeError($"StringIO() argument 1 must be string or buffer, not {(initial is PyNone ? "None" : initial.TypeName)}");
        }
    }

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;

    void CheckOpen()
    {
        if (_closed) throw Ops.ValueError("I/O operation on closed file");
    }

    PyObject Text(string s) => _unicode ? PyUnicode.FromString(s) : PyStr.FromString(s);

    public PyObject GetValue()
    {
        CheckOpen();
        return Text(_buffer.ToString());
    }

    public PyObject Read(int n)
    {
        CheckOpen();
        int len = _buffer.Length;
        if (_pos >= len) return Text("");
        int end = n < 0 ? len : Math.Min(len, _pos + n);
        string r = _buffer.ToString(_pos, end - _pos);
        _pos = end;
        return Text(r);
    }

    public PyObject ReadLine(int length)
    {
        CheckOpen();
        int len = _buffer.Length;
        if (_pos >= len) return Text("");
        int i = -1;
        for (int k = _pos; k < len; k++) if (_buffer[k] == '\n') { i = k; break; }
        int end = i < 0 ? len : i + 1;
        if (length >= 0 && _pos + length < end) end = _pos + length;
        string r = _buffer.ToString(_pos, end - _pos);
        _pos = end;
        return Text(r);
    }

    public PyObject ReadLines(int sizehint)
    {
        var lines = new PyList();
        int total = 0;
        while (true)
        {
            var line = ReadLine(-1);
            if (line.Len() == 0) break;
            lines.Append(line);
            total += line.Len();
            if (sizehint > 0 && total >= sizehint) break;
        }
        return lines;
    }

    public void Write(PyObject s)
    {
        CheckOpen();
        string text;
        if (s is PyUnicode u)
        {
            if (_allowUnicode)
            {
                if (!_unicode) PromoteToUnicode();
                text = u.Value;
            }
            else text = u.EncodeAscii().ToString();
        }
        else if (s is PyStr b)
        {
            text = b.ToString();
            if (_unicode) CheckAscii(text);
        }
        else if (_allowUnicode)
        {
            // StringIO.py: "if not s: return", then str(s)
            if (!Ops.IsTrue(s)) return;
            text = Ops.Str(s).ToString();
        }
        else if (s is IByteSequence) text = Ops.Str(s).ToString();
        else throw Ops.TypeError($"write() argument 1 must be string or buffer, not {(s is PyNone ? "None" : s.TypeName)}");
        if (text.Length == 0) return;
        if (_pos > _buffer.Length) _buffer.Append('\0', _pos - _buffer.Length);
        int overwrite = Math.Min(text.Length, _buffer.Length - _pos);
        _buffer.Remove(_pos, overwrite).Insert(_pos, text);
        _pos += text.Length;
    }

    /// <summary>StringIO joins str and unicode parts with the ASCII codec, as ''.join does.</summary>
    void PromoteToUnicode()
    {
        CheckAscii(_buffer.ToString());
        _unicode = true;
    }

    static void CheckAscii(string s)
    {
        for (int i = 0; i < s.Length; i++)
            if (s[i] > 127)
                throw Ops.Error(PyExceptionTypes.UnicodeDecodeError, PyStr.FromString("ascii"), PyStr.FromString(s), PyInt.From(i), PyInt.From(i + 1), PyStr.FromString("ordinal not in range(128)"));
    }

    public void Seek(long pos, int mode)
    {
        CheckOpen();
        if (mode == 1) pos += _pos;
        else if (mode == 2) pos += _buffer.Length;
        _pos = (int)Math.Max(0, pos);
    }

    public int Tell()
    {
        CheckOpen();
        return _pos;
    }

    public void Truncate(PyObject size)
    {
        CheckOpen();
        int n = size is null or PyNone ? _pos : Ops.ToInt32(size);
        if (n < 0) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 22, _allowUnicode ? "Negative size not allowed" : "Invalid argument");
        if (n < _pos) _pos = n;
        if (n < _buffer.Length) _buffer.Length = n;
    }

    public void Close() => _closed = true;

    /// <summary>cStringIO's getvalue(use_pos): up to the position when use_pos is true.</summary>
    public PyObject GetValue(bool upToPosition)
    {
        CheckOpen();
        return Text(upToPosition ? _buffer.ToString(0, Math.Min(_pos, _buffer.Length)) : _buffer.ToString());
    }

    /// <summary>StringIO.py's public attributes: len, pos and buf.</summary>
    internal static void DefineStringIOAttributes(PyType t)
    {
        static MemoryFile M(PyObject s) => (MemoryFile)s;
        t.DefProperty("len", s => { M(s).CheckOpen(); return PyInt.From(M(s)._buffer.Length); });
        t.DefProperty("pos", s => { M(s).CheckOpen(); return PyInt.From(M(s)._pos); });
        t.DefProperty("buf", s => M(s).GetValue());
        t.DefProperty("closed", s => PyBool.From(M(s)._closed));
    }

    /// <summary>cStringIO's extra methods.</summary>
    internal static void DefineCStringIOMethods(PyType t)
    {
        static MemoryFile M(PyObject s) => (MemoryFile)s;
        t.DefMethod("reset", s => { M(s).CheckOpen(); M(s)._pos = 0; return PyNone.None; });
        t.DefMethod("getvalue", 0, new[] { "use_pos" }, (s, a) => M(s).GetValue(a[0] != null && Ops.IsTrue(a[0])));
    }
    public bool Closed => _closed;

    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        CheckOpen();
        var line = ReadLine(-1);
        return line.Len() == 0 ? null : line;
    }

    /// <summary>The methods both StringIO flavours share.</summary>
    internal static void DefineMethods(PyType t, bool writable)
    {
        static MemoryFile M(PyObject s) => (MemoryFile)s;
        t.DefMethod("getvalue", s => M(s).GetValue());
        t.DefMethod("read", 0, new[] { "n" }, (s, a) => M(s).Read(a[0] == null ? -1 : Ops.ToInt32(a[0])));
        t.DefMethod("readline", 0, new[] { "length" }, (s, a) => M(s).ReadLine(a[0] is null or PyNone ? -1 : Ops.ToInt32(a[0])));
        t.DefMethod("readlines", 0, new[] { "sizehint" }, (s, a) => M(s).ReadLines(a[0] == null ? 0 : Ops.ToInt32(a[0])));
        t.DefMethod("seek", 1, new[] { "pos", "mode" }, (s, a) => { M(s).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1])); return PyNone.None; });
        t.DefMethod("tell", s => PyInt.From(M(s).Tell()));
        t.DefMethod("truncate", 0, new[] { "size" }, (s, a) => { M(s).Truncate(a[0]); return PyNone.None; });
        t.DefMethod("close", s => { M(s).Close(); return PyNone.None; });
        t.DefMethod("flush", s => { M(s).CheckOpen(); return PyNone.None; });
        t.DefMethod("isatty", s => { M(s).CheckOpen(); return PyBool.False; });
        t.DefMethod("next", s => M(s).Next() ?? throw Ops.StopIteration());
        t.DefMethod("__iter__", s => M(s).Iter());
        t.DefProperty("closed", s => PyBool.From(M(s).Closed));
        if (!writable) return;
        t.DefProperty("softspace", s => PyInt.From(M(s).SoftSpace ? 1 : 0), (s, v) => M(s).SoftSpace = Ops.IsTrue(v));
        t.DefMethod("write", (s, x) => { M(s).Write(x); return PyNone.None; });
        t.DefMethod("writelines", (s, lines) => { foreach (var l in Ops.Enumerate(lines)) M(s).Write(l); return PyNone.None; });
    }
}
