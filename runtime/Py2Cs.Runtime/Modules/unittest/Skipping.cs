using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.case's skipping machinery: SkipTest, the private _ExpectedFailure/_UnexpectedSuccess
    /// signals, and the skip/skipIf/skipUnless/expectedFailure decorators (functools.wraps'ed wrappers
    /// for functions, attributes on classes).
    /// </summary>
    internal static class Skipping
    {
        private const string Module = "unittest.case";
        private static PyObject None => PyNone.None;

        public static readonly PyType SkipTest = new getopt.PythonClassBuilder(Module, "SkipTest", PyExceptionTypes.Exception)
            .Attribute("__doc__", S("\n    Raise this exception in a test to skip it.\n\n    Usually you can use TestCase.skipTest() or one of the skipping decorators\n    instead of raising this directly.\n    "))
            .Build();

        public static readonly PyType ExpectedFailure = new getopt.PythonClassBuilder(Module, "_ExpectedFailure", PyExceptionTypes.Exception)
            .Method("__init__", new[] { "self", "exc_info" }, a =>
            {
                Ops.Call(Get(PyExceptionTypes.Exception, "__init__"), a[0]);
                Set(a[0], "exc_info", a[1]);
                return None;
            })
            .Build();

        public static readonly PyType UnexpectedSuccess = new getopt.PythonClassBuilder(Module, "_UnexpectedSuccess", PyExceptionTypes.Exception).Build();

        private static PyObject Wraps(PyObject wrapper, PyObject wrapped) =>
            Ops.Call(Ops.GetAttr(Importer.ImportModule("functools"), PyStr.Intern("update_wrapper")), wrapper, wrapped);

        // Classic and new-style classes are both PyTypes.
        private static bool IsClass(PyObject o) => o is PyType;

        public static PyObject Skip(PyObject reason) => NativeFunction.Create("decorator", testItem =>
        {
            if (!IsClass(testItem))
            {
                var wrapper = PyFunction.WithBoundArguments(new FunctionSignature("skip_wrapper", new string[0], "args", "kwargs"),
                    _ => throw Ops.MakeRaise(Ops.Call(SkipTest, reason)));
                testItem = Wraps(wrapper, testItem);
            }
            Set(testItem, "__unittest_skip__", PyBool.True);
            Set(testItem, "__unittest_skip_why__", reason);
            return testItem;
        });

        public static readonly PyObject Identity = NativeFunction.Create("_id", obj => obj);

        public static PyObject SkipIf(PyObject condition, PyObject reason) => Ops.IsTrue(condition) ? Skip(reason) : Identity;

        public static PyObject SkipUnless(PyObject condition, PyObject reason) => !Ops.IsTrue(condition) ? Skip(reason) : Identity;

        public static PyObject ExpectedFailureDecorator(PyObject func)
        {
            var wrapper = PyFunction.WithBoundArguments(new FunctionSignature("wrapper", new string[0], "args", "kwargs"), a =>
            {
                try
                {
                    Ops.CallEx(func, new PyObject[0], new PyStr[0], a[0], a[1]);
                }
                catch (System.Exception e)
                {
                    PythonException pe = e as PythonException ?? Ops.ToPython(e);
                    if (!pe.Matches(PyExceptionTypes.Exception)) throw;
                    Ops.SetExcInfo(pe);
                    throw Ops.MakeRaise(Ops.Call(ExpectedFailure, Ops.ExcInfo()));
                }
                throw Ops.MakeRaise(Ops.Call(UnexpectedSuccess));
            });
            return Wraps(wrapper, func);
        }
    }
}
