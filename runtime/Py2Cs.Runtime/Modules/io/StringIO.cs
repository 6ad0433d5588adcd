using System;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// io.StringIO (_io/stringio.c): an in-memory unicode text stream. Only unicode is accepted; the
/// newline argument works as TextIOWrapper's (None translates every line ending to '\n' on write,
/// '\r' or '\r\n' replace '\n' on write, '' and None make any ending end a line).
/// </summary>
public sealed class StringIOObject : IOObject
{
    public static readonly PyType TypeObject = PyType.Builtin("StringIO", () => IOBases.TextIOBase, Populate);

    readonly StringBuilder _buf = new();
    int _pos;
    bool _closed, _ok;
    NewlineTranslator _translator;
    string _readnl = "\n";   // null = universal
    string _writenl;

    StringIOObject(PyType type) : base(type) { }

    static PythonException Closed() => Ops.ValueError("I/O operation on closed file");

    void Check()
    {
        if (!_ok) throw Ops.ValueError("I/O operation on uninitialized object");
        if (_closed) throw Closed();
    }

    void Init(PyObject initial, PyObject newline)
    {
        TextIOWrapperObject.ValidateNewline(newline);
        if (initial != null && initial is not PyNone && initial is not PyUnicode)
            throw Ops.TypeError($"initial_value must be unicode or None, not {initial.TypeName}");
        string nl = newline == null ? "\n" : newline is PyNone ? null : newline is PyUnicode nu ? nu.Value : newline.ToString();
        bool universal = nl == null || nl.Length == 0;
        _translator = universal ? new NewlineTranslator(nl == null) : null;
        _readnl = universal ? null : nl;
        _writenl = nl != null && nl.Length > 0 && nl[0] == '\r' ? nl : null;
        _buf.Clear();
        _pos = 0;
        _closed = false;
        _ok = true;
        if (initial is PyUnicode u && u.Value.Length > 0)
        {
            WriteText(u.Value);
            _pos = 0;
        }
    }

    int WriteText(string text)
    {
        int length = text.Length;
        if (_translator != null) text = _translator.Decode(text, true);
        if (_writenl != null) text = text.Replace("\n", _writenl);
        if (text.Length == 0) return length;
        if (_pos > _buf.Length) _buf.Append('\0', _pos - _buf.Length);
        int overwrite = Math.Min(text.Length, _buf.Length - _pos);
        if (overwrite > 0) _buf.Remove(_pos, overwrite);
        _buf.Insert(_pos, text);
        _pos += text.Length;
        return length;
    }

    internal int Write(PyObject obj)
    {
        Check();
        if (obj is not PyUnicode u) throw Ops.TypeError($"unicode argument expected, got '{obj.TypeName}'");
        return WriteText(u.Value);
    }

    internal PyUnicode Read(long n)
    {
        Check();
        int avail = Math.Max(0, _buf.Length - _pos);
        int take = n < 0 || n > avail ? avail : (int)n;
        if (take == 0) return PyUnicode.FromString("");
        var r = _buf.ToString(_pos, take);
        _pos += take;
        return PyUnicode.FromString(r);
    }

    internal PyUnicode ReadLine(long limit)
    {
        Check();
        if (_pos >= _buf.Length) return PyUnicode.FromString("");
        int start = _pos, len = _buf.Length, end = len;
        bool translated = _translator != null && _translator.Translate;
        if (translated || _readnl == "\n")
        {
            for (int i = start; i < len; i++) if (_buf[i] == '\n') { end = i + 1; break; }
        }
        else if (_readnl == null)
        {
            for (int i = start; i < len; i++)
            {
                if (_buf[i] == '\n') { end = i + 1; break; }
                if (_buf[i] == '\r') { end = i + 1 < len && _buf[i + 1] == '\n' ? i + 2 : i + 1; break; }
            }
        }
        else
        {
            string nl = _readnl;
            for (int i = start; i + nl.Length <= len; i++)
            {
                bool match = true;
                for (int k = 0; k < nl.Length; k++) if (_buf[i + k] != nl[k]) { match = false; break; }
                if (match) { end = i + nl.Length; break; }
            }
        }
        if (limit >= 0 && end - start > limit) end = start + (int)limit;
        _pos = end;
        return PyUnicode.FromString(_buf.ToString(start, end - start));
    }

    internal long Seek(long pos, int whence)
    {
        Check();
        if (whence < 0 || whence > 2) throw Ops.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (pos < 0 && whence == 0) throw Ops.ValueError($"Negative seek position {pos}");
        if (whence != 0 && pos != 0) throw Ops.IOError("Can't do nonzero cur-relative seeks");
        if (whence == 1) pos = _pos;
        else if (whence == 2) pos = _buf.Length;
        _pos = (int)pos;
        return pos;
    }

    internal long Truncate(PyObject size)
    {
        Check();
        long n = size == null || size is PyNone ? _pos : Ops.IndexToLong(size.Index() ?? throw Ops.TypeError($"integer argument expected, got '{size.TypeName}'"));
        if (n < 0) throw Ops.ValueError($"Negative size value {n}");
        if (n < _buf.Length) _buf.Length = (int)n;
        return n;
    }

    public override PyObject Next()
    {
        if (!ReferenceEquals(Type, TypeObject)) return base.Next();
        var line = ReadLine(-1);
        return line.Len() == 0 ? null : line;
    }

    static StringIOObject S(PyObject o) => (StringIOObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new StringIOObject(type);
        t.DefMethod("__init__", 0, new[] { "initial_value", "newline" }, (s, a) =>
        {
            S(s).Init(a[0], a[1] ?? PyUnicode.FromString("\n"));
            return PyNone.None;
        });
        t.DefMethod("getvalue", s => { S(s).Check(); return PyUnicode.FromString(S(s)._buf.ToString()); });
        t.DefMethod("read", 0, new[] { "n" }, (s, a) => S(s).Read(IOBases.SizeArg(a[0])));
        t.DefMethod("readline", 0, new[] { "limit" }, (s, a) => S(s).ReadLine(IOBases.SizeArg(a[0])));
        t.DefMethod("write", (s, x) => PyInt.From(S(s).Write(x)));
        t.DefMethod("seek", 1, new[] { "pos", "whence" }, (s, a) => PyInt.From(S(s).Seek(Ops.IndexToLong(a[0]), a[1] == null ? 0 : Ops.ToInt32(a[1]))));
        t.DefMethod("tell", s => { S(s).Check(); return PyInt.From(S(s)._pos); });
        t.DefMethod("truncate", 0, new[] { "pos" }, (s, a) => PyInt.From(S(s).Truncate(a[0])));
        t.DefMethod("close", s => { S(s)._closed = true; return PyNone.None; });
        t.DefMethod("readable", s => { S(s).Check(); return PyBool.True; });
        t.DefMethod("writable", s => { S(s).Check(); return PyBool.True; });
        t.DefMethod("seekable", s => { S(s).Check(); return PyBool.True; });
        t.DefMethod("next", s =>
        {
            S(s).Check();
            var line = ReferenceEquals(s.Type, TypeObject) ? S(s).ReadLine(-1) : Ops.CallMethod(s, IOBases.ReadLineName);
            if (line.Len() == 0) throw Ops.StopIteration();
            return line;
        });
        t.DefProperty("closed", s => PyBool.From(S(s)._closed));
        t.DefProperty("line_buffering", s => { S(s).Check(); return PyBool.False; });
        t.DefProperty("newlines", s => { S(s).Check(); return S(s)._translator?.Newlines ?? PyNone.None; });
    }
}
