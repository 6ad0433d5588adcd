using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime.Modules.json
{
    /// <summary>
    /// json's scanner (the C speedups' scan_once) over decoded text: values, CPython 2.7's error
    /// messages and positions, hooks for objects, numbers and constants.
    /// </summary>
    internal sealed class JsonScanner
    {
        /// <summary>scan_once found no value here (CPython's StopIteration).</summary>
        internal sealed class NoValue : Exception { }

        public PyObject ObjectHook, ObjectPairsHook, ParseFloat, ParseInt, ParseConstant;
        public bool Strict = true;
        private string s;
        // Object keys already made in this document, as the C scanner's memo: repeated keys share one object.
        private readonly Dictionary<string, PyObject> keyMemo = new();

        public static PythonException Error(string msg, string doc, int pos, int? end = null)
        {
            var (line, col) = LineCol(doc, pos);
            if (end == null) return Ops.ValueError($"{msg}: line {line} column {col} (char {pos})");
            var (eline, ecol) = LineCol(doc, end.Value);
            return Ops.ValueError($"{msg}: line {line} column {col} - line {eline} column {ecol} (char {pos} - {end})");
        }

        private static (int, int) LineCol(string doc, int pos)
        {
            int line = 1, lastNewline = -1;
            for (int i = 0; i < pos && i < doc.Length; i++)
                if (doc[i] == '\n') { line++; lastNewline = i; }
            return (line, line == 1 ? pos + 1 : pos - lastNewline);
        }

        public static int SkipWhitespace(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            return i;
        }

        /// <summary>JSONDecoder.raw_decode: (value, end index).</summary>
        public (PyObject Value, int End) RawDecode(string text, int idx)
        {
            s = text;
            keyMemo.Clear();
            try { return ScanOnce(idx); }
            catch (NoValue) { throw Ops.ValueError("No JSON object could be decoded"); }
        }

        private (PyObject, int) ScanOnce(int idx)
        {
            if (idx >= s.Length) throw new NoValue();
            char c = s[idx];
            switch (c)
            {
                case '"': return ScanString(idx + 1);
                case '{': return ParseObject(idx + 1);
                case '[': return ParseArray(idx + 1);
                case 'n' when At(idx, "null"): return (PyNone.None, idx + 4);
                case 't' when At(idx, "true"): return (PyBool.True, idx + 4);
                case 'f' when At(idx, "false"): return (PyBool.False, idx + 5);
                case 'N' when At(idx, "NaN"): return (Constant("NaN"), idx + 3);
                case 'I' when At(idx, "Infinity"): return (Constant("Infinity"), idx + 8);
                case '-' when At(idx, "-Infinity"): return (Constant("-Infinity"), idx + 9);
            }
            return MatchNumber(idx);
        }

        private bool At(int idx, string word) => string.CompareOrdinal(s, idx, word, 0, word.Length) == 0 && idx + word.Length <= s.Length;

        private PyObject Constant(string name)
        {
            if (ParseConstant != null) return Ops.Call(ParseConstant, PyStr.FromString(name));
            return new PyFloat(name == "NaN" ? double.NaN : name == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity);
        }

        private static bool Digit(char c) => c >= '0' && c <= '9';

        private (PyObject, int) MatchNumber(int start)
        {
            int end = s.Length - 1, idx = start;
            if (s[idx] == '-')
            {
                idx++;
                if (idx > end) throw new NoValue();
            }
            if (s[idx] >= '1' && s[idx] <= '9') { idx++; while (idx <= end && Digit(s[idx])) idx++; }
            else if (s[idx] == '0') idx++;
            else throw new NoValue();
            bool isFloat = false;
            if (idx < end && s[idx] == '.' && Digit(s[idx + 1]))
            {
                isFloat = true;
                idx += 2;
                while (idx <= end && Digit(s[idx])) idx++;
            }
            if (idx < end && (s[idx] == 'e' || s[idx] == 'E'))
            {
                int eStart = idx;
                idx++;
                if (idx < end && (s[idx] == '-' || s[idx] == '+')) idx++;
                while (idx <= end && Digit(s[idx])) idx++;
                if (Digit(s[idx - 1])) isFloat = true;
                else idx = eStart;
            }
            string text = s.Substring(start, idx - start);
            PyObject value;
            if (isFloat)
                value = ParseFloat != null ? Ops.Call(ParseFloat, PyStr.FromString(text))
                    : new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            else
                value = ParseInt != null ? Ops.Call(ParseInt, PyStr.FromString(text))
                    : text.Length <= 18 ? PyInt.From(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) // fits a long
                    : Ops.Call(PyInt.TypeObject, PyStr.FromString(text));
            return (value, idx);
        }

        private (PyObject, int) ScanString(int end)
        {
            var (text, next) = ScanStringText(s, end, Strict);
            return (PyUnicode.FromString(text), next);
        }

        /// <summary>scanstring: the text of a JSON string whose opening quote is at end - 1.</summary>
        public static (string Text, int End) ScanStringText(string s, int end, bool strict)
        {
            int begin = end - 1;
            // Most strings have no escape: their text is one substring.
            for (int i = end; i < s.Length; i++)
            {
                char ch = s[i];
                if (ch == '"') return (s.Substring(end, i - end), i + 1);
                if (ch == '\\' || (strict && ch <= 0x1f)) break;
            }
            var sb = new StringBuilder();
            while (true)
            {
                int next = end;
                while (next < s.Length)
                {
                    char ch = s[next];
                    if (ch == '"' || ch == '\\') break;
                    if (strict && ch <= 0x1f) throw Error("Invalid control character at", s, next);
                    next++;
                }
                if (next >= s.Length) throw Error("Unterminated string starting at", s, begin);
                sb.Append(s, end, next - end);
                char c = s[next];
                if (c == '"') return (sb.ToString(), next + 1);
                next++;
                if (next >= s.Length) throw Error("Unterminated string starting at", s, begin);
                c = s[next];
                if (c != 'u')
                {
                    char decoded = c switch
                    {
                        '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                        _ => throw Error("Invalid \\escape", s, next - 1),
                    };
                    sb.Append(decoded);
                    end = next + 1;
                    continue;
                }
                next++;
                int code = Hex4(s, next);
                if (code < 0) throw Error("Invalid \\uXXXX escape", s, next - 1);
                next += 4;
                if (code >= 0xd800 && code <= 0xdbff && next + 1 < s.Length && s[next] == '\\' && s[next + 1] == 'u')
                {
                    int low = Hex4(s, next + 2);
                    if (low < 0) throw Error("Invalid \\uXXXX escape", s, next + 1);
                    if (low >= 0xdc00 && low <= 0xdfff)
                    {
                        sb.Append((char)code).Append((char)low);
                        end = next + 6;
                        continue;
                    }
                }
                sb.Append((char)code);
                end = next;
            }
        }

        private static int Hex4(string s, int at)
        {
            if (at + 4 > s.Length) return -1;
            int v = 0;
            for (int i = at; i < at + 4; i++)
            {
                int d = Uri.IsHexDigit(s[i]) ? Convert.ToInt32(s[i].ToString(), 16) : -1;
                if (d < 0) return -1;
                v = v * 16 + d;
            }
            return v;
        }

        private (PyObject, int) ParseObject(int idx)
        {
            int end = s.Length - 1;
            var pairs = new List<(PyObject, PyObject)>();
            idx = SkipWhitespace(s, idx);
            if (idx <= end && s[idx] != '}')
            {
                while (idx <= end)
                {
                    if (s[idx] != '"') throw Error("Expecting property name", s, idx);
                    var (keyText, next) = ScanStringText(s, idx + 1, Strict);
                    if (!keyMemo.TryGetValue(keyText, out PyObject key)) keyMemo[keyText] = key = PyUnicode.FromString(keyText);
                    idx = SkipWhitespace(s, next);
                    if (idx > end || s[idx] != ':') throw Error("Expecting : delimiter", s, idx);
                    idx = SkipWhitespace(s, idx + 1);
                    var (value, after) = ScanOnce(idx);
                    pairs.Add((key, value));
                    idx = SkipWhitespace(s, after);
                    if (idx <= end && s[idx] == '}') break;
                    if (idx <= end && s[idx] != ',') throw Error("Expecting , delimiter", s, idx);
                    idx = SkipWhitespace(s, idx + 1);
                }
            }
            if (idx > end || s[idx] != '}') throw Error("Expecting object", s, end);
            if (ObjectPairsHook != null)
            {
                var list = new PyList();
                foreach (var (k, v) in pairs) list.Append(PyTuple.Create(k, v));
                return (Ops.Call(ObjectPairsHook, list), idx + 1);
            }
            var dict = new PyDict();
            foreach (var (k, v) in pairs) dict.SetItem(k, v);
            return (ObjectHook != null ? Ops.Call(ObjectHook, dict) : dict, idx + 1);
        }

        private (PyObject, int) ParseArray(int idx)
        {
            int end = s.Length - 1;
            var list = new PyList();
            idx = SkipWhitespace(s, idx);
            if (idx <= end && s[idx] != ']')
            {
                while (idx <= end)
                {
                    var (value, after) = ScanOnce(idx);
                    list.Append(value);
                    idx = SkipWhitespace(s, after);
                    if (idx <= end && s[idx] == ']') break;
                    if (idx <= end && s[idx] != ',') throw Error("Expecting , delimiter", s, idx);
                    idx = SkipWhitespace(s, idx + 1);
                }
            }
            if (idx > end || s[idx] != ']') throw Error("Expecting object", s, end);
            return (list, idx + 1);
        }
    }
}
