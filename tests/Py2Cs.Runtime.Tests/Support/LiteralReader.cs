using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Support;

/// <summary>Reads the Python literals that CPython's repr writes for the recorded test data (numbers,
/// str/unicode, True/False/None, tuples, lists) into runtime objects.</summary>
public sealed class LiteralReader
{
    readonly string _s;
    int _i;

    LiteralReader(string s) { _s = s; }

    public static PyObject Read(string text)
    {
        var r = new LiteralReader(text);
        var v = r.Value();
        r.Skip();
        if (r._i != text.Length) throw new FormatException($"trailing text at {r._i} in {text}");
        return v;
    }

    void Skip() { while (_i < _s.Length && _s[_i] == ' ') _i++; }

    PyObject Value()
    {
        Skip();
        char c = _s[_i];
        if (c == '(' || c == '[') return Sequence(c);
        if (c == '\'' || c == '"') return PyStr.FromString(Quoted());
        if (c == 'u' && _i + 1 < _s.Length && (_s[_i + 1] == '\'' || _s[_i + 1] == '"')) { _i++; return PyUnicode.FromString(Quoted()); }
        if (Match("True")) return PyBool.True;
        if (Match("False")) return PyBool.False;
        if (Match("None")) return PyNone.None;
        return Number();
    }

    bool Match(string word)
    {
        if (string.CompareOrdinal(_s, _i, word, 0, word.Length) != 0) return false;
        _i += word.Length;
        return true;
    }

    PyObject Sequence(char open)
    {
        char close = open == '(' ? ')' : ']';
        _i++;
        var items = new List<PyObject>();
        bool trailingComma = false;
        while (true)
        {
            Skip();
            if (_s[_i] == close) { _i++; break; }
            items.Add(Value());
            Skip();
            trailingComma = false;
            if (_s[_i] == ',') { _i++; trailingComma = true; }
        }
        if (open == '[') return PyList.Create(items.ToArray());
        if (items.Count == 1 && !trailingComma) return items[0];
        return PyTuple.Create(items.ToArray());
    }

    string Quoted()
    {
        char q = _s[_i++];
        var sb = new StringBuilder();
        while (_s[_i] != q)
        {
            char c = _s[_i++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = _s[_i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x': sb.Append((char)int.Parse(_s.Substring(_i, 2), NumberStyles.HexNumber)); _i += 2; break;
                case 'u': sb.Append((char)int.Parse(_s.Substring(_i, 4), NumberStyles.HexNumber)); _i += 4; break;
                default: sb.Append(e); break;
            }
        }
        _i++;
        return sb.ToString();
    }

    PyObject Number()
    {
        int start = _i;
        while (_i < _s.Length && "+-0123456789.eEinfatL".IndexOf(_s[_i]) >= 0) _i++;
        string t = _s.Substring(start, _i - start);
        if (t.EndsWith("L")) return new PyLong(BigInteger.Parse(t.TrimEnd('L'), CultureInfo.InvariantCulture));
        if (t.Contains('.') || t.Contains('e') || t.Contains("inf") || t.Contains("nan"))
            return new PyFloat(double.Parse(t, CultureInfo.InvariantCulture));
        return PyInt.FromBig(BigInteger.Parse(t, CultureInfo.InvariantCulture));
    }
}
