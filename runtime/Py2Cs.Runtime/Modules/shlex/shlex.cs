using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The shlex module (Python 2.7): the shlex lexer class and split. The class is an ordinary Python
    /// class; get_token, read_token, sourcehook, push_source and pop_source reach each other and every
    /// setting (whitespace, wordchars, quotes, escape, commenters, ...) through attribute lookup on self,
    /// so programs may change the settings between tokens or override the methods in subclasses.
    /// </summary>
    [PythonModule("shlex")]
    public static class shlex
    {
        public static readonly PyList __all__ = PyList.FromArray(new PyObject[] { PyStr.FromString("shlex"), PyStr.FromString("split") });

        private static PyObject S(string s) => PyStr.FromString(s);
        private static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        private static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);
        private static bool True(PyObject o) => Ops.IsTrue(o);
        private static bool In(PyObject item, PyObject container) => Ops.Contains(container, item);
        private static PyObject Module(string name) => Importer.ImportModule(name);

        // The debug trace: `print a, b, ...` to sys.stdout, as shlex.py's print statements.
        private static void Trace(params PyObject[] items)
        {
            foreach (var item in items) Builtins.PrintItem(null, item);
            Builtins.PrintNewline(null);
        }

        private static bool DebugAtLeast(PyObject self, int level) => Ops.GreaterEqual(Get(self, "debug"), PyInt.From(level));

        private static PyObject AsStream(PyObject stream)
        {
            if (stream is PyStr || stream is PyUnicode)
                return Ops.Call(Get(Module("cStringIO"), "StringIO"), stream);
            return stream;
        }

        private static readonly string PosixExtraWordChars = BuildLatin1WordChars();

        private static string BuildLatin1WordChars()
        {
            // 2.7 appends these Latin-1 letters in posix mode: ß à..ö ø..ÿ, then À..Ö Ø..Þ.
            var sb = new System.Text.StringBuilder();
            sb.Append('\u00df');
            for (int c = 0xe0; c <= 0xff; c++) if (c != 0xf7) sb.Append((char)c);
            for (int c = 0xc0; c <= 0xde; c++) if (c != 0xd7) sb.Append((char)c);
            return sb.ToString();
        }

        private static PyType MakeClass() => new PythonClassBuilder("shlex", "shlex")
            .Attribute("__doc__", S("A lexical analyzer class for simple shell-like syntaxes."))
            .Method("__init__", new[] { "self", "instream", "infile", "posix" }, a =>
            {
                PyObject self = a[0], instream = AsStream(a[1]);
                if (!(instream is PyNone))
                {
                    Set(self, "instream", instream);
                    Set(self, "infile", a[2]);
                }
                else
                {
                    Set(self, "instream", Get(Module("sys"), "stdin"));
                    Set(self, "infile", PyNone.None);
                }
                Set(self, "posix", a[3]);
                bool posix = True(a[3]);
                Set(self, "eof", posix ? PyNone.None : S(""));
                Set(self, "commenters", S("#"));
                string wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
                if (posix) wordchars += PosixExtraWordChars;
                Set(self, "wordchars", S(wordchars));
                Set(self, "whitespace", S(" \t\r\n"));
                Set(self, "whitespace_split", PyBool.False);
                Set(self, "quotes", S("'\""));
                Set(self, "escape", S("\\"));
                Set(self, "escapedquotes", S("\""));
                Set(self, "state", S(" "));
                Set(self, "pushback", Ops.Call(Get(Module("collections"), "deque")));
                Set(self, "lineno", PyInt.From(1));
                Set(self, "debug", PyInt.From(0));
                Set(self, "token", S(""));
                Set(self, "filestack", Ops.Call(Get(Module("collections"), "deque")));
                Set(self, "source", PyNone.None);
                if (True(Get(self, "debug")))
                    Trace(Ops.Modulo(S("shlex: reading from %s, line %d"), PyTuple.Create(Get(self, "instream"), Get(self, "lineno"))));
                return PyNone.None;
            }, defaults: new PyObject[] { PyNone.None, PyNone.None, PyBool.False })
            .Method("push_token", new[] { "self", "tok" }, a =>
            {
                if (DebugAtLeast(a[0], 1)) Trace(Ops.Add(S("shlex: pushing token "), Ops.Repr(a[1])));
                Ops.CallMethod(Get(a[0], "pushback"), "appendleft", a[1]);
                return PyNone.None;
            })
            .Method("push_source", new[] { "self", "newstream", "newfile" }, a =>
            {
                PyObject self = a[0];
                PyObject stream = AsStream(a[1]);
                Ops.CallMethod(Get(self, "filestack"), "appendleft",
                    PyTuple.Create(Get(self, "infile"), Get(self, "instream"), Get(self, "lineno")));
                Set(self, "infile", a[2]);
                Set(self, "instream", stream);
                Set(self, "lineno", PyInt.From(1));
                if (True(Get(self, "debug")))
                {
                    if (!(a[2] is PyNone)) Trace(Ops.Modulo(S("shlex: pushing to file %s"), PyTuple.Create(Get(self, "infile"))));
                    else Trace(Ops.Modulo(S("shlex: pushing to stream %s"), PyTuple.Create(Get(self, "instream"))));
                }
                return PyNone.None;
            }, defaults: new PyObject[] { PyNone.None })
            .Method("pop_source", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Ops.CallMethod(Get(self, "instream"), "close");
                PyObject top = Ops.CallMethod(Get(self, "filestack"), "popleft");
                Set(self, "infile", Ops.GetItem(top, PyInt.From(0)));
                Set(self, "instream", Ops.GetItem(top, PyInt.From(1)));
                Set(self, "lineno", Ops.GetItem(top, PyInt.From(2)));
                if (True(Get(self, "debug")))
                    Trace(Ops.Modulo(S("shlex: popping to %s, line %d"), PyTuple.Create(Get(self, "instream"), Get(self, "lineno"))));
                Set(self, "state", S(" "));
                return PyNone.None;
            })
            .Method("get_token", new[] { "self" }, a => GetToken(a[0]))
            .Method("read_token", new[] { "self" }, a => ReadToken(a[0]))
            .Method("sourcehook", new[] { "self", "newfile" }, a =>
            {
                PyObject newfile = a[1];
                if (Ops.Eq(Ops.GetItem(newfile, PyInt.From(0)), S("\"")))
                    newfile = Ops.GetSlice(newfile, PyInt.From(1), PyInt.From(-1));
                PyObject infile = Get(a[0], "infile");
                PyObject path = Get(Module("os"), "path");
                // cpp-like semantics: a relative include is taken relative to the including file.
                if ((infile is PyStr || infile is PyUnicode) && !True(Ops.CallMethod(path, "isabs", newfile)))
                    newfile = Ops.CallMethod(path, "join", Ops.CallMethod(path, "dirname", infile), newfile);
                PyObject open = Get(Module("__builtin__"), "open");
                return PyTuple.Create(newfile, Ops.Call(open, newfile, S("r")));
            })
            .Method("error_leader", new[] { "self", "infile", "lineno" }, a =>
            {
                PyObject infile = a[1] is PyNone ? Get(a[0], "infile") : a[1];
                PyObject lineno = a[2] is PyNone ? Get(a[0], "lineno") : a[2];
                return Ops.Modulo(S("\"%s\", line %d: "), PyTuple.Create(infile, lineno));
            }, defaults: new PyObject[] { PyNone.None, PyNone.None })
            .Method("__iter__", new[] { "self" }, a => a[0])
            .Method("next", new[] { "self" }, a =>
            {
                PyObject token = Ops.CallMethod(a[0], "get_token");
                if (Ops.Eq(token, Get(a[0], "eof")))
                    throw Ops.MakeRaise(PyExceptionTypes.StopIteration);
                return token;
            })
            .Build();

        // The class is published under the module's own name, as in CPython (shlex.shlex).
        [PythonName("shlex")]
        public static readonly PyType shlex_ = MakeClass();

        private static PyObject GetToken(PyObject self)
        {
            PyObject pushback = Get(self, "pushback");
            if (True(pushback))
            {
                PyObject tok = Ops.CallMethod(pushback, "popleft");
                if (DebugAtLeast(self, 1)) Trace(Ops.Add(S("shlex: popping token "), Ops.Repr(tok)));
                return tok;
            }
            PyObject raw = Ops.CallMethod(self, "read_token");
            // Inclusions: a token equal to self.source names a file to read next.
            if (!(Get(self, "source") is PyNone))
            {
                while (Ops.Eq(raw, Get(self, "source")))
                {
                    PyObject spec = Ops.CallMethod(self, "sourcehook", Ops.CallMethod(self, "read_token"));
                    if (True(spec))
                    {
                        Ops.CallMethod(self, "push_source", Ops.GetItem(spec, PyInt.From(1)), Ops.GetItem(spec, PyInt.From(0)));
                    }
                    raw = Ops.CallMethod(self, "get_token");
                }
            }
            while (Ops.Eq(raw, Get(self, "eof")))
            {
                if (!True(Get(self, "filestack"))) return Get(self, "eof");
                Ops.CallMethod(self, "pop_source");
                raw = Ops.CallMethod(self, "get_token");
            }
            if (DebugAtLeast(self, 1))
            {
                if (!Ops.Eq(raw, Get(self, "eof"))) Trace(Ops.Add(S("shlex: token="), Ops.Repr(raw)));
                else Trace(S("shlex: token=EOF"));
            }
            return raw;
        }

        private static PyObject ReadToken(PyObject self)
        {
            bool quoted = false;
            PyObject escapedstate = S(" ");
            PyObject space = S(" "), a = S("a"), empty = S(""), newline = S("\n");
            while (true)
            {
                PyObject nextchar = Ops.CallMethod(Get(self, "instream"), "read", PyInt.From(1));
                if (Ops.Eq(nextchar, newline)) Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.From(1)));
                if (DebugAtLeast(self, 3))
                    Trace(S("shlex: in state"), Ops.Repr(Get(self, "state")), S("I see character:"), Ops.Repr(nextchar));
                PyObject state = Get(self, "state");
                bool posix = True(Get(self, "posix"));
                if (state is PyNone)
                {
                    Set(self, "token", empty); // past end of file
                    break;
                }
                else if (Ops.Eq(state, space))
                {
                    if (!True(nextchar)) { Set(self, "state", PyNone.None); break; }
                    else if (In(nextchar, Get(self, "whitespace")))
                    {
                        if (DebugAtLeast(self, 2)) Trace(S("shlex: I see whitespace in whitespace state"));
                        if (True(Get(self, "token")) || (posix && quoted)) break;
                        continue;
                    }
                    else if (In(nextchar, Get(self, "commenters")))
                    {
                        Ops.CallMethod(Get(self, "instream"), "readline");
                        Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.From(1)));
                    }
                    else if (posix && In(nextchar, Get(self, "escape")))
                    {
                        escapedstate = a;
                        Set(self, "state", nextchar);
                    }
                    else if (In(nextchar, Get(self, "wordchars")))
                    {
                        Set(self, "token", nextchar);
                        Set(self, "state", a);
                    }
                    else if (In(nextchar, Get(self, "quotes")))
                    {
                        if (!posix) Set(self, "token", nextchar);
                        Set(self, "state", nextchar);
                    }
                    else if (True(Get(self, "whitespace_split")))
                    {
                        Set(self, "token", nextchar);
                        Set(self, "state", a);
                    }
                    else
                    {
                        Set(self, "token", nextchar);
                        if (True(Get(self, "token")) || (posix && quoted)) break;
                        continue;
                    }
                }
                else if (In(state, Get(self, "quotes")))
                {
                    quoted = true;
                    if (!True(nextchar))
                    {
                        if (DebugAtLeast(self, 2)) Trace(S("shlex: I see EOF in quotes state"));
                        throw Ops.MakeRaise(Ops.Call(PyExceptionTypes.ValueError, S("No closing quotation")));
                    }
                    if (Ops.Eq(nextchar, state))
                    {
                        if (!posix)
                        {
                            Set(self, "token", Ops.Add(Get(self, "token"), nextchar));
                            Set(self, "state", space);
                            break;
                        }
                        Set(self, "state", a);
                    }
                    else if (posix && In(nextchar, Get(self, "escape")) && In(state, Get(self, "escapedquotes")))
                    {
                        escapedstate = state;
                        Set(self, "state", nextchar);
                    }
                    else Set(self, "token", Ops.Add(Get(self, "token"), nextchar));
                }
                else if (In(state, Get(self, "escape")))
                {
                    if (!True(nextchar))
                    {
                        if (DebugAtLeast(self, 2)) Trace(S("shlex: I see EOF in escape state"));
                        throw Ops.MakeRaise(Ops.Call(PyExceptionTypes.ValueError, S("No escaped character")));
                    }
                    // In posix shells only the quote itself or the escape character may be escaped within quotes.
                    if (In(escapedstate, Get(self, "quotes")) && !Ops.Eq(nextchar, state) && !Ops.Eq(nextchar, escapedstate))
                        Set(self, "token", Ops.Add(Get(self, "token"), state));
                    Set(self, "token", Ops.Add(Get(self, "token"), nextchar));
                    Set(self, "state", escapedstate);
                }
                else if (Ops.Eq(state, a))
                {
                    if (!True(nextchar)) { Set(self, "state", PyNone.None); break; }
                    else if (In(nextchar, Get(self, "whitespace")))
                    {
                        if (DebugAtLeast(self, 2)) Trace(S("shlex: I see whitespace in word state"));
                        Set(self, "state", space);
                        if (True(Get(self, "token")) || (posix && quoted)) break;
                        continue;
                    }
                    else if (In(nextchar, Get(self, "commenters")))
                    {
                        Ops.CallMethod(Get(self, "instream"), "readline");
                        Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.From(1)));
                        if (posix)
                        {
                            Set(self, "state", space);
                            if (True(Get(self, "token")) || quoted) break;
                            continue;
                        }
                    }
                    else if (posix && In(nextchar, Get(self, "quotes")))
                    {
                        Set(self, "state", nextchar);
                    }
                    else if (posix && In(nextchar, Get(self, "escape")))
                    {
                        escapedstate = a;
                        Set(self, "state", nextchar);
                    }
                    else if (In(nextchar, Get(self, "wordchars")) || In(nextchar, Get(self, "quotes")) || True(Get(self, "whitespace_split")))
                    {
                        Set(self, "token", Ops.Add(Get(self, "token"), nextchar));
                    }
                    else
                    {
                        Ops.CallMethod(Get(self, "pushback"), "appendleft", nextchar);
                        if (DebugAtLeast(self, 2)) Trace(S("shlex: I see punctuation in word state"));
                        Set(self, "state", space);
                        if (True(Get(self, "token")) || (posix && quoted)) break;
                        continue;
                    }
                }
            }
            PyObject result = Get(self, "token");
            Set(self, "token", empty);
            if (True(Get(self, "posix")) && !quoted && Ops.Eq(result, empty)) result = PyNone.None;
            if (Ops.Greater(Get(self, "debug"), PyInt.From(1)))
            {
                if (True(result)) Trace(Ops.Add(S("shlex: raw token="), Ops.Repr(result)));
                else Trace(S("shlex: raw token=EOF"));
            }
            return result;
        }

        public static readonly PyObject split = PyFunction.WithBoundArguments(
            new FunctionSignature("split", new[] { "s", "comments", "posix" }),
            a =>
            {
                PyObject lex = Ops.Call(shlex_, a[0], PyNone.None, a[2]);
                Set(lex, "whitespace_split", PyBool.True);
                if (!True(a[1])) Set(lex, "commenters", S(""));
                var result = new PyList();
                foreach (var t in Ops.Enumerate(lex)) result.Append(t);
                return result;
            },
            new PyObject[] { PyBool.False, PyBool.True });
    }
}
