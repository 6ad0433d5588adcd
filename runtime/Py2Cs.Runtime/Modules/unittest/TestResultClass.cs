using System.Collections.Generic;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.result.TestResult (2.7): the outcome lists, failfast, output buffering and the
    /// traceback text of failures (frames of unittest itself are native code, so they never appear,
    /// as CPython hides its __unittest frames).
    /// </summary>
    internal static class TestResultClass
    {
        private const string Module = "unittest.result";
        private static PyObject None => PyNone.None;

        private static PyObject SysModule => Importer.ImportModule("sys");

        /// <summary>result.py's @failfast: stop() first when failfast is set.</summary>
        private static void FailFast(PyObject self)
        {
            PyObject ff = GetOrNull(self, "failfast");
            if (ff != null && Ops.IsTrue(ff)) Call(self, "stop");
        }

        private static PyObject NewStringIO() => Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), PyStr.Intern("StringIO")));

        public static readonly PyType TestResult = new getopt.PythonClassBuilder(Module, "TestResult", PyType.ObjectType)
            .Attribute("__doc__", S("Holder for test result information.\n\n    Test results are automatically managed by the TestCase and TestSuite\n    classes, and do not need to be explicitly manipulated by writers of tests.\n\n    Each instance holds the total number of tests run, and collections of\n    failures and errors that occurred among those test runs. The collections\n    contain tuples of (testcase, exceptioninfo), where exceptioninfo is the\n    formatted traceback of the error that occurred.\n    "))
            .Attribute("_previousTestClass", None)
            .Attribute("_testRunEntered", PyBool.False)
            .Attribute("_moduleSetUpFailed", PyBool.False)
            .Method("__init__", new[] { "self", "stream", "descriptions", "verbosity" }, a =>
            {
                PyObject self = a[0];
                Set(self, "failfast", PyBool.False);
                Set(self, "failures", new PyList());
                Set(self, "errors", new PyList());
                Set(self, "testsRun", PyInt.From(0));
                Set(self, "skipped", new PyList());
                Set(self, "expectedFailures", new PyList());
                Set(self, "unexpectedSuccesses", new PyList());
                Set(self, "shouldStop", PyBool.False);
                Set(self, "buffer", PyBool.False);
                Set(self, "_stdout_buffer", None);
                Set(self, "_stderr_buffer", None);
                Set(self, "_original_stdout", Get(SysModule, "stdout"));
                Set(self, "_original_stderr", Get(SysModule, "stderr"));
                Set(self, "_mirrorOutput", PyBool.False);
                return None;
            }, defaults: new[] { None, None, None })
            .Method("printErrors", new[] { "self" }, a => None)
            .Method("startTest", new[] { "self", "test" }, a =>
            {
                Set(a[0], "testsRun", Ops.Add(Get(a[0], "testsRun"), PyInt.From(1)));
                Set(a[0], "_mirrorOutput", PyBool.False);
                Call(a[0], "_setupStdout");
                return None;
            })
            .Method("_setupStdout", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                if (Ops.IsTrue(Get(self, "buffer")))
                {
                    if (IsNone(Get(self, "_stderr_buffer")))
                    {
                        Set(self, "_stderr_buffer", NewStringIO());
                        Set(self, "_stdout_buffer", NewStringIO());
                    }
                    Set(SysModule, "stdout", Get(self, "_stdout_buffer"));
                    Set(SysModule, "stderr", Get(self, "_stderr_buffer"));
                }
                return None;
            })
            .Method("startTestRun", new[] { "self" }, a => None)
            .Method("stopTest", new[] { "self", "test" }, a =>
            {
                Call(a[0], "_restoreStdout");
                Set(a[0], "_mirrorOutput", PyBool.False);
                return None;
            })
            .Method("_restoreStdout", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                if (Ops.IsTrue(Get(self, "buffer")))
                {
                    if (Ops.IsTrue(Get(self, "_mirrorOutput")))
                    {
                        PyObject output = Call(Get(SysModule, "stdout"), "getvalue");
                        PyObject error = Call(Get(SysModule, "stderr"), "getvalue");
                        if (Ops.IsTrue(output))
                        {
                            if (!Ops.IsTrue(Call(output, "endswith", S("\n")))) output = Ops.Add(output, S("\n"));
                            Call(Get(self, "_original_stdout"), "write", Ops.Modulo(S("\nStdout:\n%s"), output));
                        }
                        if (Ops.IsTrue(error))
                        {
                            if (!Ops.IsTrue(Call(error, "endswith", S("\n")))) error = Ops.Add(error, S("\n"));
                            Call(Get(self, "_original_stderr"), "write", Ops.Modulo(S("\nStderr:\n%s"), error));
                        }
                    }
                    Set(SysModule, "stdout", Get(self, "_original_stdout"));
                    Set(SysModule, "stderr", Get(self, "_original_stderr"));
                    foreach (var name in new[] { "_stdout_buffer", "_stderr_buffer" })
                    {
                        PyObject buffer = Get(self, name);
                        Call(buffer, "seek", PyInt.From(0));
                        Call(buffer, "truncate");
                    }
                }
                return None;
            })
            .Method("stopTestRun", new[] { "self" }, a => None)
            .Method("addError", new[] { "self", "test", "err" }, a =>
            {
                FailFast(a[0]);
                Call(Get(a[0], "errors"), "append", PyTuple.Create(a[1], Call(a[0], "_exc_info_to_string", a[2], a[1])));
                Set(a[0], "_mirrorOutput", PyBool.True);
                return None;
            })
            .Method("addFailure", new[] { "self", "test", "err" }, a =>
            {
                FailFast(a[0]);
                Call(Get(a[0], "failures"), "append", PyTuple.Create(a[1], Call(a[0], "_exc_info_to_string", a[2], a[1])));
                Set(a[0], "_mirrorOutput", PyBool.True);
                return None;
            })
            .Method("addSuccess", new[] { "self", "test" }, a => None)
            .Method("addSkip", new[] { "self", "test", "reason" }, a =>
            {
                Call(Get(a[0], "skipped"), "append", PyTuple.Create(a[1], a[2]));
                return None;
            })
            .Method("addExpectedFailure", new[] { "self", "test", "err" }, a =>
            {
                Call(Get(a[0], "expectedFailures"), "append", PyTuple.Create(a[1], Call(a[0], "_exc_info_to_string", a[2], a[1])));
                return None;
            })
            .Method("addUnexpectedSuccess", new[] { "self", "test" }, a =>
            {
                FailFast(a[0]);
                Call(Get(a[0], "unexpectedSuccesses"), "append", a[1]);
                return None;
            })
            .Method("wasSuccessful", new[] { "self" }, a =>
                PyBool.From(Ops.Len(Get(a[0], "failures")) == 0 && Ops.Len(Get(a[0], "errors")) == 0))
            .Method("stop", new[] { "self" }, a =>
            {
                Set(a[0], "shouldStop", PyBool.True);
                return None;
            })
            .Method("_exc_info_to_string", new[] { "self", "err", "test" }, a => S(ExcInfoToString(a[0], a[1], a[2])))
            .Method("_is_relevant_tb_level", new[] { "self", "tb" }, a => PyBool.False)
            .Method("_count_relevant_tb_levels", new[] { "self", "tb" }, a =>
            {
                int length = 0;
                for (PyObject tb = a[1]; !IsNone(tb); tb = Get(tb, "tb_next")) length++;
                return PyInt.From(length);
            })
            .Method("__repr__", new[] { "self" }, a => S("<" + SafeRepr.StrClass(Get(a[0], "__class__")) + " run=" + Text(Ops.Str(Get(a[0], "testsRun"))) +
                " errors=" + Ops.Len(Get(a[0], "errors")) + " failures=" + Ops.Len(Get(a[0], "failures")) + ">"))
            .Build();

        private static string ExcInfoToString(PyObject self, PyObject err, PyObject test)
        {
            var info = Ops.UnpackSequence(err, 3);
            PyObject tb = info[2];
            // Runner frames are native and never part of the traceback; failures and errors print alike.
            var lines = new List<string>();
            foreach (var line in Items(Ops.Call(Ops.GetAttr(Importer.ImportModule("traceback"), PyStr.Intern("format_exception")), info[0], info[1], tb)))
                lines.Add(Text(line));
            if (Ops.IsTrue(Get(self, "buffer")))
            {
                string output = Text(Call(Get(SysModule, "stdout"), "getvalue"));
                string error = Text(Call(Get(SysModule, "stderr"), "getvalue"));
                if (output.Length > 0)
                {
                    if (!output.EndsWith("\n")) output += "\n";
                    lines.Add("\nStdout:\n" + output);
                }
                if (error.Length > 0)
                {
                    if (!error.EndsWith("\n")) error += "\n";
                    lines.Add("\nStderr:\n" + error);
                }
            }
            return string.Concat(lines);
        }
    }
}
