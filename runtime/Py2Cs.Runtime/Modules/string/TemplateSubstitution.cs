using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Formatting;

namespace Py2Cs.Runtime.Modules.@string
{
    /// <summary>
    /// string.Template's substitute and safe_substitute. Class attributes are read from the instance
    /// at call time, so subclasses that change <c>delimiter</c>, <c>idpattern</c> or <c>pattern</c> work.
    /// </summary>
    internal static class TemplateSubstitution
    {
        public static PyObject Substitute(PyObject self, PyObject[] args, PyDict kwargs, bool safe)
        {
            if (args.Length > 1) throw Ops.TypeError("Too many positional arguments");
            // _multimap: keywords first, then the positional mapping.
            Func<PyObject, PyObject> lookup;
            if (args.Length == 0) lookup = key => Ops.GetItem(kwargs ?? new PyDict(), key);
            else if (kwargs != null && kwargs.Count > 0) lookup = key => kwargs.Get(key) ?? Ops.GetItem(args[0], key);
            else lookup = key => Ops.GetItem(args[0], key);

            PyObject template = Ops.GetAttr(self, PyStr.Intern("template"));
            bool unicodeTemplate = template is PyUnicode;
            string text = unicodeTemplate ? ((PyUnicode)template).Value : template.ToString();
            PyObject delimiter = Ops.GetAttr(self, PyStr.Intern("delimiter"));
            Regex regex = PatternOf(self, delimiter);

            var pieces = new List<PyObject>();
            int last = 0;
            foreach (Match m in regex.Matches(text))
            {
                if (m.Index > last) pieces.Add(Text(text.Substring(last, m.Index - last), unicodeTemplate));
                last = m.Index + m.Length;
                Group named = m.Groups["named"], braced = m.Groups["braced"];
                Group key = named.Success ? named : braced.Success ? braced : null;
                if (key != null)
                {
                    PyObject keyObject = Text(key.Value, unicodeTemplate);
                    PyObject value;
                    if (safe)
                    {
                        try { value = lookup(keyObject); }
                        catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError))
                        {
                            pieces.Add(Text(m.Value, unicodeTemplate));
                            continue;
                        }
                    }
                    else value = lookup(keyObject);
                    // '%s' % (val,) rather than str(val), so a unicode value keeps its characters.
                    pieces.Add(PercentFormat.Format(PyStr.FromString("%s"), PyTuple.Create(value)));
                    continue;
                }
                if (m.Groups["escaped"].Success)
                {
                    pieces.Add(delimiter);
                    continue;
                }
                if (m.Groups["invalid"].Success)
                {
                    if (safe)
                    {
                        pieces.Add(Text(m.Value, unicodeTemplate));
                        continue;
                    }
                    throw Invalid(text, m.Groups["invalid"].Index, unicodeTemplate);
                }
                throw Ops.ValueError("Unrecognized named group in pattern");
            }
            if (last < text.Length) pieces.Add(Text(text.Substring(last), unicodeTemplate));
            PyObject empty = unicodeTemplate ? PyUnicode.Empty : PyStr.Empty;
            return Ops.GetAttr(empty, PyStr.Intern("join")).Call(PyList.FromArray(pieces.ToArray()));
        }

        static PyObject Text(string s, bool unicode) => unicode ? PyUnicode.FromString(s) : PyStr.FromString(s);

        static Regex PatternOf(PyObject self, PyObject delimiter)
        {
            PyObject custom = self.Type.Lookup("pattern");
            if (custom is PyStr ps) return TemplatePattern.FromPattern(ps.ToString());
            if (custom is PyUnicode pu) return TemplatePattern.FromPattern(pu.Value);
            PyObject idpattern = Ops.GetAttr(self, PyStr.Intern("idpattern"));
            string id = idpattern is PyUnicode iu ? iu.Value : idpattern.ToString();
            string d = delimiter is PyUnicode du ? du.Value : delimiter.ToString();
            return TemplatePattern.ForDelimiter(d, id);
        }

        /// <summary>Template._invalid: the line and column of a bad placeholder, via splitlines(True).</summary>
        static PythonException Invalid(string text, int i, bool unicode)
        {
            string before = text.Substring(0, i);
            var lines = unicode
                ? Strings.TextSplitting.SplitLines<char, Strings.UnicodeCharacters>(before, true)
                : Strings.TextSplitting.SplitLines<char, LatinLineBreaks>(before, true);
            int line = 1, column = 1;
            if (lines.Count > 0)
            {
                var lastLine = lines[lines.Count - 1];
                column = i - lastLine.Start;
                line = lines.Count;
            }
            return Ops.ValueError($"Invalid placeholder in string: line {line}, col {column}");
        }

        /// <summary>str.splitlines' line breaks (\n, \r) over a str held as Latin-1 chars.</summary>
        readonly struct LatinLineBreaks : Strings.ICharacterSet<char>
        {
            public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');
            public static bool IsLineBreak(char c) => c == '\n' || c == '\r';
            public static char FromAscii(char c) => c;
            public static bool IsAsciiDigitOrSign(char c, out char ascii) { ascii = c; return true; }
        }
    }
}
