using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The textwrap module (Python 2.7): TextWrapper, wrap, fill, dedent. TextWrapper is built as an
    /// ordinary Python class whose methods reach each other (and the regexes, which programs commonly
    /// monkey-patch) through attribute lookup on self, so subclass overrides take effect as in CPython.
    /// </summary>
    [PythonModule("textwrap")]
    public static class textwrap
    {
        private const string WhitespaceChars = "\t\n\x0b\x0c\r ";

        public static readonly PyStr _whitespace = PyStr.FromString(WhitespaceChars);

        public static readonly PyList __all__ = PyList.FromArray(new PyObject[]
        {
            PyStr.FromString("TextWrapper"), PyStr.FromString("wrap"), PyStr.FromString("fill"), PyStr.FromString("dedent"),
        });

        // The exact patterns of CPython 2.7's textwrap, so the chunking is byte-identical.
        private const string WordSepPattern =
            "(\\s+|" +
            "[^\\s\\w]*\\w+[^0-9\\W]-(?=\\w+[^0-9\\W])|" +
            "(?<=[\\w\\!\\\"\\'\\&\\.\\,\\?])-{2,}(?=\\w))";
        private const string WordSepSimplePattern = "(\\s+)";
        private const string SentenceEndPattern = "[abcdefghijklmnopqrstuvwxyz][\\.\\!\\?][\\\"\\']?\\Z";

        private static PyObject S(string s) => PyStr.FromString(s);
        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        private static bool Flag(PyObject self, string name) => Ops.IsTrue(Attr(self, name));

        private static PyObject WhitespaceTrans()
        {
            var table = new char[256];
            for (int i = 0; i < 256; i++) table[i] = (char)i;
            foreach (char c in WhitespaceChars) table[c] = ' ';
            return PyStr.FromString(new string(table));
        }

        private static PyObject UnicodeWhitespaceTrans()
        {
            var d = new PyDict();
            foreach (char c in WhitespaceChars) Ops.SetItem(d, PyInt.From((int)c), PyInt.From((int)' '));
            return d;
        }

        public static readonly PyType TextWrapper = new PythonClassBuilder("textwrap", "TextWrapper")
            .Attribute("__doc__", S(
                "\n    Object for wrapping/filling text.  The public interface consists of\n" +
                "    the wrap() and fill() methods; the other methods are just there for\n" +
                "    subclasses to override in order to tweak the default behaviour.\n" +
                "    If you want to completely replace the main wrapping algorithm,\n" +
                "    you'll probably have to override _wrap_chunks().\n    "))
            .Attribute("whitespace_trans", WhitespaceTrans())
            .Attribute("unicode_whitespace_trans", UnicodeWhitespaceTrans())
            .Attribute("uspace", PyInt.From(32))
            .Attribute("x", PyInt.From(32))
            .Attribute("wordsep_re", re.compile(S(WordSepPattern)))
            .Attribute("wordsep_simple_re", re.compile(S(WordSepSimplePattern)))
            .Attribute("sentence_end_re", re.compile(S(SentenceEndPattern)))
            .Method("__init__",
                new[] { "self", "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                        "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens" },
                a =>
                {
                    string[] names = { "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                                       "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens" };
                    for (int i = 0; i < names.Length; i++) Ops.SetAttr(a[0], PyStr.Intern(names[i]), a[i + 1]);
                    // Unicode-mode copies, recompiled from the (possibly monkey-patched) class patterns.
                    Ops.SetAttr(a[0], PyStr.Intern("wordsep_re_uni"),
                        re.compile(Attr(Attr(a[0], "wordsep_re"), "pattern"), re.U));
                    Ops.SetAttr(a[0], PyStr.Intern("wordsep_simple_re_uni"),
                        re.compile(Attr(Attr(a[0], "wordsep_simple_re"), "pattern"), re.U));
                    return PyNone.None;
                },
                defaults: new PyObject[] { PyInt.From(70), S(""), S(""), PyBool.True, PyBool.True, PyBool.False, PyBool.True, PyBool.True, PyBool.True })
            .Method("_munge_whitespace", new[] { "self", "text" }, a => MungeWhitespace(a[0], a[1]))
            .Method("_split", new[] { "self", "text" }, a => Split(a[0], a[1]))
            .Method("_fix_sentence_endings", new[] { "self", "chunks" }, a => FixSentenceEndings(a[0], a[1]))
            .Method("_handle_long_word", new[] { "self", "reversed_chunks", "cur_line", "cur_len", "width" },
                a => HandleLongWord(a[0], a[1], a[2], a[3], a[4]))
            .Method("_wrap_chunks", new[] { "self", "chunks" }, a => WrapChunks(a[0], a[1]))
            .Method("wrap", new[] { "self", "text" }, a =>
            {
                PyObject text = Ops.CallMethod(a[0], "_munge_whitespace", a[1]);
                PyObject chunks = Ops.CallMethod(a[0], "_split", text);
                if (Flag(a[0], "fix_sentence_endings")) Ops.CallMethod(a[0], "_fix_sentence_endings", chunks);
                return Ops.CallMethod(a[0], "_wrap_chunks", chunks);
            })
            .Method("fill", new[] { "self", "text" }, a =>
                Ops.CallMethod(S("\n"), "join", Ops.CallMethod(a[0], "wrap", a[1])))
            .Build();

        private static PyObject MungeWhitespace(PyObject self, PyObject text)
        {
            if (Flag(self, "expand_tabs")) text = Ops.CallMethod(text, "expandtabs");
            if (Flag(self, "replace_whitespace"))
            {
                if (text is PyStr) text = Ops.CallMethod(text, "translate", Attr(self, "whitespace_trans"));
                else if (text is PyUnicode) text = Ops.CallMethod(text, "translate", Attr(self, "unicode_whitespace_trans"));
            }
            return text;
        }

        private static PyObject Split(PyObject self, PyObject text)
        {
            bool hyphens = Flag(self, "break_on_hyphens");
            PyObject pat = text is PyUnicode
                ? Attr(self, hyphens ? "wordsep_re_uni" : "wordsep_simple_re_uni")
                : Attr(self, hyphens ? "wordsep_re" : "wordsep_simple_re");
            var chunks = new PyList();
            foreach (var c in Ops.Enumerate(Ops.CallMethod(pat, "split", text)))
                if (Ops.IsTrue(c)) chunks.Append(c);
            return chunks;
        }

        private static PyObject FixSentenceEndings(PyObject self, PyObject chunks)
        {
            PyObject search = Attr(Attr(self, "sentence_end_re"), "search");
            PyObject space = S(" ");
            int i = 0;
            while (i < Ops.Len(chunks) - 1)
            {
                if (Ops.Eq(Ops.GetItem(chunks, PyInt.From(i + 1)), space)
                    && Ops.IsTrue(Ops.Call(search, Ops.GetItem(chunks, PyInt.From(i)))))
                {
                    Ops.SetItem(chunks, PyInt.From(i + 1), S("  "));
                    i += 2;
                }
                else i += 1;
            }
            return PyNone.None;
        }

        private static PyObject HandleLongWord(PyObject self, PyObject reversedChunks, PyObject curLine, PyObject curLen, PyObject width)
        {
            // At least one character is taken on every pass, even when the indent leaves no room.
            PyObject spaceLeft = Ops.IsTrue(Ops.CompareObject(width, PyInt.From(1), CompareOperator.Less))
                ? PyInt.From(1) : Ops.Subtract(width, curLen);
            PyObject last = PyInt.From(-1);
            if (Flag(self, "break_long_words"))
            {
                PyObject word = Ops.GetItem(reversedChunks, last);
                Ops.CallMethod(curLine, "append", Ops.GetSlice(word, null, spaceLeft));
                Ops.SetItem(reversedChunks, last, Ops.GetSlice(word, spaceLeft, null));
            }
            else if (!Ops.IsTrue(curLine))
            {
                Ops.CallMethod(curLine, "append", Ops.CallMethod(reversedChunks, "pop"));
            }
            return PyNone.None;
        }

        private static bool IsBlank(PyObject chunk) => Ops.Eq(Ops.CallMethod(chunk, "strip"), S(""));

        private static PyObject WrapChunks(PyObject self, PyObject chunks)
        {
            var lines = new PyList();
            PyObject selfWidth = Attr(self, "width");
            if (Ops.IsTrue(Ops.CompareObject(selfWidth, PyInt.From(0), CompareOperator.LessEqual)))
                throw Ops.MakeRaise(Ops.Call(PyExceptionTypes.ValueError,
                    Ops.Modulo(S("invalid width %r (must be > 0)"), selfWidth)));
            PyObject last = PyInt.From(-1);
            bool drop = Flag(self, "drop_whitespace");
            Ops.CallMethod(chunks, "reverse");
            while (Ops.IsTrue(chunks))
            {
                var curLine = new PyList();
                PyObject curLen = PyInt.From(0);
                PyObject indent = Attr(self, lines.Count > 0 ? "subsequent_indent" : "initial_indent");
                PyObject width = Ops.Subtract(selfWidth, PyInt.From(Ops.Len(indent)));
                if (drop && lines.Count > 0 && IsBlank(Ops.GetItem(chunks, last)))
                    Ops.DelItem(chunks, last);
                while (Ops.IsTrue(chunks))
                {
                    PyObject l = PyInt.From(Ops.Len(Ops.GetItem(chunks, last)));
                    if (Ops.IsTrue(Ops.CompareObject(Ops.Add(curLen, l), width, CompareOperator.LessEqual)))
                    {
                        curLine.Append(Ops.CallMethod(chunks, "pop"));
                        curLen = Ops.Add(curLen, l);
                    }
                    else break;
                }
                if (Ops.IsTrue(chunks) && Ops.IsTrue(Ops.CompareObject(
                        PyInt.From(Ops.Len(Ops.GetItem(chunks, last))), width, CompareOperator.Greater)))
                    Ops.CallMethod(self, "_handle_long_word", new PyObject[] { chunks, curLine, curLen, width });
                if (drop && curLine.Count > 0 && IsBlank(curLine[curLine.Count - 1]))
                    curLine.RemoveAt(curLine.Count - 1);
                if (curLine.Count > 0)
                    lines.Append(Ops.Add(indent, Ops.CallMethod(S(""), "join", curLine)));
            }
            return lines;
        }

        public static readonly PyObject wrap = PyFunction.WithBoundArguments(
            new FunctionSignature("wrap", new[] { "text", "width" }, null, "kwargs"),
            a => Ops.CallMethod(MakeWrapper(a[1], a[2]), "wrap", a[0]),
            new PyObject[] { PyInt.From(70) });

        public static readonly PyObject fill = PyFunction.WithBoundArguments(
            new FunctionSignature("fill", new[] { "text", "width" }, null, "kwargs"),
            a => Ops.CallMethod(MakeWrapper(a[1], a[2]), "fill", a[0]),
            new PyObject[] { PyInt.From(70) });

        private static PyObject MakeWrapper(PyObject width, PyObject kwargs)
        {
            var args = new List<PyObject> { width };
            var names = new List<PyStr> { PyStr.Intern("width") };
            foreach (var item in Ops.Enumerate(Ops.CallMethod(kwargs, "items")))
            {
                names.Add((PyStr)Ops.GetItem(item, PyInt.From(0)));
                args.Add(Ops.GetItem(item, PyInt.From(1)));
            }
            return Ops.Call(TextWrapper, args.ToArray(), names.ToArray());
        }

        private static readonly PyObject WhitespaceOnlyRe = re.compile(S("^[ \t]+$"), re.MULTILINE);
        private static readonly PyObject LeadingWhitespaceRe = re.compile(S("(^[ \t]*)(?:[^ \t\n])"), re.MULTILINE);

        /// <summary>Removes the longest whitespace prefix common to every non-blank line.</summary>
        public static PyObject dedent(PyObject text)
        {
            PyObject margin = null;
            text = Ops.CallMethod(WhitespaceOnlyRe, "sub", S(""), text);
            foreach (var indent in Ops.Enumerate(Ops.CallMethod(LeadingWhitespaceRe, "findall", text)))
            {
                if (margin == null) margin = indent;
                else if (Ops.IsTrue(Ops.CallMethod(indent, "startswith", margin))) { }
                else if (Ops.IsTrue(Ops.CallMethod(margin, "startswith", indent))) margin = indent;
                else
                {
                    int n = System.Math.Min(Ops.Len(margin), Ops.Len(indent));
                    int i = 0;
                    while (i < n && Ops.Eq(Ops.GetItem(margin, PyInt.From(i)), Ops.GetItem(indent, PyInt.From(i)))) i++;
                    margin = Ops.GetSlice(margin, null, PyInt.From(i));
                }
            }
            if (margin != null && Ops.IsTrue(margin))
                text = re.sub(Ops.Add(S("(?m)^"), margin), S(""), text);
            return text;
        }
    }
}
