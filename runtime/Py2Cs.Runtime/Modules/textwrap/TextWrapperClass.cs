using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.textwrap
{
    /// <summary>
    /// textwrap.TextWrapper as textwrap.py defines it: a classic class whose wrap() calls
    /// self._munge_whitespace, self._split, self._fix_sentence_endings and self._wrap_chunks through
    /// attribute look-up (so subclasses can override each step). The splitting regular expressions are
    /// textwrap.py's, compiled by the runtime's re module.
    /// </summary>
    internal static class TextWrapperClass
    {
        const string Whitespace = "\t\n\x0b\x0c\r ";

        static PyObject Re => Importer.ImportModule("re");
        static PyObject Compile(string pattern, int flags = 0) => Ops.CallMethod(Re, "compile", PyStr.FromString(pattern), PyInt.From(flags));
        const int UNICODE = 32, MULTILINE = 8;

        const string WordSep = @"(\s+|[^\s\w]*\w+[^0-9\W]-(?=\w+[^0-9\W])|(?<=[\w\!\""\'\&\.\,\?])-{2,}(?=\w))";
        const string WordSepSimple = @"(\s+)";
        static readonly string SentenceEnd = "[abcdefghijklmnopqrstuvwxyz]" + @"[\.\!\?]" + @"[\""\']?" + @"\Z";

        static readonly PyStr[] Options =
        {
            PyStr.Intern("width"), PyStr.Intern("initial_indent"), PyStr.Intern("subsequent_indent"), PyStr.Intern("expand_tabs"),
            PyStr.Intern("replace_whitespace"), PyStr.Intern("fix_sentence_endings"), PyStr.Intern("break_long_words"),
            PyStr.Intern("drop_whitespace"), PyStr.Intern("break_on_hyphens"),
        };

        public static readonly PyType TypeObject = Build();

        static PyObject Get(PyObject self, string name) => Ops.GetAttr(self, name);
        static bool Flag(PyObject self, string name) => Ops.IsTrue(Ops.GetAttr(self, name));

        static PyType Build()
        {
            var wordsep = Compile(WordSep);
            var simple = Compile(WordSepSimple);
            var b = new PythonClassBuilder("textwrap", "TextWrapper");
            b.Attribute("__doc__", PyStr.FromString("\n    Object for wrapping/filling text.  The public interface consists of\n    the wrap() and fill() methods; the other methods are just there for\n    subclasses to override in order to tweak the default behaviour.\n    If you want to completely replace the main wrapping algorithm,\n    you'll probably have to override _wrap_chunks().\n    "));
            b.Attribute("whitespace_trans", Ops.CallMethod(Importer.ImportModule("string"), "maketrans", PyStr.FromString(Whitespace), PyStr.FromString(new string(' ', Whitespace.Length))));
            var unicodeTrans = new PyDict();
            foreach (char c in Whitespace) unicodeTrans.SetItem(PyInt.From(c), PyInt.From(' '));
            b.Attribute("unicode_whitespace_trans", unicodeTrans);
            b.Attribute("uspace", PyInt.From(' '));
            b.Attribute("x", PyInt.From(' '));
            b.Attribute("wordsep_re", wordsep);
            b.Attribute("wordsep_simple_re", simple);
            b.Attribute("sentence_end_re", Compile(SentenceEnd));
            b.Method("__init__", new[] { "self", "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens" }, a =>
            {
                for (int i = 0; i < Options.Length; i++) Ops.SetAttr(a[0], Options[i], a[i + 1]);
                Ops.SetAttr(a[0], "wordsep_re_uni", Compile(WordSep, UNICODE));
                Ops.SetAttr(a[0], "wordsep_simple_re_uni", Compile(WordSepSimple, UNICODE));
                return PyNone.None;
            }, defaults: new PyObject[] { PyInt.From(70), PyStr.FromString(""), PyStr.FromString(""), PyBool.True, PyBool.True, PyBool.False, PyBool.True, PyBool.True, PyBool.True });
            b.Method("_munge_whitespace", new[] { "self", "text" }, a =>
            {
                var text = a[1];
                if (Flag(a[0], "expand_tabs")) text = Ops.CallMethod(text, "expandtabs");
                if (Flag(a[0], "replace_whitespace"))
                {
                    if (text is PyStr) text = Ops.CallMethod(text, "translate", Get(a[0], "whitespace_trans"));
                    else if (text is PyUnicode) text = Ops.CallMethod(text, "translate", Get(a[0], "unicode_whitespace_trans"));
                }
                return text;
            });
            b.Method("_split", new[] { "self", "text" }, a =>
            {
                bool hyphens = Flag(a[0], "break_on_hyphens");
                var pat = a[1] is PyUnicode
                    ? Get(a[0], hyphens ? "wordsep_re_uni" : "wordsep_simple_re_uni")
                    : Get(a[0], hyphens ? "wordsep_re" : "wordsep_simple_re");
                var chunks = Ops.CallMethod(pat, "split", a[1]);
                var r = new PyList();
                var it = Ops.Iter(chunks);
                for (var c = it.Next(); c != null; c = it.Next()) if (Ops.IsTrue(c)) r.Append(c);
                return r;
            });
            b.Method("_fix_sentence_endings", new[] { "self", "chunks" }, a =>
            {
                var chunks = a[1];
                var search = Ops.GetAttr(Get(a[0], "sentence_end_re"), "search");
                var space = PyStr.FromString(" ");
                int i = 0;
                while (i < Ops.Len(chunks) - 1)
                {
                    if (Ops.Eq(Ops.GetItem(chunks, PyInt.From(i + 1)), space) && Ops.IsTrue(Ops.Call(search, Ops.GetItem(chunks, PyInt.From(i)))))
                    {
                        Ops.SetItem(chunks, PyInt.From(i + 1), PyStr.FromString("  "));
                        i += 2;
                    }
                    else i += 1;
                }
                return PyNone.None;
            });
            b.Method("_handle_long_word", new[] { "self", "reversed_chunks", "cur_line", "cur_len", "width" }, a =>
            {
                PyObject chunks = a[1], curLine = a[2];
                PyObject spaceLeft = Ops.Less(a[4], PyInt.One) ? PyInt.One : Ops.Subtract(a[4], a[3]);
                var last = PyInt.From(-1);
                if (Flag(a[0], "break_long_words"))
                {
                    var word = Ops.GetItem(chunks, last);
                    Ops.CallMethod(curLine, "append", Ops.GetSlice(word, null, spaceLeft));
                    Ops.SetItem(chunks, last, Ops.GetSlice(word, spaceLeft, null));
                }
                else if (!Ops.IsTrue(curLine))
                    Ops.CallMethod(curLine, "append", Ops.CallMethod(chunks, "pop"));
                return PyNone.None;
            });
            b.Method("_wrap_chunks", new[] { "self", "chunks" }, a => WrapChunks(a[0], a[1]));
            b.Method("wrap", new[] { "self", "text" }, a =>
            {
                var text = Ops.CallMethod(a[0], "_munge_whitespace", a[1]);
                var chunks = Ops.CallMethod(a[0], "_split", text);
                if (Flag(a[0], "fix_sentence_endings")) Ops.CallMethod(a[0], "_fix_sentence_endings", chunks);
                return Ops.CallMethod(a[0], "_wrap_chunks", chunks);
            });
            b.Method("fill", new[] { "self", "text" }, a => Ops.CallMethod(PyStr.FromString("\n"), "join", Ops.CallMethod(a[0], "wrap", a[1])));
            return b.Build();
        }

        static bool IsBlank(PyObject chunk) => Ops.Eq(Ops.CallMethod(chunk, "strip"), PyStr.FromString(""));

        static PyObject WrapChunks(PyObject self, PyObject chunks)
        {
            var lines = new PyList();
            var widthObj = Get(self, "width");
            if (Ops.LessEqual(widthObj, PyInt.Zero))
                throw Ops.ValueError($"invalid width {Ops.Repr(widthObj)} (must be > 0)");
            Ops.CallMethod(chunks, "reverse");
            var last = PyInt.From(-1);
            bool drop = Flag(self, "drop_whitespace");
            while (Ops.IsTrue(chunks))
            {
                var curLine = new PyList();
                PyObject curLen = PyInt.Zero;
                var indent = lines.Count > 0 ? Get(self, "subsequent_indent") : Get(self, "initial_indent");
                var width = Ops.Subtract(Get(self, "width"), PyInt.From(Ops.Len(indent)));
                if (drop && IsBlank(Ops.GetItem(chunks, last)) && lines.Count > 0) Ops.DelItem(chunks, last);
                while (Ops.IsTrue(chunks))
                {
                    var l = PyInt.From(Ops.Len(Ops.GetItem(chunks, last)));
                    if (Ops.LessEqual(Ops.Add(curLen, l), width))
                    {
                        curLine.Append(Ops.CallMethod(chunks, "pop"));
                        curLen = Ops.Add(curLen, l);
                    }
                    else break;
                }
                if (Ops.IsTrue(chunks) && Ops.Greater(PyInt.From(Ops.Len(Ops.GetItem(chunks, last))), width))
                    Ops.CallMethod(self, "_handle_long_word", chunks, curLine, curLen, width);
                if (drop && curLine.Count > 0 && IsBlank(curLine[curLine.Count - 1])) curLine.DeleteItem(last);
                if (curLine.Count > 0)
                    lines.Append(Ops.Add(indent, Ops.CallMethod(PyStr.FromString(""), "join", curLine)));
            }
            return lines;
        }

        // ---- dedent ------------------------------------------------------------------------------

        static readonly Lazy<PyObject> WhitespaceOnly = new(() => Compile("^[ \t]+$", MULTILINE));
        static readonly Lazy<PyObject> LeadingWhitespace = new(() => Compile("(^[ \t]*)(?:[^ \t\n])", MULTILINE));

        public static PyObject WhitespaceOnlyRe => WhitespaceOnly.Value;
        public static PyObject LeadingWhitespaceRe => LeadingWhitespace.Value;

        public static PyObject Dedent(PyObject text)
        {
            PyObject margin = null;
            text = Ops.CallMethod(WhitespaceOnly.Value, "sub", PyStr.FromString(""), text);
            var indents = Ops.Iter(Ops.CallMethod(LeadingWhitespace.Value, "findall", text));
            for (var indent = indents.Next(); indent != null; indent = indents.Next())
            {
                if (margin == null) margin = indent;
                else if (Ops.IsTrue(Ops.CallMethod(indent, "startswith", margin))) { }
                else if (Ops.IsTrue(Ops.CallMethod(margin, "startswith", indent))) margin = indent;
                else
                {
                    int m = Ops.Len(margin), n = Ops.Len(indent), common = Math.Min(m, n), i = 0;
                    for (; i < common; i++)
                        if (!Ops.Eq(Ops.GetItem(margin, PyInt.From(i)), Ops.GetItem(indent, PyInt.From(i)))) break;
                    margin = Ops.GetSlice(margin, null, PyInt.From(i));
                }
            }
            if (margin != null && Ops.IsTrue(margin))
                text = Ops.CallMethod(Re, "sub", Ops.Add(PyStr.FromString("(?m)^"), margin), PyStr.FromString(""), text);
            return text;
        }
    }
}
