using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.argparse
{
    /// <summary>
    /// The argparse module through Python calls: data/record_parse.py's parser parses each recorded
    /// command line; the Namespace repr, or the exit status and stderr text, must equal CPython 2.7's.
    /// </summary>
    [Collection("sys.stdout")]
    public class ArgparseModuleTests
    {
        private static string Data(string name, [CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", name);

        private static PyObject Module() => Importer.ImportModule("argparse");

        private static PyStr S(string s) => PyStr.FromString(s);

        /// <summary>Calls f(*positional, **keywords) with keywords given as name/value pairs.</summary>
        private static PyObject Call(PyObject f, PyObject[] positional, params (string Name, PyObject Value)[] keywords) =>
            Ops.Call(f, positional.Concat(keywords.Select(k => k.Value)).ToArray(), keywords.Select(k => PyStr.Intern(k.Name)).ToArray());

        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        private static PyObject Strs(params string[] items) => PyList.FromArray(items.Select(i => (PyObject)S(i)).ToArray());

        private static void Add(PyObject p, string[] names, params (string, PyObject)[] keywords) =>
            Call(Attr(p, "add_argument"), names.Select(n => (PyObject)S(n)).ToArray(), keywords);

        /// <summary>The parser record_parse.py builds.</summary>
        private static PyObject Build()
        {
            PyObject p = Call(Attr(Module(), "ArgumentParser"), new PyObject[0], ("prog", S("tool")), ("description", S("A tool.")));
            Add(p, new[] { "src" });
            Add(p, new[] { "extra" }, ("nargs", S("*")));
            Add(p, new[] { "-v", "--verbose" }, ("action", S("count")));
            Add(p, new[] { "-n", "--num" }, ("type", PyInt.TypeObject), ("default", PyInt.From(3)));
            Add(p, new[] { "--mode" }, ("choices", Strs("a", "b")), ("default", S("a")));
            Add(p, new[] { "--flag" }, ("action", S("store_true")));
            Add(p, new[] { "--no-cache" }, ("dest", S("cache")), ("action", S("store_false")));
            Add(p, new[] { "-I" }, ("action", S("append")), ("dest", S("includes")));
            Add(p, new[] { "--const" }, ("action", S("store_const")), ("const", PyInt.From(42)));
            Add(p, new[] { "--ac" }, ("action", S("append_const")), ("const", S("x")), ("dest", S("acs")));
            Add(p, new[] { "--pair" }, ("nargs", PyInt.From(2)), ("metavar", PyTuple.Create(S("K"), S("V"))));
            Add(p, new[] { "--opt" }, ("nargs", S("?")), ("const", S("C")), ("default", S("D")));
            Add(p, new[] { "-x" }, ("action", S("store_true")));
            Add(p, new[] { "-y" }, ("action", S("store_true")));
            Add(p, new[] { "--verbosity-level" }, ("type", PyFloat.TypeObject));
            PyObject g = Ops.CallMethod(p, "add_mutually_exclusive_group");
            Add(g, new[] { "--fast" }, ("action", S("store_true")));
            Add(g, new[] { "--slow" }, ("action", S("store_true")));
            return p;
        }

        /// <summary>A Python file-like object collecting what is written to it.</summary>
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

        private static string Run(Func<PyObject> step)
        {
            PyObject sys = Importer.ImportModule("sys");
            PyObject saved = Attr(sys, "stderr");
            var err = new StringBuilder();
            Ops.SetAttr(sys, PyStr.Intern("stderr"), Sink(err));
            string savedColumns = Environment.GetEnvironmentVariable("COLUMNS");
            Environment.SetEnvironmentVariable("COLUMNS", "80");
            try
            {
                return "-> " + Ops.Repr(step()) + "\n";
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.SystemExit))
            {
                return "exit " + Ops.Str(Attr(e.Value, "code")) + "\n" + err;
            }
            finally
            {
                Ops.SetAttr(sys, PyStr.Intern("stderr"), saved);
                Environment.SetEnvironmentVariable("COLUMNS", savedColumns);
            }
        }

        [Fact]
        public void RecordedCommandLinesParseAsInCPython()
        {
            string[] lines = File.ReadAllLines(Data("parse_cases.txt"));
            var expected = new StringBuilder();
            var actual = new StringBuilder();
            foreach (string line in lines)
            {
                expected.Append(line).Append('\n');
                if (line.StartsWith("case") || line.StartsWith("known"))
                {
                    bool known = line.StartsWith("known");
                    string[] argv = line.Length > 5 ? line.Substring(known ? 6 : 5).Split(' ') : new string[0];
                    if (line.Trim() == "case") argv = new string[0];
                    actual.Append(line).Append('\n');
                    actual.Append(Run(() => Ops.CallMethod(Build(), known ? "parse_known_args" : "parse_args", Strs(argv))));
                }
            }
            Assert.Equal(expected.ToString(), actual.ToString());
        }

        [Fact]
        public void HelpOfTheConformanceParserMatches()
        {
            // tests/conformance/argparse/help_output.py's first parser, print_help's text.
            string savedColumns = Environment.GetEnvironmentVariable("COLUMNS");
            Environment.SetEnvironmentVariable("COLUMNS", "80");
            try
            {
                PyObject p = Call(Attr(Module(), "ArgumentParser"), new PyObject[0], ("prog", S("backup")),
                    ("description", S("Back up directories to an archive location.")), ("epilog", S("Report bugs to ops@example.invalid.")));
                Add(p, new[] { "sources" }, ("metavar", S("SRC")), ("nargs", S("+")), ("help", S("directories to back up")));
                Add(p, new[] { "dest" }, ("metavar", S("DEST")), ("help", S("destination directory")));
                Add(p, new[] { "-c", "--compress" }, ("choices", Strs("gz", "bz2", "none")), ("default", S("gz")), ("help", S("compression (default: %(default)s)")));
                Add(p, new[] { "-k", "--keep" }, ("type", PyInt.TypeObject), ("default", PyInt.From(7)), ("metavar", S("N")), ("help", S("keep N old archives")));
                Add(p, new[] { "-x", "--exclude" }, ("action", S("append")), ("metavar", S("PATTERN")), ("help", S("exclude files matching PATTERN; may repeat")));
                Add(p, new[] { "--dry-run" }, ("action", S("store_true")), ("help", S("show what would happen")));
                Add(p, new[] { "--secret" }, ("help", Attr(Module(), "SUPPRESS")));
                Add(p, new[] { "--level" }, ("type", PyInt.TypeObject), ("choices", PyList.FromArray(new PyObject[] { PyInt.From(1), PyInt.From(2), PyInt.From(3) })), ("help", S("level %(choices)s")));
                var output = new StringBuilder();
                Ops.CallMethod(p, "print_help", Sink(output));
                string stdout = File.ReadAllText(Data("../../../../conformance/argparse/help_output.stdout"));
                Assert.Equal(stdout.Substring(0, stdout.IndexOf("-----\n")), output.ToString());
            }
            finally
            {
                Environment.SetEnvironmentVariable("COLUMNS", savedColumns);
            }
        }
    }
}
