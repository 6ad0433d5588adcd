using System.Collections.Generic;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.main (TestProgram, 2.7): getopt-style -h -v -q -f -c -b and test names, the usage text,
    /// loading from the module (__main__ by default), running with TextTestRunner and exiting with
    /// sys.exit(not wasSuccessful()) unless exit=False.
    /// </summary>
    internal static class TestProgramClass
    {
        private const string Module = "unittest.main";
        private static PyObject None => PyNone.None;

        public const string FailFast = "  -f, --failfast   Stop on first failure\n";
        public const string CatchBreak = "  -c, --catch      Catch control-C and display results\n";
        public const string BufferOutput = "  -b, --buffer     Buffer stdout and stderr during test runs\n";

        public const string UsageFromModule =
            "Usage: %(progName)s [options] [test] [...]\n\n" +
            "Options:\n" +
            "  -h, --help       Show this message\n" +
            "  -v, --verbose    Verbose output\n" +
            "  -q, --quiet      Minimal output\n" +
            "%(failfast)s%(catchbreak)s%(buffer)s\n" +
            "Examples:\n" +
            "  %(progName)s                               - run default set of tests\n" +
            "  %(progName)s MyTestSuite                   - run suite 'MyTestSuite'\n" +
            "  %(progName)s MyTestCase.testSomething      - run MyTestCase.testSomething\n" +
            "  %(progName)s MyTestCase                    - run all 'test*' test methods\n" +
            "                                               in MyTestCase\n";

        public const string UsageAsMain =
            "Usage: %(progName)s [options] [tests]\n\n" +
            "Options:\n" +
            "  -h, --help       Show this message\n" +
            "  -v, --verbose    Verbose output\n" +
            "  -q, --quiet      Minimal output\n" +
            "%(failfast)s%(catchbreak)s%(buffer)s\n" +
            "Examples:\n" +
            "  %(progName)s test_module               - run tests from test_module\n" +
            "  %(progName)s module.TestClass          - run tests from module.TestClass\n" +
            "  %(progName)s module.Class.test_method  - run specified test method\n\n" +
            "[tests] can be a list of any number of test modules, classes and test\n" +
            "methods.\n\n" +
            "Alternative Usage: %(progName)s discover [options]\n\n" +
            "Options:\n" +
            "  -v, --verbose    Verbose output\n" +
            "%(failfast)s%(catchbreak)s%(buffer)s  -s directory     Directory to start discovery ('.' default)\n" +
            "  -p pattern       Pattern to match test files ('test*.py' default)\n" +
            "  -t directory     Top level directory of project (default to\n" +
            "                   start directory)\n\n" +
            "For test discovery all test modules must be importable from the top\n" +
            "level directory of the project.\n";

        private static PyObject Sys => Importer.ImportModule("sys");

        public static readonly PyType TestProgram = new getopt.PythonClassBuilder(Module, "TestProgram", PyType.ObjectType)
            .Attribute("__doc__", S("A command-line program that runs a set of tests; this is primarily\n       for making test modules conveniently executable.\n    "))
            .Attribute("USAGE", S(UsageFromModule))
            .Attribute("failfast", None).Attribute("catchbreak", None).Attribute("buffer", None).Attribute("progName", None)
            .Method("__init__", new[] { "self", "module", "defaultTest", "argv", "testRunner", "testLoader", "exit", "verbosity", "failfast", "catchbreak", "buffer" }, a =>
            {
                PyObject self = a[0], module = a[1], argv = a[3];
                if (Ops.IsInstance(module, TestCaseClass.Builtin("basestring")))
                {
                    PyObject m = Ops.Call(TestCaseClass.Builtin("__import__"), module);
                    var parts = Items(Call(module, "split", S(".")));
                    for (int i = 1; i < parts.Count; i++) m = Ops.GetAttr(m, (PyStr)Ops.Call(PyStr.TypeObject, parts[i]));
                    Set(self, "module", m);
                }
                else Set(self, "module", module);
                if (IsNone(argv)) argv = Get(Sys, "argv");
                Set(self, "exit", a[6]);
                Set(self, "failfast", a[8]);
                Set(self, "catchbreak", a[9]);
                Set(self, "verbosity", a[7]);
                Set(self, "buffer", a[10]);
                Set(self, "defaultTest", a[2]);
                Set(self, "testRunner", a[4]);
                Set(self, "testLoader", a[5]);
                Set(self, "progName", Call(Get(Importer.ImportModule("os"), "path"), "basename", Ops.GetItem(argv, PyInt.From(0))));
                Call(self, "parseArgs", argv);
                Call(self, "runTests");
                return None;
            }, defaults: new[] { S("__main__"), None, None, None, TestLoaderClass.DefaultTestLoader, PyBool.True, PyInt.From(1), None, None, None })
            .Method("usageExit", new[] { "self", "msg" }, a =>
            {
                PyObject self = a[0];
                if (Ops.IsTrue(a[1])) Builtins.Print(null, a[1]);
                var usage = new PyDict();
                usage.SetItem(S("progName"), Get(self, "progName"));
                usage.SetItem(S("catchbreak"), S(""));
                usage.SetItem(S("failfast"), S(""));
                usage.SetItem(S("buffer"), S(""));
                if (!Ops.Eq(Get(self, "failfast"), PyBool.False)) usage.SetItem(S("failfast"), S(FailFast));
                if (!Ops.Eq(Get(self, "catchbreak"), PyBool.False)) usage.SetItem(S("catchbreak"), S(CatchBreak));
                if (!Ops.Eq(Get(self, "buffer"), PyBool.False)) usage.SetItem(S("buffer"), S(BufferOutput));
                Builtins.Print(null, Ops.Modulo(Get(self, "USAGE"), usage));
                throw SystemExit(PyInt.From(2));
            }, defaults: new[] { None })
            .Method("parseArgs", new[] { "self", "argv" }, a => { ParseArgs(a[0], a[1]); return None; })
            .Method("createTests", new[] { "self" }, a =>
            {
                PyObject self = a[0], loader = Get(self, "testLoader");
                if (IsNone(Get(self, "testNames"))) Set(self, "test", Call(loader, "loadTestsFromModule", Get(self, "module")));
                else Set(self, "test", Call(loader, "loadTestsFromNames", Get(self, "testNames"), Get(self, "module")));
                return None;
            })
            .Method("_do_discovery", new[] { "self", "argv", "Loader" }, a => { DoDiscovery(a[0], a[1], a[2]); return None; }, defaults: new[] { None })
            .Method("runTests", new[] { "self" }, a => { RunTests(a[0]); return None; })
            .Build();

        private static void ParseArgs(PyObject self, PyObject argv)
        {
            if (Ops.Len(argv) > 1 && Text(Call(Ops.GetItem(argv, PyInt.From(1)), "lower")) == "discover")
            {
                Call(self, "_do_discovery", Ops.GetSlice(argv, PyInt.From(2), null));
                return;
            }
            PyObject getopt = Importer.ImportModule("getopt");
            PyObject longOpts = List(new PyObject[] { S("help"), S("verbose"), S("quiet"), S("failfast"), S("catch"), S("buffer") });
            try
            {
                var parsed = Ops.UnpackSequence(Call(getopt, "getopt", Ops.GetSlice(argv, PyInt.From(1), null), S("hHvqfcb"), longOpts), 2);
                foreach (var pair in Items(parsed[0]))
                {
                    string opt = Text(Ops.GetItem(pair, PyInt.From(0)));
                    if (opt == "-h" || opt == "-H" || opt == "--help") Call(self, "usageExit");
                    if (opt == "-q" || opt == "--quiet") Set(self, "verbosity", PyInt.From(0));
                    if (opt == "-v" || opt == "--verbose") Set(self, "verbosity", PyInt.From(2));
                    if ((opt == "-f" || opt == "--failfast") && IsNone(Get(self, "failfast"))) Set(self, "failfast", PyBool.True);
                    if ((opt == "-c" || opt == "--catch") && IsNone(Get(self, "catchbreak"))) Set(self, "catchbreak", PyBool.True);
                    if ((opt == "-b" || opt == "--buffer") && IsNone(Get(self, "buffer"))) Set(self, "buffer", PyBool.True);
                }
                PyObject args = parsed[1];
                if (Ops.Len(args) == 0 && IsNone(Get(self, "defaultTest"))) Set(self, "testNames", None);
                else if (Ops.Len(args) > 0) Set(self, "testNames", args);
                else Set(self, "testNames", PyTuple.Create(Get(self, "defaultTest")));
                Call(self, "createTests");
            }
            catch (PythonException e) when (e.Matches(Get(getopt, "error")))
            {
                Call(self, "usageExit", e.Value);
            }
        }

        private static void DoDiscovery(PyObject self, PyObject argv, PyObject loaderFactory)
        {
            Set(self, "progName", Ops.Add(Get(self, "progName"), S(" discover")));
            PyObject optparse = Importer.ImportModule("optparse");
            PyObject parser = Ops.Call(Get(optparse, "OptionParser"));
            Set(parser, "prog", Get(self, "progName"));
            void Option(PyObject[] names, string dest, string help, bool flag, PyObject fallback = null)
            {
                var kwNames = new List<PyStr> { PyStr.Intern("dest"), PyStr.Intern("help") };
                var args = new List<PyObject>(names) { S(dest), S(help) };
                if (flag) { kwNames.Add(PyStr.Intern("default")); args.Add(PyBool.False); kwNames.Add(PyStr.Intern("action")); args.Add(S("store_true")); }
                else if (fallback != null) { kwNames.Add(PyStr.Intern("default")); args.Add(fallback); }
                Ops.Call(Get(parser, "add_option"), args.ToArray(), kwNames.ToArray());
            }
            Option(new PyObject[] { S("-v"), S("--verbose") }, "verbose", "Verbose output", true);
            if (!Ops.Eq(Get(self, "failfast"), PyBool.False)) Option(new PyObject[] { S("-f"), S("--failfast") }, "failfast", "Stop on first fail or error", true);
            if (!Ops.Eq(Get(self, "catchbreak"), PyBool.False)) Option(new PyObject[] { S("-c"), S("--catch") }, "catchbreak", "Catch ctrl-C and display results so far", true);
            if (!Ops.Eq(Get(self, "buffer"), PyBool.False)) Option(new PyObject[] { S("-b"), S("--buffer") }, "buffer", "Buffer stdout and stderr during tests", true);
            Option(new PyObject[] { S("-s"), S("--start-directory") }, "start", "Directory to start discovery ('.' default)", false, S("."));
            Option(new PyObject[] { S("-p"), S("--pattern") }, "pattern", "Pattern to match tests ('test*.py' default)", false, S("test*.py"));
            Option(new PyObject[] { S("-t"), S("--top-level-directory") }, "top", "Top level directory of project (defaults to start directory)", false, None);
            var parsed = Ops.UnpackSequence(Call(parser, "parse_args", argv), 2);
            PyObject options = parsed[0], args = parsed[1];
            if (Ops.Len(args) > 3) Call(self, "usageExit");
            string[] names = { "start", "pattern", "top" };
            int n = 0;
            foreach (var value in Items(args)) Set(options, names[n++], value);
            if (IsNone(Get(self, "failfast"))) Set(self, "failfast", Get(options, "failfast"));
            if (IsNone(Get(self, "catchbreak"))) Set(self, "catchbreak", Get(options, "catchbreak"));
            if (IsNone(Get(self, "buffer"))) Set(self, "buffer", Get(options, "buffer"));
            if (Ops.IsTrue(Get(options, "verbose"))) Set(self, "verbosity", PyInt.From(2));
            // 2.7's default Loader is `lambda: self.testLoader`.
            PyObject loader = IsNone(loaderFactory) ? Get(self, "testLoader") : Ops.Call(loaderFactory);
            Set(self, "test", Call(loader, "discover", Get(options, "start"), Get(options, "pattern"), Get(options, "top")));
        }

        private static void RunTests(PyObject self)
        {
            if (Ops.IsTrue(Get(self, "catchbreak"))) Signals.InstallHandler();
            if (IsNone(Get(self, "testRunner"))) Set(self, "testRunner", TextTestRunnerClasses.TextTestRunner);
            PyObject runner = Get(self, "testRunner");
            PyObject testRunner;
            if (runner is PyType)
            {
                try
                {
                    testRunner = Ops.Call(runner, new[] { Get(self, "verbosity"), Get(self, "failfast"), Get(self, "buffer") },
                        new[] { PyStr.Intern("verbosity"), PyStr.Intern("failfast"), PyStr.Intern("buffer") });
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
                {
                    testRunner = Ops.Call(runner);
                }
            }
            else testRunner = runner;
            PyObject result = Call(testRunner, "run", Get(self, "test"));
            Set(self, "result", result);
            if (Ops.IsTrue(Get(self, "exit")))
                throw SystemExit(PyBool.From(!Ops.IsTrue(Call(result, "wasSuccessful"))));
        }
    }
}
