using Py2Cs.Runtime.Modules.unittest;

namespace Py2Cs.Runtime
{
    // The submodules of the unittest package, holding the same objects as the package. (unittest.main
    // is not one: the package's `main` is the TestProgram class, as in 2.7.)

    /// <summary>unittest.case</summary>
    [PythonModule("unittest.case")]
    public static class unittestCaseModule
    {
        public static readonly PyObject TestCase = TestCaseClass.TestCase;
        public static readonly PyObject FunctionTestCase = TestCaseClass.FunctionTestCase;
        public static readonly PyObject SkipTest = Skipping.SkipTest;
        public static readonly PyObject _ExpectedFailure = Skipping.ExpectedFailure;
        public static readonly PyObject _UnexpectedSuccess = Skipping.UnexpectedSuccess;
        public static readonly PyObject _AssertRaisesContext = Assertions.AssertRaisesContext;
        public static readonly PyObject DIFF_OMITTED = PyStr.FromString("\nDiff is %s characters long. Set self.maxDiff to None to see it.");
        public static PyObject skip(PyObject reason) => Skipping.Skip(reason);
        public static PyObject skipIf(PyObject condition, PyObject reason) => Skipping.SkipIf(condition, reason);
        public static PyObject skipUnless(PyObject condition, PyObject reason) => Skipping.SkipUnless(condition, reason);
        public static PyObject expectedFailure(PyObject func) => Skipping.ExpectedFailureDecorator(func);
        public static PyObject _id(PyObject obj) => obj;
    }

    /// <summary>unittest.suite</summary>
    [PythonModule("unittest.suite")]
    public static class unittestSuiteModule
    {
        public static readonly PyObject BaseTestSuite = TestSuiteClasses.BaseTestSuite;
        public static readonly PyObject TestSuite = TestSuiteClasses.TestSuite;
        public static readonly PyObject _ErrorHolder = TestSuiteClasses.ErrorHolder;
        public static readonly PyObject _DebugResult = TestSuiteClasses.DebugResult;
    }

    /// <summary>unittest.loader</summary>
    [PythonModule("unittest.loader")]
    public static class unittestLoaderModule
    {
        public static readonly PyObject TestLoader = TestLoaderClass.TestLoader;
        public static readonly PyObject defaultTestLoader = TestLoaderClass.DefaultTestLoader;
        public static PyObject getTestCaseNames(PyObject testCaseClass, PyObject prefix, PyObject sortUsing = null) =>
            TestLoaderClass.GetTestCaseNames(testCaseClass, prefix, sortUsing);
        public static PyObject makeSuite(PyObject testCaseClass, PyObject prefix = null, PyObject sortUsing = null, PyObject suiteClass = null) =>
            TestLoaderClass.MakeSuite(testCaseClass, prefix, sortUsing, suiteClass);
        public static PyObject findTestCases(PyObject module, PyObject prefix = null, PyObject sortUsing = null, PyObject suiteClass = null) =>
            TestLoaderClass.FindTestCases(module, prefix, sortUsing, suiteClass);
    }

    /// <summary>unittest.result</summary>
    [PythonModule("unittest.result")]
    public static class unittestResultModule
    {
        public static readonly PyObject TestResult = TestResultClass.TestResult;
        public static readonly PyObject STDOUT_LINE = PyStr.FromString("\nStdout:\n%s");
        public static readonly PyObject STDERR_LINE = PyStr.FromString("\nStderr:\n%s");
    }

    /// <summary>unittest.runner</summary>
    [PythonModule("unittest.runner")]
    public static class unittestRunnerModule
    {
        public static readonly PyObject _WritelnDecorator = TextTestRunnerClasses.WritelnDecorator;
        public static readonly PyObject TextTestResult = TextTestRunnerClasses.TextTestResult;
        public static readonly PyObject TextTestRunner = TextTestRunnerClasses.TextTestRunner;
    }

    /// <summary>unittest.signals</summary>
    [PythonModule("unittest.signals")]
    public static class unittestSignalsModule
    {
        public static PyObject installHandler() => Signals.InstallHandler();
        public static PyObject removeHandler(PyObject method = null) => Signals.RemoveHandler(method);
        public static PyObject registerResult(PyObject result) => Signals.RegisterResult(result);
        public static PyObject removeResult(PyObject result) => Signals.RemoveResult(result);
    }

    /// <summary>unittest.util</summary>
    [PythonModule("unittest.util")]
    public static class unittestUtilModule
    {
        public static PyObject safe_repr(PyObject obj, PyObject @short = null) => SafeRepr.Of(obj, @short != null && Ops.IsTrue(@short));
        public static PyObject strclass(PyObject cls) => PyStr.FromString(SafeRepr.StrClass(cls));
    }
}
