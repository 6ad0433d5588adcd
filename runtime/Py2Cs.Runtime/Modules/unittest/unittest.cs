using Py2Cs.Runtime.Modules.unittest;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The unittest package (Python 2.7): TestCase and its assertions, skipping, TestSuite, TestLoader,
    /// TestResult, TextTestRunner and main (TestProgram). Its submodules (unittest.case, .suite,
    /// .loader, .result, .runner, .signals, .util) hold the same objects; `unittest.main` is the TestProgram
    /// class, as in 2.7, not a submodule.
    /// </summary>
    [PythonModule("unittest")]
    public static class unittestModule
    {
        public static readonly PyObject TestCase = TestCaseClass.TestCase;
        public static readonly PyObject FunctionTestCase = TestCaseClass.FunctionTestCase;
        public static readonly PyObject SkipTest = Skipping.SkipTest;
        public static readonly PyObject TestSuite = TestSuiteClasses.TestSuite;
        public static readonly PyObject BaseTestSuite = TestSuiteClasses.BaseTestSuite;
        public static readonly PyObject TestLoader = TestLoaderClass.TestLoader;
        public static readonly PyObject defaultTestLoader = TestLoaderClass.DefaultTestLoader;
        public static readonly PyObject TestResult = TestResultClass.TestResult;
        public static readonly PyObject TextTestResult = TextTestRunnerClasses.TextTestResult;
        public static readonly PyObject _TextTestResult = TextTestRunnerClasses.TextTestResult;
        public static readonly PyObject TextTestRunner = TextTestRunnerClasses.TextTestRunner;
        public static readonly PyObject TestProgram = TestProgramClass.TestProgram;
        public static readonly PyObject main = TestProgramClass.TestProgram;

        public static readonly PyObject __all__ = PyList.FromArray(new PyObject[]
        {
            S("TestResult"), S("TestCase"), S("TestSuite"), S("TextTestRunner"), S("TestLoader"), S("FunctionTestCase"), S("main"),
            S("defaultTestLoader"), S("SkipTest"), S("skip"), S("skipIf"), S("skipUnless"), S("expectedFailure"), S("TextTestResult"),
            S("installHandler"), S("registerResult"), S("removeResult"), S("removeHandler"), S("getTestCaseNames"), S("makeSuite"), S("findTestCases"),
        });

        private static PyStr S(string s) => PyStr.FromString(s);

        public static PyObject skip(PyObject reason) => Skipping.Skip(reason);
        public static PyObject skipIf(PyObject condition, PyObject reason) => Skipping.SkipIf(condition, reason);
        public static PyObject skipUnless(PyObject condition, PyObject reason) => Skipping.SkipUnless(condition, reason);
        public static PyObject expectedFailure(PyObject func) => Skipping.ExpectedFailureDecorator(func);

        public static PyObject getTestCaseNames(PyObject testCaseClass, PyObject prefix, PyObject sortUsing = null) =>
            TestLoaderClass.GetTestCaseNames(testCaseClass, prefix, sortUsing);
        public static PyObject makeSuite(PyObject testCaseClass, PyObject prefix = null, PyObject sortUsing = null, PyObject suiteClass = null) =>
            TestLoaderClass.MakeSuite(testCaseClass, prefix, sortUsing, suiteClass);
        public static PyObject findTestCases(PyObject module, PyObject prefix = null, PyObject sortUsing = null, PyObject suiteClass = null) =>
            TestLoaderClass.FindTestCases(module, prefix, sortUsing, suiteClass);

        public static PyObject installHandler() => Signals.InstallHandler();
        public static PyObject removeHandler(PyObject method = null) => Signals.RemoveHandler(method);
        public static PyObject registerResult(PyObject result) => Signals.RegisterResult(result);
        public static PyObject removeResult(PyObject result) => Signals.RemoveResult(result);
    }
}
