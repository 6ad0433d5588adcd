using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.shlex
{
    /// <summary>
    /// shlex.shlex as shlex.py defines it: a classic class whose lexer state lives in instance
    /// attributes (state, token, wordchars, quotes, whitespace_split...), read and written through
    /// attribute access exactly where shlex.py does, so programs that tweak them or subclass behave
    /// the same. Input is read one character at a time from self.instream.
    /// </summary>
    internal static class ShlexClass
    {
        const string WordChars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        const string PosixWordChars = "\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"
                                    + "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd8\xd9\xda\xdb\xdc\xdd\xde";

        static PyObject S(string s) => PyStr.FromString(s);
        static PyObject Get(PyObject self, string name) => Ops.GetAttr(self, name);
        static void Set(PyObject self, string name, PyObject v) => Ops.SetAttr(self, name, v);
        static bool Truth(PyObject o) => Ops.IsTrue(o);
        static PyObject NewStringIO(PyObject s) => Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"), s);
        static bool IsBaseString(PyObject o) => o is PyStr || o is PyUnicode;
        static PyObject Deque() => Ops.Call(Importer.ImportModule("collections") is { } m ? Ops.GetAttr(m, "deque") : null);
        static void Debug(string text) => Builtins.Print(null, S(text));
        static long DebugLevel(PyObject self) => Ops.IndexToLongArg(Get(self, "debug"));

        public static readonly PyType TypeObject = Build();

        static PyType Build()
        {
            var b = new PythonClassBuilder("shlex", "shlex");
            b.Attribute("__doc__", S("A lexical analyzer class for simple shell-like syntaxes."));
            b.Method("__init__", new[] { "self", "instream", "infile", "posix" }, a =>
            {
                PyObject self = a[0], instream = a[1];
                if (IsBaseString(instream)) instream = NewStringIO(instream);
                if (instream is not PyNone) { Set(self, "instream", instream); Set(self, "infile", a[2]); }
                else { Set(self, "instream", Ops.GetAttr(Importer.ImportModule("sys"), "stdin")); Set(self, "infile", PyNone.None); }
                Set(self, "posix", a[3]);
                bool posix = Truth(a[3]);
                Set(self, "eof", posix ? PyNone.None : S(""));
                Set(self, "commenters", S("#"));
                Set(self, "wordchars", S(posix ? WordChars + PosixWordChars : WordChars));
                Set(self, "whitespace", S(" \t\r\n"));
                Set(self, "whitespace_split", PyBool.False);
                Set(self, "quotes", S("'\""));
                Set(self, "escape", S("\\"));
                Set(self, "escapedquotes", S("\""));
                Set(self, "state", S(" "));
                Set(self, "pushback", Deque());
                Set(self, "lineno", PyInt.One);
                Set(self, "debug", PyInt.Zero);
                Set(self, "token", S(""));
                Set(self, "filestack", Deque());
                Set(self, "source", PyNone.None);
                return PyNone.None;
            }, defaults: new PyObject[] { PyNone.None, PyNone.None, PyBool.False });
            b.Method("push_token", new[] { "self", "tok" }, a =>
            {
                if (DebugLevel(a[0]) >= 1) Debug("shlex: pushing token " + Ops.Repr(a[1]));
                Ops.CallMethod(Get(a[0], "pushback"), "appendleft", a[1]);
                return PyNone.None;
            });
            b.Method("push_source", new[] { "self", "newstream", "newfile" }, a =>
            {
                PyObject self = a[0], stream = a[1];
                if (IsBaseString(stream)) stream = NewStringIO(stream);
                Ops.CallMethod(Get(self, "filestack"), "appendleft", PyTuple.Create(Get(self, "infile"), Get(self, "instream"), Get(self, "lineno")));
                Set(self, "infile", a[2]);
                Set(self, "instream", stream);
                Set(self, "lineno", PyInt.One);
                if (DebugLevel(self) != 0)
                    Debug(a[2] is not PyNone ? $"shlex: pushing to file {Ops.Str(Get(self, "infile"))}" : $"shlex: pushing to stream {Ops.Str(Get(self, "instream"))}");
                return PyNone.None;
            }, defaults: new PyObject[] { PyNone.None });
            b.Method("pop_source", new[] { "self" }, a =>
            {
                var self = a[0];
                Ops.CallMethod(Get(self, "instream"), "close");
                var t = Ops.UnpackSequence(Ops.CallMethod(Get(self, "filestack"), "popleft"), 3);
                Set(self, "infile", t[0]);
                Set(self, "instream", t[1]);
                Set(self, "lineno", t[2]);
                if (DebugLevel(self) != 0) Debug($"shlex: popping to {Ops.Str(Get(self, "instream"))}, line {Ops.Str(Get(self, "lineno"))}");
                Set(self, "state", S(" "));
                return PyNone.None;
            });
            b.Method("get_token", new[] { "self" }, a => GetToken(a[0]));
            b.Method("read_token", new[] { "self" }, a => ReadToken(a[0]));
            b.Method("sourcehook", new[] { "self", "newfile" }, a =>
            {
                var newfile = a[1];
                if (Ops.Eq(Ops.GetItem(newfile, PyInt.Zero), S("\""))) newfile = Ops.GetSlice(newfile, PyInt.One, PyInt.From(-1));
                var path = Ops.GetAttr(Importer.ImportModule("os"), "path");
                if (IsBaseString(Get(a[0], "infile")) && !Truth(Ops.CallMethod(path, "isabs", newfile)))
                    newfile = Ops.CallMethod(path, "join", Ops.CallMethod(path, "dirname", Get(a[0], "infile")), newfile);
                return PyTuple.Create(newfile, Ops.Call(Builtins.Module.Dict.GetStr("open"), newfile, S("r")));
            });
            b.Method("error_leader", new[] { "self", "infile", "lineno" }, a =>
            {
                var infile = a[1] is PyNone ? Get(a[0], "infile") : a[1];
                var lineno = a[2] is PyNone ? Get(a[0], "lineno") : a[2];
                return Ops.Modulo(S("\"%s\", line %d: "), PyTuple.Create(infile, lineno));
            }, defaults: new PyObject[] { PyNone.None, PyNone.None });
            b.Method("__iter__", new[] { "self" }, a => a[0]);
            b.Method("next", new[] { "self" }, a =>
            {
                var token = Ops.CallMethod(a[0], "get_token");
                if (Ops.Eq(token, Get(a[0], "eof"))) throw Ops.StopIteration();
                return token;
            });
            return b.Build();
        }

        static PyObject GetToken(PyObject self)
        {
            var pushback = Get(self, "pushback");
            if (Truth(pushback))
            {
                var tok = Ops.CallMethod(pushback, "popleft");
                if (DebugLevel(self) >= 1) Debug("shlex: popping token " + Ops.Repr(tok));
                return tok;
            }
            var raw = Ops.CallMethod(self, "read_token");
            if (Get(self, "source") is not PyNone)
            {
                while (Ops.Eq(raw, Get(self, "source")))
                {
                    var spec = Ops.CallMethod(self, "sourcehook", Ops.CallMethod(self, "read_token"));
                    if (Truth(spec))
                    {
                        var p = Ops.UnpackSequence(spec, 2);
                        Ops.CallMethod(self, "push_source", p[1], p[0]);
                    }
                    raw = Ops.CallMethod(self, "get_token");
                }
            }
            while (Ops.Eq(raw, Get(self, "eof")))
            {
                if (!Truth(Get(self, "filestack"))) return Get(self, "eof");
                Ops.CallMethod(self, "pop_source");
                raw = Ops.CallMethod(self, "get_token");
            }
            if (DebugLevel(self) >= 1)
                Debug(!Ops.Eq(raw, Get(self, "eof")) ? "shlex: token=" + Ops.Repr(raw) : "shlex: token=EOF");
            return raw;
        }

        static bool In(PyObject ch, PyObject set) => Ops.In(ch, set);
        static bool Eq(PyObject a, string b) => a is PyStr s && s.ToString() == b;

        static PyObject ReadToken(PyObject self)
        {
            bool quoted = false;
            PyObject escapedstate = S(" ");
            var instream = Get(self, "instream");
            var read = Ops.GetAttr(instream, "read");
            var one = PyInt.One;
            while (true)
            {
                var nextchar = Ops.Call(read, one);
                if (Eq(nextchar, "\n")) Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.One));
                var state = Get(self, "state");
                long debug = DebugLevel(self);
                if (debug >= 3) Debug($"shlex: in state {Ops.Repr(state)} I see character: {Ops.Repr(nextchar)}");
                bool posix = Truth(Get(self, "posix"));
                bool emptyChar = !Truth(nextchar);
                bool HasToken() => Truth(Get(self, "token")) || (posix && quoted);
                void Append(PyObject c) => Set(self, "token", Ops.Add(Get(self, "token"), c));
                if (state is PyNone)
                {
                    Set(self, "token", S(""));
                    break;
                }
                else if (Eq(state, " "))
                {
                    if (emptyChar) { Set(self, "state", PyNone.None); break; }
                    else if (In(nextchar, Get(self, "whitespace")))
                    {
                        if (debug >= 2) Debug("shlex: I see whitespace in whitespace state");
                        if (HasToken()) break;
                        continue;
                    }
                    else if (In(nextchar, Get(self, "commenters")))
                    {
                        Ops.CallMethod(Get(self, "instream"), "readline");
                        Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.One));
                    }
                    else if (posix && In(nextchar, Get(self, "escape")))
                    {
                        escapedstate = S("a");
                        Set(self, "state", nextchar);
                    }
                    else if (In(nextchar, Get(self, "wordchars")))
                    {
                        Set(self, "token", nextchar);
                        Set(self, "state", S("a"));
                    }
                    else if (In(nextchar, Get(self, "quotes")))
                    {
                        if (!posix) Set(self, "token", nextchar);
                        Set(self, "state", nextchar);
                    }
                    else if (Truth(Get(self, "whitespace_split")))
                    {
                        Set(self, "token", nextchar);
                        Set(self, "state", S("a"));
                    }
                    else
                    {
                        Set(self, "token", nextchar);
                        if (HasToken()) break;
                        continue;
                    }
                }
                else if (In(state, Get(self, "quotes")))
                {
                    quoted = true;
                    if (emptyChar)
                    {
                        if (debug >= 2) Debug("shlex: I see EOF in quotes state");
                        throw Ops.ValueError("No closing quotation");
                    }
                    if (Ops.Eq(nextchar, state))
                    {
                        if (!posix)
                        {
                            Append(nextchar);
                            Set(self, "state", S(" "));
                            break;
                        }
                        Set(self, "state", S("a"));
                    }
                    else if (posix && In(nextchar, Get(self, "escape")) && In(state, Get(self, "escapedquotes")))
                    {
                        escapedstate = state;
                        Set(self, "state", nextchar);
                    }
                    else Append(nextchar);
                }
                else if (In(state, Get(self, "escape")))
                {
                    if (emptyChar)
                    {
                        if (debug >= 2) Debug("shlex: I see EOF in escape state");
                        throw Ops.ValueError("No escaped character");
                    }
                    if (In(escapedstate, Get(self, "quotes")) && !Ops.Eq(nextchar, state) && !Ops.Eq(nextchar, escapedstate))
                        Append(state);
                    Append(nextchar);
                    Set(self, "state", escapedstate);
                }
                else if (Eq(state, "a"))
                {
                    if (emptyChar) { Set(self, "state", PyNone.None); break; }
                    else if (In(nextchar, Get(self, "whitespace")))
                    {
                        if (debug >= 2) Debug("shlex: I see whitespace in word state");
                        Set(self, "state", S(" "));
                        if (HasToken()) break;
                        continue;
                    }
                    else if (In(nextchar, Get(self, "commenters")))
                    {
                        Ops.CallMethod(Get(self, "instream"), "readline");
                        Set(self, "lineno", Ops.Add(Get(self, "lineno"), PyInt.One));
                        if (posix)
                        {
                            Set(self, "state", S(" "));
                            if (HasToken()) break;
                            continue;
                        }
                    }
                    else if (posix && In(nextchar, Get(self, "quotes"))) Set(self, "state", nextchar);
                    else if (posix && In(nextchar, Get(self, "escape")))
                    {
                        escapedstate = S("a");
                        Set(self, "state", nextchar);
                    }
                    else if (In(nextchar, Get(self, "wordchars")) || In(nextchar, Get(self, "quotes")) || Truth(Get(self, "whitespace_split")))
                        Append(nextchar);
                    else
                    {
                        Ops.CallMethod(Get(self, "pushback"), "appendleft", nextchar);
                        if (debug >= 2) Debug("shlex: I see punctuation in word state");
                        Set(self, "state", S(" "));
                        if (HasToken()) break;
                        continue;
                    }
                }
            }
            PyObject result = Get(self, "token");
            Set(self, "token", S(""));
            if (Truth(Get(self, "posix")) && !quoted && Ops.Eq(result, S(""))) result = PyNone.None;
            if (DebugLevel(self) > 1) Debug(Truth(result) ? "shlex: raw token=" + Ops.Repr(result) : "shlex: raw token=EOF");
            return result;
        }
    }
}
