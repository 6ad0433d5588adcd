using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>
    /// Rebuilds runtime values from the Python 2 reprs written into the recorded data: str and
    /// unicode literals, int, long, float (incl. inf/nan), None, True, False, tuples, lists, dicts.
    /// </summary>
    internal sealed class PythonLiteral
    {
        readonly string text;
        int pos;

        PythonLiteral(string text) { this.text = text; }

        public static PyObject Parse(string repr)
        {
            var p = new PythonLiteral(repr);
            PyObject v = p.Value();
            p.Spaces();
            if (p.pos != repr.Length) throw new FormatException("trailing text in literal: " + repr);
            return v;
        }

        void Spaces() { while (pos < text.Length && text[pos] == ' ') pos++; }

        bool Take(string s)
        {
            Spaces();
            if (string.CompareOrdinal(text, pos, s, 0, s.Length) != 0) return false;
            pos += s.Length;
            return true;
        }

        PyObject Value()
        {
            Spaces();
            char c = text[pos];
            if (c == '(') return Sequence('(', ')', true);
            if (c == '[') return Sequence('[', ']', false);
            if (c == '{') return Dict();
            if (c == '\'' || c == '"') return PyStr.FromString(Quoted(false));
            if (c == 'u' && (text[pos + 1] == '\'' || text[pos + 1] == '"')) { pos++; return PyUnicode.FromString(Quoted(true)); }
            if (Take("None")) return PyNone.None;
            if (Take("True")) return PyBool.True;
            if (Take("False")) return PyBool.False;
            if (Take("inf")) return new PyFloat(double.PositiveInfinity);
            if (Take("-inf")) return new PyFloat(double.NegativeInfinity);
            if (Take("nan")) return new PyFloat(double.NaN);
            int start = pos;
            while (pos < text.Length && "+-0123456789.eEL".IndexOf(text[pos]) >= 0) pos++;
            string number = text.Substring(start, pos - start);
            if (number.EndsWith("L")) return new PyLong(BigInteger.Parse(number.TrimEnd('L'), CultureInfo.InvariantCulture));
            if (number.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0) return new PyFloat(double.Parse(number, CultureInfo.InvariantCulture));
            return PyInt.FromBig(BigInteger.Parse(number, CultureInfo.InvariantCulture));
        }

        PyObject Sequence(char open, char close, bool tuple)
        {
            pos++;
            var items = new List<PyObject>();
            while (!Take(close.ToString()))
            {
                items.Add(Value());
                Take(",");
            }
            return tuple ? PyTuple.Create(items.ToArray()) : PyList.FromArray(items.ToArray());
        }

        PyObject Dict()
        {
            pos++;
            var d = new PyDict();
            while (!Take("}"))
            {
                PyObject k = Value();
                Take(":");
                d.SetItem(k, Value());
                Take(",");
            }
            return d;
        }

        string Quoted(bool unicode)
        {
            char quote = text[pos++];
            var sb = new StringBuilder();
            while (text[pos] != quote)
            {
                char c = text[pos++];
                if (c != '\\') { sb.Append(c); continue; }
                char e = text[pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case 'x': sb.Append((char)int.Parse(text.Substring(pos, 2), NumberStyles.HexNumber)); pos += 2; break;
                    case 'u': sb.Append((char)int.Parse(text.Substring(pos, 4), NumberStyles.HexNumber)); pos += 4; break;
                    case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(text.Substring(pos, 8), NumberStyles.HexNumber))); pos += 8; break;
                    default: throw new FormatException("unknown escape in literal: \\" + e);
                }
            }
            pos++;
            return sb.ToString();
        }
    }
}
