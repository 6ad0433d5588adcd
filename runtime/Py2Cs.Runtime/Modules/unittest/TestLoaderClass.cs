using System;
using System.Collections.Generic;
using System.IO;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.loader.TestLoader (2.7): test names from dir() filtered by testMethodPrefix and sorted
    /// with sortTestMethodsUsing (cmp), loading from classes, modules, dotted names, and discover()
    /// over the modules the program was built with.
    /// </summary>
    internal static class TestLoaderClass
    {
        private const string Module = "unittest.loader";
        private static PyObject None => PyNone.None;

        private static PyObject Dir(PyObject o) => Ops.Call(TestCaseClass.Builtin("dir"), o);

        private static bool IsTestCaseClass(PyObject obj) => obj is PyType t && !t.IsClassic && Ops.IsSubclass(obj, TestCaseClass.TestCase);

        /// <summary>loader._make_failed_test: a TestCase class whose one test raises the exception.</summary>
        private static PyObject MakeFailedTest(string className, PyObject methodName, PyObject exception, PyObject suiteClass)
        {
            var ns = new PyDict();
            ns.SetItem(methodName, PyFunction.WithBoundArguments(new FunctionSignature("testFailure", new[] { "self" }),
                a => throw Ops.MakeRaise(exception)));
            PyObject testClass = Ops.Call(PyType.TypeType, S(className), PyTuple.Create(TestCaseClass.TestCase), ns);
            return Ops.Call(suiteClass, PyTuple.Create(Ops.Call(testClass, methodName)));
        }

        public static readonly PyType TestLoader = new getopt.PythonClassBuilder(Module, "TestLoader", PyType.ObjectType)
            .Attribute("__doc__", S("\n    This class is responsible for loading tests according to various criteria\n    and returning them wrapped in a TestSuite\n    "))
            .Attribute("testMethodPrefix", S("test"))
            .Attribute("sortTestMethodsUsing", TestCaseClass.Builtin("cmp"))
            .Attribute("suiteClass", TestSuiteClasses.TestSuite)
            .Attribute("_top_level_dir", None)
            .Method("loadTestsFromTestCase", new[] { "self", "testCaseClass" }, a =>
            {
                PyObject cls = a[1];
                if (Ops.IsSubclass(cls, TestSuiteClasses.TestSuite))
                    throw Ops.TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?");
                PyObject names = Call(a[0], "getTestCaseNames", cls);
                if (!Ops.IsTrue(names) && GetOrNull(cls, "runTest") != null) names = List(new PyObject[] { S("runTest") });
                var tests = new List<PyObject>();
                foreach (var name in Items(names)) tests.Add(Ops.Call(cls, name));
                return Ops.Call(Get(a[0], "suiteClass"), List(tests));
            })
            .Method("loadTestsFromModule", new[] { "self", "module", "use_load_tests" }, a =>
            {
                PyObject self = a[0], module = a[1];
                var tests = new List<PyObject>();
                foreach (var name in Items(Dir(module)))
                {
                    PyObject obj = Ops.GetAttr(module, (PyStr)name);
                    if (IsTestCaseClass(obj)) tests.Add(Call(self, "loadTestsFromTestCase", obj));
                }
                PyObject loadTests = GetOrNull(module, "load_tests");
                PyObject suite = Ops.Call(Get(self, "suiteClass"), List(tests));
                if (Ops.IsTrue(a[2]) && loadTests != null && !IsNone(loadTests))
                {
                    try
                    {
                        return Ops.Call(loadTests, self, suite, None);
                    }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.Exception))
                    {
                        return MakeFailedTest("LoadTestsFailure", Get(module, "__name__"), e.Value, Get(self, "suiteClass"));
                    }
                }
                return suite;
            }, defaults: new PyObject[] { PyBool.True })
            .Method("loadTestsFromName", new[] { "self", "name", "module" }, a => LoadTestsFromName(a[0], a[1], a[2]), defaults: new[] { None })
            .Method("loadTestsFromNames", new[] { "self", "names", "module" }, a =>
            {
                var suites = new List<PyObject>();
                foreach (var name in Items(a[1])) suites.Add(Call(a[0], "loadTestsFromName", name, a[2]));
                return Ops.Call(Get(a[0], "suiteClass"), List(suites));
            }, defaults: new[] { None })
            .Method("getTestCaseNames", new[] { "self", "testCaseClass" }, a =>
            {
                PyObject cls = a[1];
                string prefix = Text(Get(a[0], "testMethodPrefix"));
                var names = new List<PyObject>();
                foreach (var name in Items(Dir(cls)))
                {
                    if (!Text(name).StartsWith(prefix, StringComparison.Ordinal)) continue;
                    if (TestCaseClass.IsCallable(Ops.GetAttr(cls, (PyStr)name))) names.Add(name);
                }
                PyObject sortUsing = Get(a[0], "sortTestMethodsUsing");
                PyList result = List(names);
                if (Ops.IsTrue(sortUsing))
                {
                    PyObject key = Ops.Call(Ops.GetAttr(Importer.ImportModule("functools"), PyStr.Intern("cmp_to_key")), sortUsing);
                    Ops.Call(Get(result, "sort"), new PyObject[] { key }, new[] { PyStr.Intern("key") });
                }
                return result;
            })
            .Method("discover", new[] { "self", "start_dir", "pattern", "top_level_dir" }, a => Discover(a[0], a[1], a[2], a[3]),
                defaults: new PyObject[] { S("test*.py"), None })
            .Build();

        private static PyObject LoadTestsFromName(PyObject self, PyObject name, PyObject module)
        {
            var parts = new List<PyObject>(Items(Call(name, "split", S("."))));
            if (IsNone(module))
            {
                var partsCopy = new List<PyObject>(parts);
                while (true)
                {
                    try
                    {
                        module = Ops.Call(TestCaseClass.Builtin("__import__"), Call(S("."), "join", List(partsCopy)));
                        break;
                    }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError))
                    {
                        partsCopy.RemoveAt(partsCopy.Count - 1);
                        if (partsCopy.Count == 0) throw;
                    }
                }
                parts.RemoveAt(0);
            }
            PyObject obj = module, parent = null;
            foreach (var part in parts)
            {
                parent = obj;
                obj = Ops.GetAttr(obj, (PyStr)Ops.Call(PyStr.TypeObject, part));
            }
            if (obj is PyModule) return Call(self, "loadTestsFromModule", obj);
            if (IsTestCaseClass(obj)) return Call(self, "loadTestsFromTestCase", obj);
            if (obj is PyMethod && parent != null && IsTestCaseClass(parent))
            {
                PyObject inst = Ops.Call(parent, parts[parts.Count - 1]);
                return Ops.Call(Get(self, "suiteClass"), List(new[] { inst }));
            }
            if (Ops.IsInstance(obj, TestSuiteClasses.TestSuite)) return obj;
            if (TestCaseClass.IsCallable(obj))
            {
                PyObject test = Ops.Call(obj);
                if (Ops.IsInstance(test, TestSuiteClasses.TestSuite)) return test;
                if (Ops.IsInstance(test, TestCaseClass.TestCase)) return Ops.Call(Get(self, "suiteClass"), List(new[] { test }));
                throw Ops.TypeError("calling " + Text(Ops.Str(obj)) + " returned " + Text(Ops.Str(test)) + ", not a test");
            }
            throw Ops.TypeError("don't know how to make test from: " + Text(Ops.Str(obj)));
        }

        /// <summary>
        /// discover(): walks start_dir for files matching pattern (and packages with __init__.py), and
        /// loads each as a module by its dotted name from the top-level directory. A converted program
        /// can only import modules it was built with; the others become ModuleImportFailure tests, as a
        /// module that fails to import does in 2.7.
        /// </summary>
        private static PyObject Discover(PyObject self, PyObject startDirObj, PyObject pattern, PyObject topLevelDirObj)
        {
            string startDir = Path.GetFullPath(Text(startDirObj));
            string topLevelDir = IsNone(topLevelDirObj) ? startDir : Path.GetFullPath(Text(topLevelDirObj));
            PyObject sysPath = Get(Importer.ImportModule("sys"), "path");
            if (!Ops.In(S(topLevelDir), sysPath)) Call(sysPath, "insert", PyInt.From(0), S(topLevelDir));
            Set(self, "_top_level_dir", S(topLevelDir));
            if (!Directory.Exists(startDir)) throw Ops.MakeRaise(PyExceptionTypes.ImportError, S("Start directory is not importable: " + Text(startDirObj)));
            var tests = new List<PyObject>();
            FindTests(self, startDir, topLevelDir, Text(pattern), tests);
            return Ops.Call(Get(self, "suiteClass"), List(tests));
        }

        private static readonly System.Text.RegularExpressions.Regex ValidModuleName =
            new System.Text.RegularExpressions.Regex(@"^[_a-z]\w*\.py$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        private static void FindTests(PyObject self, string dir, string top, string pattern, List<PyObject> tests)
        {
            var entries = new List<string>(Directory.EnumerateFileSystemEntries(dir));
            entries.Sort(StringComparer.Ordinal);
            PyObject fnmatch = Ops.GetAttr(Importer.ImportModule("fnmatch"), PyStr.Intern("fnmatch"));
            foreach (var full in entries)
            {
                string name = Path.GetFileName(full);
                if (File.Exists(full))
                {
                    if (!ValidModuleName.IsMatch(name)) continue;
                    if (!Ops.IsTrue(Ops.Call(fnmatch, S(name), S(pattern)))) continue;
                    string dotted = Path.GetRelativePath(top, full);
                    dotted = dotted.Substring(0, dotted.Length - 3).Replace('/', '.');
                    try
                    {
                        PyObject module = Importer.ImportModule(dotted);
                        tests.Add(Call(self, "loadTestsFromModule", module));
                    }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.Exception))
                    {
                        Ops.SetExcInfo(e);
                        string message = "Failed to import test module: " + dotted + "\n" + Text(Ops.Call(Ops.GetAttr(Importer.ImportModule("traceback"), PyStr.Intern("format_exc"))));
                        tests.Add(MakeFailedTest("ModuleImportFailure", S(dotted), Ops.Call(PyExceptionTypes.ImportError, S(message)), Get(self, "suiteClass")));
                    }
                }
                else if (Directory.Exists(full) && File.Exists(Path.Combine(full, "__init__.py")))
                    FindTests(self, full, top, pattern, tests);
            }
        }

        public static readonly PyObject DefaultTestLoader = Ops.Call(TestLoader);

        private static PyObject MakeLoader(PyObject prefix, PyObject sortUsing, PyObject suiteClass = null)
        {
            PyObject loader = Ops.Call(TestLoader);
            Set(loader, "sortTestMethodsUsing", sortUsing);
            Set(loader, "testMethodPrefix", prefix);
            if (suiteClass != null && Ops.IsTrue(suiteClass)) Set(loader, "suiteClass", suiteClass);
            return loader;
        }

        public static PyObject GetTestCaseNames(PyObject testCaseClass, PyObject prefix, PyObject sortUsing) =>
            Call(MakeLoader(prefix, sortUsing ?? TestCaseClass.Builtin("cmp")), "getTestCaseNames", testCaseClass);

        public static PyObject MakeSuite(PyObject testCaseClass, PyObject prefix, PyObject sortUsing, PyObject suiteClass) =>
            Call(MakeLoader(prefix ?? S("test"), sortUsing ?? TestCaseClass.Builtin("cmp"), suiteClass ?? TestSuiteClasses.TestSuite), "loadTestsFromTestCase", testCaseClass);

        public static PyObject FindTestCases(PyObject module, PyObject prefix, PyObject sortUsing, PyObject suiteClass) =>
            Call(MakeLoader(prefix ?? S("test"), sortUsing ?? TestCaseClass.Builtin("cmp"), suiteClass ?? TestSuiteClasses.TestSuite), "loadTestsFromModule", module);
    }
}
