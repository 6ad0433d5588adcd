using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.ConfigParser
{
    /// <summary>
    /// The ConfigParser module driven through Python calls replays data/record_config.py; the
    /// transcript must equal CPython 2.7's (data/config_transcript.txt).
    /// </summary>
    [Collection(FileReadingCollection.Name)]
    public class ConfigParserModuleTests
    {
        private static string DataFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile), "data") + "/";

        private static PyObject Module() => Importer.ImportModule("ConfigParser");

        private static PyStr S(string s) => PyStr.FromString(s);

        private static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);

        private sealed class Transcript
        {
            public readonly List<string> Lines = new List<string>();

            public void Show(string label, Func<PyObject> step)
            {
                string result;
                try { result = Ops.Repr(step()).ToString(); }
                catch (PythonException e)
                {
                    result = Ops.GetAttr(Ops.TypeOf(e.Value), PyStr.Intern("__name__")) + ": " + Ops.Repr(Ops.Str(e.Value));
                }
                Lines.Add(label + " -> " + result);
            }
        }

        private static PyList Files(params string[] names) =>
            PyList.FromArray(names.Select(n => (PyObject)S(DataFolder() + n)).ToArray());

        [Fact]
        public void PythonLevelCallsReplayTheRecordedTranscript()
        {
            var t = new Transcript();
            var probes = new[] { "base", "mode", "data", "logs", "pct", "mixed_case", "multi", "semicolon", "remark", "extra",
                "a", "missing", "bad", "badref", "deep1", "num", "flag", "flag2", "absent" };
            foreach (string flavor in new[] { "RawConfigParser", "ConfigParser", "SafeConfigParser" })
            {
                t.Lines.Add("== " + flavor);
                PyObject cls = Ops.GetAttr(Module(), PyStr.Intern(flavor));
                PyObject cp = Ops.Call(cls);
                t.Show("read", () => Call(cp, "read", Files("sample.ini", "absent.ini")));
                t.Show("sections", () => Call(cp, "sections"));
                t.Show("defaults", () =>
                {
                    var items = new List<PyObject>();
                    PyObject it = Ops.Iter(Call(Call(cp, "defaults"), "items"));
                    for (PyObject x = it.Next(); x != null; x = it.Next()) items.Add(x);
                    return PyList.FromArray(items.OrderBy(p => ((PyTuple)p)[0].ToString(), StringComparer.Ordinal).ToArray());
                });
                var sections = new List<string>();
                PyObject sit = Ops.Iter(Call(cp, "sections"));
                for (PyObject x = sit.Next(); x != null; x = sit.Next()) sections.Add(x.ToString());
                foreach (string s in sections.Concat(new[] { "DEFAULT", "nosuch" }))
                {
                    t.Show("options " + s, () => Call(cp, "options", S(s)));
                    t.Show("items " + s, () => Call(cp, "items", S(s)));
                    foreach (string o in probes)
                    {
                        t.Show($"get {s} {o}", () => Call(cp, "get", S(s), S(o)));
                        t.Show($"has_option {s} {o}", () => Call(cp, "has_option", S(s), S(o)));
                    }
                }
                t.Show("getboolean mixed_case", () => Call(cp, "getboolean", S("paths"), S("MIXED_CASE")));
                t.Show("getboolean flag", () => Call(cp, "getboolean", S("loops"), S("flag")));
                t.Show("getboolean flag2", () => Call(cp, "getboolean", S("loops"), S("flag2")));
                t.Show("getint num", () => Call(cp, "getint", S("loops"), S("num")));
                t.Show("has_section paths", () => Call(cp, "has_section", S("paths")));
                t.Show("has_section DEFAULT", () => Call(cp, "has_section", S("DEFAULT")));
                t.Show("add_section default", () => Call(cp, "add_section", S("Default")));
                t.Show("add_section paths", () => Call(cp, "add_section", S("paths")));
                t.Show("add_section new", () => Call(cp, "add_section", S("new")));
                t.Show("set new k", () => Call(cp, "set", S("new"), S("K"), S("v%(base)s")));
                t.Show("set new pct", () => Call(cp, "set", S("new"), S("pct"), S("50%")));
                t.Show("set new pct2", () => Call(cp, "set", S("new"), S("pct2"), S("50%%")));
                t.Show("set DEFAULT base", () => Call(cp, "set", S("DEFAULT"), S("base"), S("/opt")));
                t.Show("set nosuch", () => Call(cp, "set", S("nosuch"), S("k"), S("v")));
                t.Show("get new k", () => Call(cp, "get", S("new"), S("k")));
                t.Show("remove_option paths extra", () => Call(cp, "remove_option", S("paths"), S("EXTRA")));
                t.Show("remove_option paths extra again", () => Call(cp, "remove_option", S("paths"), S("extra")));
                t.Show("remove_option nosuch", () => Call(cp, "remove_option", S("nosuch"), S("x")));
                t.Show("remove_section loops", () => Call(cp, "remove_section", S("loops")));
                t.Show("remove_section loops again", () => Call(cp, "remove_section", S("loops")));
                t.Show("sections", () => Call(cp, "sections"));
                t.Lines.Add(Written(cp));
                foreach (string file in new[] { "errors.ini", "noheader.ini", "novalue.ini" })
                {
                    PyObject cp2 = Ops.Call(cls);
                    t.Show("read " + file, () => Call(cp2, "read", S(DataFolder() + file)));
                }
                PyObject cp3 = Ops.Call(cls, new PyObject[] { PyBool.True }, new[] { PyStr.Intern("allow_no_value") });
                t.Show("read novalue allow_no_value", () => Call(cp3, "read", S(DataFolder() + "novalue.ini")));
                t.Show("items s", () => Call(cp3, "items", S("s")));
                t.Lines.Add(Written(cp3));
            }
            string expected = File.ReadAllText(DataFolder() + "config_transcript.txt");
            string actual = (string.Join("\n", t.Lines) + "\n").Replace(DataFolder(), "");
            Assert.Equal(expected, actual);
        }

        /// <summary>write() into a Python object whose write method collects the text.</summary>
        private static string Written(PyObject cp)
        {
            var collected = new System.Text.StringBuilder();
            var sink = new PyDict();
            sink.SetStr("write", PyFunction.WithBoundArguments(new FunctionSignature("write", new[] { "self", "s" }), a =>
            {
                collected.Append(a[1].ToString());
                return PyNone.None;
            }));
            PyObject cls = PyType.MakeClass("Sink", PyTuple.Create(PyType.ObjectType), sink);
            Call(cp, "write", Ops.Call(cls));
            return collected.ToString();
        }

        [Fact]
        public void OptionxformOverrideOnTheInstanceIsHonoured()
        {
            PyObject cp = Ops.Call(Ops.GetAttr(Module(), PyStr.Intern("RawConfigParser")));
            Ops.SetAttr(cp, PyStr.Intern("optionxform"), PyStr.TypeObject);
            Call(cp, "add_section", S("s"));
            Call(cp, "set", S("s"), S("CamelKey"), S("v"));
            Assert.Equal("['CamelKey']", Ops.Repr(Call(cp, "options", S("s"))).ToString());
        }

        [Fact]
        public void ExceptionsAreCatchableAsTheirBaseClasses()
        {
            PyObject module = Module();
            PyObject cp = Ops.Call(Ops.GetAttr(module, PyStr.Intern("SafeConfigParser")));
            var e = Assert.Throws<PythonException>(() => Call(cp, "get", S("x"), S("y")));
            Assert.True(e.Matches(Ops.GetAttr(module, PyStr.Intern("Error"))));
            Assert.Equal("'x'", Ops.Repr(Ops.GetAttr(e.Value, PyStr.Intern("section"))).ToString());
            Assert.Equal("No section: 'x'", Ops.Repr(e.Value).ToString());
        }

        /// <summary>readfp over a StringIO/io.StringIO holding text (str or unicode).</summary>
        private static void ReadText(PyObject cp, PyObject text)
        {
            PyObject stream = text is PyUnicode
                ? Ops.Call(Ops.GetAttr(Importer.ImportModule("io"), PyStr.Intern("StringIO")), text)
                : Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), PyStr.Intern("StringIO")), text);
            Call(cp, "readfp", stream);
        }

        private static PyObject Parser(string cls, PyObject[] args = null, string[] kwNames = null) =>
            Ops.Call(Ops.GetAttr(Module(), PyStr.Intern(cls)), args ?? new PyObject[0], kwNames?.Select(PyStr.Intern).ToArray());

        [Fact]
        public void PlainDictTypeGivesCPythonsHashOrderOfSections()
        {
            // python2.7: ['a', 'c', 'b', 'another']
            PyObject cp = Parser("RawConfigParser", new PyObject[] { PyDict.TypeObject }, new[] { "dict_type" });
            ReadText(cp, S("[b]\nk=1\n[a]\nx=1\n[c]\ny=2\n[another]\nq=9\n"));
            Assert.Equal("['a', 'c', 'b', 'another']", Ops.Repr(Call(cp, "sections")).ToString());
            Assert.IsType<PyDict>(Ops.GetAttr(cp, PyStr.Intern("_sections")));
        }

        [Fact]
        public void UnicodeInputGivesUnicodeResults()
        {
            // python2.7: [(u'k', u'\xe9!'), (u'x', u'\xe9')]
            PyObject cp = Parser("SafeConfigParser");
            ReadText(cp, PyUnicode.FromString("[S\u00e9]\nK = %(x)s!\nx = \u00e9\n"));
            Assert.Equal("[(u'k', u'\\xe9!'), (u'x', u'\\xe9')]", Ops.Repr(Call(cp, "items", PyUnicode.FromString("S\u00e9"))).ToString());
        }

        [Fact]
        public void ACustomMappingSeesEveryStoreTheReaderMakes()
        {
            // python2.7 records ['__name__', 's', 'k', 'k']: the section's name, the section, the
            // option's line list, then the joined value.
            var stored = new List<string>();
            var ns = new PyDict();
            ns.SetStr("__setitem__", PyFunction.WithBoundArguments(new FunctionSignature("__setitem__", new[] { "self", "k", "v" }), a =>
            {
                stored.Add(a[1].ToString());
                PyDict.TypeObject.Lookup(PyStr.Intern("__setitem__")).Call(a[0], a[1], a[2]);
                return PyNone.None;
            }));
            PyObject mapping = PyType.MakeClass("D", PyTuple.Create(PyDict.TypeObject), ns);
            PyObject cp = Parser("RawConfigParser", new[] { mapping }, new[] { "dict_type" });
            ReadText(cp, S("[s]\nk = v\n  w\n"));
            Assert.Equal(new[] { "__name__", "s", "k", "k" }, stored);
        }
    }
}
