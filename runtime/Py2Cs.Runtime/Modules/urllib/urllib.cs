#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using System.Text;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// urllib (Python 2.7): the quoting functions — quote, quote_plus, unquote, unquote_plus, urlencode —
    /// with 2.7's results for str and unicode (a non-ASCII unicode character is a KeyError in quote,
    /// as 2.7's safe_map lookup is). The URL openers are in urllib.Openers.cs.
    /// </summary>
    [PythonModule("urllib")]
    public static partial class urllib
    {
        private const string AlwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";

        public static PyObject quote(PyObject s, PyObject safe = null)
        {
            string safeChars = AlwaysSafe + (safe == null ? "/" : Text(safe));
            if (!Ops.IsTrue(s))
            {
                if (IsNone(s)) throw Ops.TypeError("None object cannot be quoted");
                return s;
            }
            string text = Text(s);
            bool allSafe = true;
            foreach (char c in text) if (safeChars.IndexOf(c) < 0 || c >= 128) { allSafe = false; break; }
            if (allSafe) return s;
            var sb = new StringBuilder();
            foreach (char c in text)
            {
                if (c > 255) throw new PythonException(Ops.Call(PyExceptionTypes.KeyError, new PyUnicode(c.ToString())));
                if (s is PyUnicode && c > 127) throw new PythonException(Ops.Call(PyExceptionTypes.KeyError, new PyUnicode(c.ToString())));
                if (c < 128 && safeChars.IndexOf(c) >= 0) sb.Append(c);
                else sb.Append('%').Append(((int)c).ToString("X2"));
            }
            return S(sb.ToString());
        }

        public static PyObject quote_plus(PyObject s, PyObject safe = null)
        {
            string safeChars = safe == null ? "" : Text(safe);
            if (Ops.Contains(s, S(" ")))
            {
                PyObject quoted = quote(s, S(safeChars + " "));
                return Call(quoted, "replace", S(" "), S("+"));
            }
            return quote(s, S(safeChars));
        }

        private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>%XX escapes to bytes; a '%' not followed by two hex digits stays as it is.</summary>
        private static string UnquoteBytes(string s)
        {
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '%' && i + 2 < s.Length && Hex(s[i + 1]) >= 0 && Hex(s[i + 2]) >= 0)
                {
                    sb.Append((char)(Hex(s[i + 1]) * 16 + Hex(s[i + 2])));
                    i += 2;
                }
                else sb.Append(s[i]);
            }
            return sb.ToString();
        }

        public static PyObject unquote(PyObject s)
        {
            if (s is PyUnicode u)
            {
                if (u.Value.IndexOf('%') < 0) return s;
                // 2.7 unquotes each ASCII run as bytes and decodes the result as Latin-1.
                var sb = new StringBuilder();
                int start = 0;
                string text = u.Value;
                while (start < text.Length)
                {
                    int end = start;
                    bool ascii = text[start] < 128;
                    while (end < text.Length && (text[end] < 128) == ascii) end++;
                    string run = text.Substring(start, end - start);
                    sb.Append(ascii ? UnquoteBytes(run) : run);
                    start = end;
                }
                return new PyUnicode(sb.ToString());
            }
            string str = Text(Ops.Str(s));
            if (str.IndexOf('%') < 0) return s;
            return S(UnquoteBytes(str));
        }

        public static PyObject unquote_plus(PyObject s) => unquote(Call(s, "replace", S("+"), S(" ")));

        public static PyObject urlencode(PyObject query, PyObject doseq = null)
        {
            List<PyObject> pairs;
            if (Has(query, "items")) pairs = Items(Call(query, "items"));
            else
            {
                try
                {
                    if (Ops.Len(query) > 0 && !(Ops.GetItem(query, PyInt.From(0)) is PyTuple)) throw Ops.TypeError("");
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
                {
                    throw Ops.TypeError("not a valid non-string sequence or mapping object");
                }
                pairs = Items(query);
            }
            var parts = new List<string>();
            bool expand = doseq != null && Ops.IsTrue(doseq);
            foreach (PyObject pair in pairs)
            {
                List<PyObject> kv = Items(pair);
                if (kv.Count != 2) throw Ops.ValueError(kv.Count > 2 ? "too many values to unpack" : $"need more than {kv.Count} value{(kv.Count == 1 ? "" : "s")} to unpack");
                string k = Text(quote_plus(Ops.Str(kv[0])));
                PyObject v = kv[1];
                if (!expand) { parts.Add(k + "=" + Text(quote_plus(Ops.Str(v)))); continue; }
                if (v is PyStr) parts.Add(k + "=" + Text(quote_plus(v)));
                else if (v is PyUnicode) parts.Add(k + "=" + Text(quote_plus(Call(v, "encode", S("ASCII"), S("replace")))));
                else
                {
                    bool sized;
                    try { Ops.Len(v); sized = true; }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { sized = false; }
                    if (!sized) parts.Add(k + "=" + Text(quote_plus(Ops.Str(v))));
                    else foreach (PyObject elt in Items(v)) parts.Add(k + "=" + Text(quote_plus(Ops.Str(elt))));
                }
            }
            return S(string.Join("&", parts));
        }
    }
}
