using System;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.suite (2.7): BaseTestSuite, TestSuite with the class and module fixtures
    /// (setUpClass/tearDownClass, setUpModule/tearDownModule, reported through _ErrorHolder).
    /// </summary>
    internal static class TestSuiteClasses
    {
        private const string Module = "unittest.suite";
        private static PyObject None => PyNone.None;

        private static void CallIfExists(PyObject parent, string attr)
        {
            PyObject f = GetOrNull(parent, attr);
            if (f != null && !IsNone(f)) Ops.Call(f);
        }

        private static bool IsNotSuite(PyObject test)
        {
            try { Ops.Iter(test); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { return true; }
            return false;
        }

        private static bool Flag(PyObject o, string name)
        {
            PyObject v = GetOrNull(o, name);
            return v != null && Ops.IsTrue(v);
        }

        public static readonly PyType BaseTestSuite = new getopt.PythonClassBuilder(Module, "BaseTestSuite", PyType.ObjectType)
            .Attribute("__doc__", S("A simple test suite that doesn't provide class or module shared fixtures.\n    "))
            .Attribute("__hash__", None)
            .Method("__init__", new[] { "self", "tests" }, a =>
            {
                Set(a[0], "_tests", new PyList());
                Call(a[0], "addTests", a[1]);
                return None;
            }, defaults: new PyObject[] { PyTuple.Empty })
            .Method("__repr__", new[] { "self" }, a => S("<" + SafeRepr.StrClass(Get(a[0], "__class__")) + " tests=" + Text(Ops.Str(List(Items(a[0])))) + ">"))
            .Method("__eq__", new[] { "self", "other" }, a =>
            {
                if (!Ops.IsInstance(a[1], Get(a[0], "__class__"))) return PyNotImplemented.Value;
                return PyBool.From(Ops.Eq(List(Items(a[0])), List(Items(a[1]))));
            })
            .Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1])))
            .Method("__iter__", new[] { "self" }, a => Ops.Iter(Get(a[0], "_tests")))
            .Method("countTestCases", new[] { "self" }, a =>
            {
                PyObject cases = PyInt.From(0);
                foreach (var test in Items(a[0])) cases = Ops.Add(cases, Call(test, "countTestCases"));
                return cases;
            })
            .Method("addTest", new[] { "self", "test" }, a =>
            {
                PyObject test = a[1];
                if (!TestCaseClass.IsCallable(test)) throw Ops.TypeError(Text(Ops.Repr(test)) + " is not callable");
                if (test is PyType && (Ops.IsSubclass(test, TestCaseClass.TestCase) || Ops.IsSubclass(test, TestSuite)))
                    throw Ops.TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()");
                Call(Get(a[0], "_tests"), "append", test);
                return None;
            })
            .Method("addTests", new[] { "self", "tests" }, a =>
            {
                if (Ops.IsInstance(a[1], TestCaseClass.Builtin("basestring"))) throw Ops.TypeError("tests must be an iterable of tests, not a string");
                foreach (var test in Items(a[1])) Call(a[0], "addTest", test);
                return None;
            })
            .Method("run", new[] { "self", "result" }, a =>
            {
                foreach (var test in Items(a[0]))
                {
                    if (Ops.IsTrue(Get(a[1], "shouldStop"))) break;
                    Ops.Call(test, a[1]);
                }
                return a[1];
            })
            .Method("__call__", new[] { "self" }, a => Ops.CallEx(Get(a[0], "run"), new PyObject[0], new PyStr[0], a[1], a[2]), varArgs: "args", kwArgs: "kwds")
            .Method("debug", new[] { "self" }, a =>
            {
                foreach (var test in Items(a[0])) Call(test, "debug");
                return None;
            })
            .Build();

        public static readonly PyType ErrorHolder = new getopt.PythonClassBuilder(Module, "_ErrorHolder", PyType.ObjectType)
            .Attribute("failureException", None)
            .Method("__init__", new[] { "self", "description" }, a => { Set(a[0], "description", a[1]); return None; })
            .Method("id", new[] { "self" }, a => Get(a[0], "description"))
            .Method("shortDescription", new[] { "self" }, a => None)
            .Method("__repr__", new[] { "self" }, a => Ops.Modulo(S("<ErrorHolder description=%r>"), PyTuple.Create(Get(a[0], "description"))))
            .Method("__str__", new[] { "self" }, a => Call(a[0], "id"))
            .Method("run", new[] { "self", "result" }, a => None)
            .Method("__call__", new[] { "self", "result" }, a => Call(a[0], "run", a[1]))
            .Method("countTestCases", new[] { "self" }, a => PyInt.From(0))
            .Build();

        /// <summary>suite._DebugResult: used by TestSuite.debug() so fixture errors propagate.</summary>
        public static readonly PyType DebugResult = new getopt.PythonClassBuilder(Module, "_DebugResult", PyType.ObjectType)
            .Attribute("_previousTestClass", None)
            .Attribute("_moduleSetUpFailed", PyBool.False)
            .Attribute("shouldStop", PyBool.False)
            .Build();

        public static readonly PyType TestSuite = BuildTestSuite();

        private static PyType BuildTestSuite()
        {
            return new getopt.PythonClassBuilder(Module, "TestSuite", BaseTestSuite)
                .Attribute("__doc__", S("A test suite is a composite test consisting of a number of TestCases.\n\n    For use, create an instance of TestSuite, then add test case instances.\n    When all tests have been added, the suite can be passed to a test\n    runner, such as TextTestRunner. It will run the individual test cases\n    in the order in which they were added, aggregating the results. When\n    subclassing, do not forget to call the base class constructor.\n    "))
                .Method("run", new[] { "self", "result", "debug" }, a => Run(a[0], a[1], Ops.IsTrue(a[2])), defaults: new PyObject[] { PyBool.False })
                .Method("debug", new[] { "self" }, a =>
                {
                    Call(a[0], "run", Ops.Call(DebugResult), PyBool.True);
                    return None;
                })
                .Method("_handleClassSetUp", new[] { "self", "test", "result" }, a => { HandleClassSetUp(a[0], a[1], a[2]); return None; })
                .Method("_get_previous_module", new[] { "self", "result" }, a => PreviousModule(a[1]))
                .Method("_handleModuleFixture", new[] { "self", "test", "result" }, a => { HandleModuleFixture(a[0], a[1], a[2]); return None; })
                .Method("_addClassOrModuleLevelException", new[] { "self", "result", "exception", "errorName" }, a =>
                {
                    PyObject error = Ops.Call(ErrorHolder, a[3]);
                    PyObject addSkip = GetOrNull(a[1], "addSkip");
                    if (addSkip != null && !IsNone(addSkip) && Ops.IsInstance(a[2], Skipping.SkipTest)) Ops.Call(addSkip, error, Ops.Str(a[2]));
                    else Call(a[1], "addError", error, Ops.ExcInfo());
                    return None;
                })
                .Method("_handleModuleTearDown", new[] { "self", "result" }, a => { HandleModuleTearDown(a[0], a[1]); return None; })
                .Method("_tearDownPreviousClass", new[] { "self", "test", "result" }, a => { TearDownPreviousClass(a[0], a[1], a[2]); return None; })
                .Build();
        }

        private static PyObject Run(PyObject self, PyObject result, bool debug)
        {
            bool topLevel = false;
            PyObject entered = GetOrNull(result, "_testRunEntered");
            if (entered == null || ReferenceEquals(entered, PyBool.False))
            {
                Set(result, "_testRunEntered", PyBool.True);
                topLevel = true;
            }
            foreach (var test in Items(self))
            {
                if (Ops.IsTrue(Get(result, "shouldStop"))) break;
                if (IsNotSuite(test))
                {
                    Call(self, "_tearDownPreviousClass", test, result);
                    Call(self, "_handleModuleFixture", test, result);
                    Call(self, "_handleClassSetUp", test, result);
                    Set(result, "_previousTestClass", Get(test, "__class__"));
                    if (Flag(Get(test, "__class__"), "_classSetupFailed") || Flag(result, "_moduleSetUpFailed")) continue;
                }
                if (!debug) Ops.Call(test, result);
                else Call(test, "debug");
            }
            if (topLevel)
            {
                Call(self, "_tearDownPreviousClass", None, result);
                Call(self, "_handleModuleTearDown", result);
                Set(result, "_testRunEntered", PyBool.False);
            }
            return result;
        }

        /// <summary>Runs a class or module fixture; an exception becomes an error (or skip) named after it.</summary>
        private static bool RunFixture(PyObject self, PyObject result, PyObject fixture, string errorName)
        {
            CallIfExists(result, "_setupStdout");
            try
            {
                Ops.Call(fixture);
                return true;
            }
            catch (Exception e)
            {
                var pe = TestCaseClass.AsPython(e);
                if (!pe.Matches(PyExceptionTypes.Exception)) throw;
                if (Ops.IsInstance(result, DebugResult)) throw;
                TestCaseClass.ExcInfo(pe);
                Call(self, "_addClassOrModuleLevelException", result, pe.Value, S(errorName));
                return false;
            }
            finally
            {
                CallIfExists(result, "_restoreStdout");
            }
        }

        private static void HandleClassSetUp(PyObject self, PyObject test, PyObject result)
        {
            PyObject previousClass = GetOrNull(result, "_previousTestClass") ?? None;
            PyObject currentClass = Get(test, "__class__");
            if (Ops.Eq(currentClass, previousClass)) return;
            if (Flag(result, "_moduleSetUpFailed")) return;
            if (Flag(currentClass, "__unittest_skip__")) return;
            try { Set(currentClass, "_classSetupFailed", PyBool.False); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { }
            PyObject setUpClass = GetOrNull(currentClass, "setUpClass");
            if (setUpClass == null || IsNone(setUpClass)) return;
            string name = "setUpClass (" + SafeRepr.StrClass(currentClass) + ")";
            if (!RunFixtureMarking(self, result, setUpClass, name)) Set(currentClass, "_classSetupFailed", PyBool.True);
        }

        private static bool RunFixtureMarking(PyObject self, PyObject result, PyObject fixture, string name) => RunFixture(self, result, fixture, name);

        private static PyObject PreviousModule(PyObject result)
        {
            PyObject previousClass = GetOrNull(result, "_previousTestClass") ?? None;
            return IsNone(previousClass) ? None : Get(previousClass, "__module__");
        }

        private static PyObject ModuleNamed(PyObject name)
        {
            PyObject modules = Get(Importer.ImportModule("sys"), "modules");
            return Ops.In(name, modules) ? Ops.GetItem(modules, name) : null;
        }

        private static void HandleModuleFixture(PyObject self, PyObject test, PyObject result)
        {
            PyObject previousModule = Call(self, "_get_previous_module", result);
            PyObject currentModule = Get(Get(test, "__class__"), "__module__");
            if (Ops.Eq(currentModule, previousModule)) return;
            Call(self, "_handleModuleTearDown", result);
            Set(result, "_moduleSetUpFailed", PyBool.False);
            PyObject module = ModuleNamed(currentModule);
            if (module == null) return;
            PyObject setUpModule = GetOrNull(module, "setUpModule");
            if (setUpModule == null || IsNone(setUpModule)) return;
            if (!RunFixture(self, result, setUpModule, "setUpModule (" + Text(currentModule) + ")"))
                Set(result, "_moduleSetUpFailed", PyBool.True);
        }

        private static void HandleModuleTearDown(PyObject self, PyObject result)
        {
            PyObject previousModule = Call(self, "_get_previous_module", result);
            if (IsNone(previousModule)) return;
            if (Flag(result, "_moduleSetUpFailed")) return;
            PyObject module = ModuleNamed(previousModule);
            if (module == null) return;
            PyObject tearDownModule = GetOrNull(module, "tearDownModule");
            if (tearDownModule == null || IsNone(tearDownModule)) return;
            RunFixture(self, result, tearDownModule, "tearDownModule (" + Text(previousModule) + ")");
        }

        private static void TearDownPreviousClass(PyObject self, PyObject test, PyObject result)
        {
            PyObject previousClass = GetOrNull(result, "_previousTestClass") ?? None;
            PyObject currentClass = Get(test, "__class__");
            if (Ops.Eq(currentClass, previousClass)) return;
            if (Flag(previousClass, "_classSetupFailed")) return;
            if (Flag(result, "_moduleSetUpFailed")) return;
            if (Flag(previousClass, "__unittest_skip__")) return;
            PyObject tearDownClass = GetOrNull(previousClass, "tearDownClass");
            if (tearDownClass == null || IsNone(tearDownClass)) return;
            RunFixture(self, result, tearDownClass, "tearDownClass (" + SafeRepr.StrClass(previousClass) + ")");
        }
    }
}
