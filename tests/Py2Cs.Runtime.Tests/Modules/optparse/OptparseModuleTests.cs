using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.optparse
{
    /// <summary>
    /// The optparse module through Python calls: data/record_parse.py's parser parses each recorded
    /// command line (values, leftover args, or exit status with the printed text), and
    /// data/record_help.py's parser formats its help, both compared with CPython 2.7's output.
    /// </summary>
    [Collection("sys.stdout")]
    public class OptparseModuleTests
    {
        private static string Data(string name, [CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", name);

        private static PyObject Module() => Importer.ImportModule("optparse");

        private static PyStr S(string s) => PyStr.FromString(s);

        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        private static PyObject Call(PyObject f, PyObject[] positional, params (string Name, PyObject Value)[] keywords) =>
            Ops.Call(f, positional.Concat(keywords.Select(k => k.Value)).ToArray(), keywords.Select(k => PyStr.Intern(k.Name)).ToArray());

        private static PyObject Strs(params string[] items) => PyList.FromArray(items.Select(i => (PyObject)S(i)).ToArray());

        private static void Add(PyObject container, string[] names, params (string, PyObject)[] keywords) =>
            Call(Attr(container, "add_option"), names.Select(n => (PyObject)S(n)).ToArray(), keywords);

        private static PyObject BuildParseParser()
        {
            PyObject p = Call(Attr(Module(), "OptionParser"), new PyObject[0], ("prog", S("sync")), ("usage", S("%prog [options] SRC DEST")), ("version", S("%prog 1.0")));
            Add(p, new[] { "-v", "--verbose" }, ("action", S("store_true")), ("dest", S("verbose")));
            Add(p, new[] { "-q" }, ("action", S("store_false")), ("dest", S("verbose")));
            Add(p, new[] { "-j", "--jobs" }, ("type", S("int")), ("default", PyInt.From(4)));
            Add(p, new[] { "--ratio" }, ("type", S("float")));
            Add(p, new[] { "--exclude" }, ("action", S("append")), ("metavar", S("PATTERN")));
            Add(p, new[] { "--mode" }, ("choices", Strs("fast", "safe")), ("default", S("safe")));
            Add(p, new[] { "-c" }, ("action", S("count")), ("dest", S("level")));
            Add(p, new[] { "--point" }, ("nargs", PyInt.From(2)), ("type", S("int")));
            Add(p, new[] { "--const" }, ("action", S("store_const")), ("const", S("K")));
            Add(p, new[] { "--hex" }, ("type", S("int")));
            PyObject g = Ops.Call(Attr(Module(), "OptionGroup"), p, S("Journal"));
            Add(g, new[] { "--journal" }, ("default", S("~/.j")));
            Ops.CallMethod(p, "add_option_group", g);
            return p;
        }

        private static PyObject Sink(StringBuilder collected)
        {
            var dict = new PyDict();
            dict.SetStr("write", PyFunction.WithBoundArguments(new FunctionSignature("write", new[] { "self", "s" }), a =>
            {
                collected.Append(a[1].ToString());
                return PyNone.None;
            }));
            return Ops.Call(PyType.MakeClass("Sink", PyTuple.Create(PyType.ObjectType), dict));
        }

        private static string Run(string[] argv)
        {
            PyObject sys = Importer.ImportModule("sys");
            PyObject savedErr = Attr(sys, "stderr"), savedOut = Attr(sys, "stdout");
            var output = new StringBuilder();
            PyObject sink = Sink(output);
            Ops.SetAttr(sys, PyStr.Intern("stderr"), sink);
            Ops.SetAttr(sys, PyStr.Intern("stdout"), sink);
            try
            {
                PyObject[] result = Ops.UnpackSequence(Ops.CallMethod(BuildParseParser(), "parse_args", Strs(argv)), 2);
                var items = new List<PyObject>();
                PyObject it = Ops.Iter(Ops.CallMethod(Attr(result[0], "__dict__"), "items"));
                for (PyObject x = it.Next(); x != null; x = it.Next()) items.Add(x);
                items.Sort((a, b) => string.CompareOrdinal(((PyTuple)a)[0].ToString(), ((PyTuple)b)[0].ToString()));
                return "-> " + Ops.Repr(PyList.FromArray(items.ToArray())) + " " + Ops.Repr(result[1]) + "\n";
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.SystemExit))
            {
                return "exit " + Ops.Str(Attr(e.Value, "code")) + "\n" + output;
            }
            finally
            {
                Ops.SetAttr(sys, PyStr.Intern("stderr"), savedErr);
                Ops.SetAttr(sys, PyStr.Intern("stdout"), savedOut);
            }
        }

        [Fact]
        public void RecordedCommandLinesParseAsInCPython()
        {
            var expected = new StringBuilder();
            var actual = new StringBuilder();
            foreach (string line in File.ReadAllLines(Data("parse_cases.txt")))
            {
                expected.Append(line).Append('\n');
                if (!line.StartsWith("case")) continue;
                string[] argv = line.Length > 5 ? line.Substring(5).Split(' ') : new string[0];
                actual.Append(line).Append('\n').Append(Run(argv));
            }
            Assert.Equal(expected.ToString(), actual.ToString());
        }

        [Theory]
        [InlineData(false, "indented")]
        [InlineData(true, "titled")]
        public void HelpMatchesCPython(bool titled, string name)
        {
            foreach (int columns in new[] { 40, 80, 120 })
            {
                PyObject formatter = titled
                    ? Call(Attr(Module(), "TitledHelpFormatter"), new PyObject[0], ("width", PyInt.From(columns - 2)))
                    : Call(Attr(Module(), "IndentedHelpFormatter"), new PyObject[0], ("width", PyInt.From(columns - 2)));
                PyObject p = Call(Attr(Module(), "OptionParser"), new PyObject[0], ("prog", S("sync")), ("usage", S("%prog [options] SRC DEST")),
                    ("version", S("%prog 1.0")),
                    ("description", S("Synchronise two directory trees, copying only what changed since the last run and keeping a journal so an interrupted run can resume.")),
                    ("epilog", S("See the manual page for the journal format.")), ("formatter", formatter));
                Add(p, new[] { "-v", "--verbose" }, ("action", S("store_true")), ("dest", S("verbose")), ("help", S("print each file as it is copied")));
                Add(p, new[] { "-n", "--dry-run" }, ("action", S("store_true")), ("help", S("show what would be copied")));
                Add(p, new[] { "-j", "--jobs" }, ("type", S("int")), ("default", PyInt.From(4)), ("help", S("parallel copies [default: %default]")));
                Add(p, new[] { "--exclude" }, ("action", S("append")), ("metavar", S("PATTERN")), ("help", S("skip files matching PATTERN")));
                Add(p, new[] { "--bandwidth-limit-in-kilobytes" }, ("type", S("int")), ("help", S("cap the transfer rate; zero means no limit at all")));
                Add(p, new[] { "--secret" }, ("help", Attr(Module(), "SUPPRESS_HELP")));
                Add(p, new[] { "-q" }, ("action", S("store_false")), ("dest", S("verbose")));
                Add(p, new[] { "--mode" }, ("choices", Strs("fast", "safe")), ("default", S("safe")), ("help", S("copy mode (default %default)")));
                PyObject g = Ops.Call(Attr(Module(), "OptionGroup"), p, S("Journal options"), S("Control where the journal lives and how long it is kept."));
                Add(g, new[] { "--journal" }, ("default", S("~/.sync-journal")), ("help", S("journal file [%default]")));
                Add(g, new[] { "--keep-days" }, ("type", S("float")), ("help", S("days to keep entries, default %default")));
                Ops.CallMethod(p, "add_option_group", g);
                Ops.CallMethod(p, "add_option_group", Ops.Call(Attr(Module(), "OptionGroup"), p, S("Empty group")));
                string actual = Ops.CallMethod(p, "format_help") + "=====\n" + Ops.CallMethod(p, "get_usage");
                Assert.Equal(File.ReadAllText(Data($"help_{name}_{columns}.txt")), actual);
            }
        }
    }
}
