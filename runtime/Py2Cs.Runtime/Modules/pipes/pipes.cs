using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.pipes;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The pipes module (Python 2.7): quote, makepipeline and the Template class (a classic class as in
    /// pipes.py, its methods reaching each other through attribute lookup). Pipelines are /bin/sh
    /// command lines run with os.popen / os.system; stages that need real files get temporary files
    /// from tempfile.mkstemp, removed by the pipeline itself (with a trap on signals), as 2.7 does.
    /// </summary>
    [PythonModule("pipes")]
    public static class pipes
    {
        public static readonly PyObject __doc__ = PyStr.FromString(PipesDocs.Module);
        public static readonly PyList __all__ = PyList.FromArray(new PyObject[] { PyStr.FromString("Template") });

        public static readonly PyObject FILEIN_FILEOUT = S("ff");  // must read and write real files
        public static readonly PyObject STDIN_FILEOUT = S("-f");   // must write a real file
        public static readonly PyObject FILEIN_STDOUT = S("f-");   // must read a real file
        public static readonly PyObject STDIN_STDOUT = S("--");    // a normal pipeline element
        public static readonly PyObject SOURCE = S(".-");          // must be first, writes stdout
        public static readonly PyObject SINK = S("-.");            // must be last, reads stdin

        public static readonly PyList stepkinds = PyList.FromArray(new[] { FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK });

        public static readonly PyObject _safechars = PyFrozenSet.FromIterable(
            S("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%_-+=:,./"));

        static PyObject S(string s) => PyStr.FromString(s);
        static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);
        static PyObject Module(string name) => Importer.ImportModule(name);
        static PyObject I(long v) => PyInt.From(v);
        static PythonException Value(string message) => Ops.MakeRaise(PyExceptionTypes.ValueError, S(message));

        public static readonly PyObject quote = PyFunction.WithBoundArguments(new FunctionSignature("quote", new[] { "file" }), a =>
        {
            PyObject file = a[0];
            bool safe = true;
            foreach (var c in Ops.Enumerate(file))
                if (!Ops.In(c, _safechars)) { safe = false; break; }
            if (safe) return Ops.IsTrue(file) ? file : S("''");
            // Single quotes, with each single quote put into double quotes: $'b becomes '$'"'"'b'.
            return Ops.Add(Ops.Add(S("'"), Ops.CallMethod(file, "replace", S("'"), S("'\"'\"'"))), S("'"));
        }).WithDoc(S(PipesDocs.Quote));

        static bool KindChar(PyObject kind, int index, char c) => Ops.Eq(Ops.GetItem(kind, I(index)), S(c.ToString()));

        static bool HasWord(PyObject cmd, string pattern) =>
            !(Ops.Call(Get(Module("re"), "search"), S(pattern), cmd) is PyNone);

        static void CheckStep(string method, PyObject cmd, PyObject kind)
        {
            if (KindChar(kind, 0, 'f') && !HasWord(cmd, "\\$IN\\b")) throw Value($"Template.{method}: missing $IN in cmd");
            if (KindChar(kind, 1, 'f') && !HasWord(cmd, "\\$OUT\\b")) throw Value($"Template.{method}: missing $OUT in cmd");
        }

        static PyType MakeTemplate()
        {
            PyType template = null;
            template = new PythonClassBuilder("pipes", "Template")
                .Attribute("__doc__", S(PipesDocs.Template))
                .Method("__init__", new[] { "self" }, a =>
                {
                    Set(a[0], "debugging", I(0));
                    Ops.CallMethod(a[0], "reset");
                    return PyNone.None;
                })
                .Method("__repr__", new[] { "self" }, a => Ops.Modulo(S("<Template instance, steps=%r>"), PyTuple.Create(Get(a[0], "steps"))))
                .Method("reset", new[] { "self" }, a => { Set(a[0], "steps", new PyList()); return PyNone.None; })
                .Method("clone", new[] { "self" }, a =>
                {
                    PyObject t = Ops.Call(template);
                    Set(t, "steps", Ops.GetSlice(Get(a[0], "steps"), null, null));
                    Set(t, "debugging", Get(a[0], "debugging"));
                    return t;
                })
                .Method("debug", new[] { "self", "flag" }, a => { Set(a[0], "debugging", a[1]); return PyNone.None; })
                .Method("append", new[] { "self", "cmd", "kind" }, a =>
                {
                    PyObject self = a[0], cmd = a[1], kind = a[2];
                    if (Ops.TypeOf(cmd) != PyStr.TypeObject) throw Ops.TypeError("Template.append: cmd must be a string");
                    if (!Ops.In(kind, stepkinds)) throw Ops.MakeRaise(PyExceptionTypes.ValueError, Ops.Modulo(S("Template.append: bad kind %r"), PyTuple.Create(kind)));
                    if (Ops.Eq(kind, SOURCE)) throw Value("Template.append: SOURCE can only be prepended");
                    PyObject steps = Get(self, "steps");
                    if (Ops.IsTrue(steps) && Ops.Eq(Ops.GetItem(Ops.GetItem(steps, I(-1)), I(1)), SINK))
                        throw Value("Template.append: already ends with SINK");
                    CheckStep("append", cmd, kind);
                    Ops.CallMethod(steps, "append", PyTuple.Create(cmd, kind));
                    return PyNone.None;
                })
                .Method("prepend", new[] { "self", "cmd", "kind" }, a =>
                {
                    PyObject self = a[0], cmd = a[1], kind = a[2];
                    if (Ops.TypeOf(cmd) != PyStr.TypeObject) throw Ops.TypeError("Template.prepend: cmd must be a string");
                    if (!Ops.In(kind, stepkinds)) throw Ops.MakeRaise(PyExceptionTypes.ValueError, Ops.Modulo(S("Template.prepend: bad kind %r"), PyTuple.Create(kind)));
                    if (Ops.Eq(kind, SINK)) throw Value("Template.prepend: SINK can only be appended");
                    PyObject steps = Get(self, "steps");
                    if (Ops.IsTrue(steps) && Ops.Eq(Ops.GetItem(Ops.GetItem(steps, I(0)), I(1)), SOURCE))
                        throw Value("Template.prepend: already begins with SOURCE");
                    CheckStep("prepend", cmd, kind);
                    Ops.CallMethod(steps, "insert", I(0), PyTuple.Create(cmd, kind));
                    return PyNone.None;
                })
                .Method("open", new[] { "self", "file", "rw" }, a =>
                {
                    if (Ops.Eq(a[2], S("r"))) return Ops.CallMethod(a[0], "open_r", a[1]);
                    if (Ops.Eq(a[2], S("w"))) return Ops.CallMethod(a[0], "open_w", a[1]);
                    throw Ops.MakeRaise(PyExceptionTypes.ValueError, Ops.Modulo(S("Template.open: rw must be 'r' or 'w', not %r"), PyTuple.Create(a[2])));
                })
                .Method("open_r", new[] { "self", "file" }, a =>
                {
                    PyObject steps = Get(a[0], "steps");
                    if (!Ops.IsTrue(steps)) return Ops.Call(Builtins.Get("open"), a[1], S("r"));
                    if (Ops.Eq(Ops.GetItem(Ops.GetItem(steps, I(-1)), I(1)), SINK))
                        throw Value("Template.open_r: pipeline ends width SINK");
                    PyObject cmd = Ops.CallMethod(a[0], "makepipeline", a[1], S(""));
                    return Ops.Call(Get(Module("os"), "popen"), cmd, S("r"));
                })
                .Method("open_w", new[] { "self", "file" }, a =>
                {
                    PyObject steps = Get(a[0], "steps");
                    if (!Ops.IsTrue(steps)) return Ops.Call(Builtins.Get("open"), a[1], S("w"));
                    if (Ops.Eq(Ops.GetItem(Ops.GetItem(steps, I(0)), I(1)), SOURCE))
                        throw Value("Template.open_w: pipeline begins with SOURCE");
                    PyObject cmd = Ops.CallMethod(a[0], "makepipeline", S(""), a[1]);
                    return Ops.Call(Get(Module("os"), "popen"), cmd, S("w"));
                })
                .Method("copy", new[] { "self", "infile", "outfile" }, a =>
                    Ops.Call(Get(Module("os"), "system"), Ops.CallMethod(a[0], "makepipeline", a[1], a[2])))
                .Method("makepipeline", new[] { "self", "infile", "outfile" }, a =>
                {
                    PyObject cmd = Ops.Call(makepipeline, a[1], Get(a[0], "steps"), a[2]);
                    if (Ops.IsTrue(Get(a[0], "debugging")))
                    {
                        Builtins.Print(null, cmd);
                        cmd = Ops.Add(S("set -x; "), cmd);
                    }
                    return cmd;
                })
                .Build();
            SetDoc(template, "__init__", PipesDocs.Init);
            SetDoc(template, "__repr__", PipesDocs.Repr);
            SetDoc(template, "reset", PipesDocs.Reset);
            SetDoc(template, "clone", PipesDocs.Clone);
            SetDoc(template, "debug", PipesDocs.Debug);
            SetDoc(template, "append", PipesDocs.Append);
            SetDoc(template, "prepend", PipesDocs.Prepend);
            SetDoc(template, "open", PipesDocs.Open);
            SetDoc(template, "open_r", PipesDocs.OpenR);
            return template;
        }

        static void SetDoc(PyType type, string method, string doc) => ((PyFunction)type.Dict.GetStr(method)).Doc = S(doc);

        public static readonly PyType Template = MakeTemplate();

        /// <summary>pipes.makepipeline: one [infile, cmd, kind, outfile] entry per step, cat added where an end
        /// needs a stream, temporary files between stages that need files, then the /bin/sh text.</summary>
        public static readonly PyObject makepipeline = PyFunction.WithBoundArguments(
            new FunctionSignature("makepipeline", new[] { "infile", "steps", "outfile" }), a =>
        {
            PyObject infile = a[0], outfile = a[2];
            var list = new List<PyObject[]>();
            foreach (var step in Ops.Enumerate(a[1]))
            {
                var pair = Ops.UnpackSequence(step, 2);
                list.Add(new[] { S(""), pair[0], pair[1], S("") });
            }
            if (list.Count == 0) list.Add(new[] { S(""), S("cat"), S("--"), S("") });
            if (KindChar(list[0][2], 0, 'f') && !Ops.IsTrue(infile)) list.Insert(0, new[] { S(""), S("cat"), S("--"), S("") });
            list[0][0] = infile;
            if (KindChar(list[^1][2], 1, 'f') && !Ops.IsTrue(outfile)) list.Add(new[] { S(""), S("cat"), S("--"), S("") });
            list[^1][3] = outfile;

            var garbage = new List<PyObject>();
            for (int i = 1; i < list.Count; i++)
            {
                if (KindChar(list[i - 1][2], 1, 'f') || KindChar(list[i][2], 0, 'f'))
                {
                    var made = Ops.UnpackSequence(Ops.Call(Get(Module("tempfile"), "mkstemp")), 2);
                    Ops.Call(Get(Module("os"), "close"), made[0]);
                    garbage.Add(made[1]);
                    list[i - 1][3] = list[i][0] = made[1];
                }
            }
            foreach (var item in list)
            {
                PyObject inf = item[0], cmd = item[1], kind = item[2], outf = item[3];
                if (KindChar(kind, 1, 'f')) cmd = Concat(S("OUT="), Ops.Call(quote, outf), S("; "), cmd);
                if (KindChar(kind, 0, 'f')) cmd = Concat(S("IN="), Ops.Call(quote, inf), S("; "), cmd);
                if (KindChar(kind, 0, '-') && Ops.IsTrue(inf)) cmd = Concat(cmd, S(" <"), Ops.Call(quote, inf));
                if (KindChar(kind, 1, '-') && Ops.IsTrue(outf)) cmd = Concat(cmd, S(" >"), Ops.Call(quote, outf));
                item[1] = cmd;
            }
            PyObject cmdlist = list[0][1];
            for (int i = 1; i < list.Count; i++)
            {
                PyObject cmd = list[i][1], kind = list[i][2];
                if (Ops.Eq(list[i][0], S("")))
                {
                    if (Ops.In(S("f"), kind)) cmd = Concat(S("{ "), cmd, S("; }"));
                    cmdlist = Concat(cmdlist, S(" |\n"), cmd);
                }
                else cmdlist = Concat(cmdlist, S("\n"), cmd);
            }
            if (garbage.Count > 0)
            {
                PyObject rmcmd = S("rm -f");
                foreach (var file in garbage) rmcmd = Concat(rmcmd, S(" "), Ops.Call(quote, file));
                PyObject trapcmd = Concat(S("trap "), Ops.Call(quote, Ops.Add(rmcmd, S("; exit"))), S(" 1 2 3 13 14 15"));
                cmdlist = Concat(trapcmd, S("\n"), cmdlist, S("\n"), rmcmd);
            }
            return cmdlist;
        });

        static PyObject Concat(params PyObject[] parts)
        {
            PyObject result = parts[0];
            for (int i = 1; i < parts.Length; i++) result = Ops.Add(result, parts[i]);
            return result;
        }
    }
}
