using System.Collections.Generic;
using System.Diagnostics;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.runner (2.7): _WritelnDecorator, TextTestResult (dots or "test (module.Class) ... ok"
    /// lines, the ERROR/FAIL blocks) and TextTestRunner (the "Ran N tests in X.XXXs" summary and the
    /// OK/FAILED line with its counts).
    /// </summary>
    internal static class TextTestRunnerClasses
    {
        private const string Module = "unittest.runner";
        private static PyObject None => PyNone.None;

        public static readonly PyType WritelnDecorator = new getopt.PythonClassBuilder(Module, "_WritelnDecorator", PyType.ObjectType)
            .Attribute("__doc__", S("Used to decorate file-like objects with a handy 'writeln' method"))
            .Method("__init__", new[] { "self", "stream" }, a => { Set(a[0], "stream", a[1]); return None; })
            .Method("__getattr__", new[] { "self", "attr" }, a =>
            {
                string attr = Text(a[1]);
                if (attr == "stream" || attr == "__getstate__") throw Ops.MakeRaise(PyExceptionTypes.AttributeError, a[1]);
                return Ops.GetAttr(Get(a[0], "stream"), (PyStr)Ops.Call(PyStr.TypeObject, a[1]));
            })
            .Method("writeln", new[] { "self", "arg" }, a =>
            {
                if (Ops.IsTrue(a[1])) Call(a[0], "write", a[1]);
                Call(a[0], "write", S("\n"));
                return None;
            }, defaults: new[] { None })
            .Build();

        private static void Write(PyObject self, string text) => Call(Get(self, "stream"), "write", S(text));

        private static void Writeln(PyObject self, string text) => Call(Get(self, "stream"), "writeln", S(text));

        private static void Flush(PyObject self) => Call(Get(self, "stream"), "flush");

        private static bool ShowAll(PyObject self) => Ops.IsTrue(Get(self, "showAll"));

        private static bool Dots(PyObject self) => Ops.IsTrue(Get(self, "dots"));

        /// <summary>An outcome method: TestResult's bookkeeping, then the word (verbose) or letter (dots).</summary>
        private static getopt.PythonClassBuilder Outcome(this getopt.PythonClassBuilder b, string name, string[] parameters, string word, string letter)
        {
            return b.Method(name, parameters, a =>
            {
                var args = new PyObject[a.Length];
                System.Array.Copy(a, args, a.Length);
                Ops.Call(Get(TestResultClass.TestResult, name), args);
                if (ShowAll(a[0])) Writeln(a[0], word ?? "skipped " + Text(Ops.Repr(a[2])));
                else if (Dots(a[0]))
                {
                    Write(a[0], letter);
                    Flush(a[0]);
                }
                return None;
            });
        }

        public static readonly PyType TextTestResult = new getopt.PythonClassBuilder(Module, "TextTestResult", TestResultClass.TestResult)
            .Attribute("__doc__", S("A test result class that can print formatted text results to a stream.\n\n    Used by TextTestRunner.\n    "))
            .Attribute("separator1", S(new string('=', 70)))
            .Attribute("separator2", S(new string('-', 70)))
            .Method("__init__", new[] { "self", "stream", "descriptions", "verbosity" }, a =>
            {
                Ops.Call(Get(TestResultClass.TestResult, "__init__"), new[] { a[0], a[1], a[2], a[3] });
                Set(a[0], "stream", a[1]);
                Set(a[0], "showAll", PyBool.From(Ops.Greater(a[3], PyInt.From(1))));
                Set(a[0], "dots", PyBool.From(Ops.Eq(a[3], PyInt.From(1))));
                Set(a[0], "descriptions", a[2]);
                return None;
            })
            .Method("getDescription", new[] { "self", "test" }, a =>
            {
                PyObject docFirstLine = Call(a[1], "shortDescription");
                if (Ops.IsTrue(Get(a[0], "descriptions")) && Ops.IsTrue(docFirstLine))
                    return Call(S("\n"), "join", PyTuple.Create(Ops.Str(a[1]), docFirstLine));
                return Ops.Str(a[1]);
            })
            .Method("startTest", new[] { "self", "test" }, a =>
            {
                Ops.Call(Get(TestResultClass.TestResult, "startTest"), a[0], a[1]);
                if (ShowAll(a[0]))
                {
                    Call(Get(a[0], "stream"), "write", Call(a[0], "getDescription", a[1]));
                    Write(a[0], " ... ");
                    Flush(a[0]);
                }
                return None;
            })
            .Outcome("addSuccess", new[] { "self", "test" }, "ok", ".")
            .Outcome("addError", new[] { "self", "test", "err" }, "ERROR", "E")
            .Outcome("addFailure", new[] { "self", "test", "err" }, "FAIL", "F")
            .Outcome("addSkip", new[] { "self", "test", "reason" }, null, "s")
            .Outcome("addExpectedFailure", new[] { "self", "test", "err" }, "expected failure", "x")
            .Outcome("addUnexpectedSuccess", new[] { "self", "test" }, "unexpected success", "u")
            .Method("printErrors", new[] { "self" }, a =>
            {
                if (Dots(a[0]) || ShowAll(a[0])) Call(Get(a[0], "stream"), "writeln");
                Call(a[0], "printErrorList", S("ERROR"), Get(a[0], "errors"));
                Call(a[0], "printErrorList", S("FAIL"), Get(a[0], "failures"));
                return None;
            })
            .Method("printErrorList", new[] { "self", "flavour", "errors" }, a =>
            {
                PyObject stream = Get(a[0], "stream");
                foreach (var entry in Items(a[2]))
                {
                    var pair = Ops.UnpackSequence(entry, 2);
                    Call(stream, "writeln", Get(a[0], "separator1"));
                    Call(stream, "writeln", Ops.Modulo(S("%s: %s"), PyTuple.Create(a[1], Call(a[0], "getDescription", pair[0]))));
                    Call(stream, "writeln", Get(a[0], "separator2"));
                    Call(stream, "writeln", Ops.Modulo(S("%s"), PyTuple.Create(pair[1])));
                }
                return None;
            })
            .Build();

        /// <summary>TextTestRunner's stream default: sys.stderr when unittest was imported (a default argument in 2.7).</summary>
        private static readonly PyObject DefaultStream = Get(Importer.ImportModule("sys"), "stderr");

        public static readonly PyType TextTestRunner = new getopt.PythonClassBuilder(Module, "TextTestRunner", PyType.ObjectType)
            .Attribute("__doc__", S("A test runner class that displays results in textual form.\n\n    It prints out the names of tests as they are run, errors as they\n    occur, and a summary of the results at the end of the test run.\n    "))
            .Attribute("resultclass", TextTestResult)
            .Method("__init__", new[] { "self", "stream", "descriptions", "verbosity", "failfast", "buffer", "resultclass" }, a =>
            {
                PyObject self = a[0];
                Set(self, "stream", Ops.Call(WritelnDecorator, a[1]));
                Set(self, "descriptions", a[2]);
                Set(self, "verbosity", a[3]);
                Set(self, "failfast", a[4]);
                Set(self, "buffer", a[5]);
                if (!IsNone(a[6])) Set(self, "resultclass", a[6]);
                return None;
            }, defaults: new[] { DefaultStream, PyBool.True, PyInt.From(1), PyBool.False, PyBool.False, None })
            .Method("_makeResult", new[] { "self" }, a => Ops.Call(Get(a[0], "resultclass"), Get(a[0], "stream"), Get(a[0], "descriptions"), Get(a[0], "verbosity")))
            .Method("run", new[] { "self", "test" }, a => Run(a[0], a[1]))
            .Build();

        private static PyObject Run(PyObject self, PyObject test)
        {
            PyObject result = Call(self, "_makeResult");
            Signals.RegisterResult(result);
            Set(result, "failfast", Get(self, "failfast"));
            Set(result, "buffer", Get(self, "buffer"));
            var clock = Stopwatch.StartNew();
            PyObject startTestRun = GetOrNull(result, "startTestRun");
            if (startTestRun != null && !IsNone(startTestRun)) Ops.Call(startTestRun);
            try
            {
                Ops.Call(test, result);
            }
            finally
            {
                PyObject stopTestRun = GetOrNull(result, "stopTestRun");
                if (stopTestRun != null && !IsNone(stopTestRun)) Ops.Call(stopTestRun);
            }
            double timeTaken = clock.Elapsed.TotalSeconds;
            Call(result, "printErrors");
            PyObject stream = Get(self, "stream");
            PyObject separator2 = GetOrNull(result, "separator2");
            if (separator2 != null) Call(stream, "writeln", separator2);
            long run = Ops.IndexToLong(Get(result, "testsRun"));
            Call(stream, "writeln", S("Ran " + run + " test" + (run != 1 ? "s" : "") + " in " + timeTaken.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + "s"));
            Call(stream, "writeln");
            int expectedFails = 0, unexpectedSuccesses = 0, skipped = 0;
            PyObject ef = GetOrNull(result, "expectedFailures"), us = GetOrNull(result, "unexpectedSuccesses"), sk = GetOrNull(result, "skipped");
            if (ef != null && us != null && sk != null)
            {
                expectedFails = Ops.Len(ef);
                unexpectedSuccesses = Ops.Len(us);
                skipped = Ops.Len(sk);
            }
            var infos = new List<string>();
            if (!Ops.IsTrue(Call(result, "wasSuccessful")))
            {
                Call(stream, "write", S("FAILED"));
                int failed = Ops.Len(Get(result, "failures")), errored = Ops.Len(Get(result, "errors"));
                if (failed > 0) infos.Add("failures=" + failed);
                if (errored > 0) infos.Add("errors=" + errored);
            }
            else Call(stream, "write", S("OK"));
            if (skipped > 0) infos.Add("skipped=" + skipped);
            if (expectedFails > 0) infos.Add("expected failures=" + expectedFails);
            if (unexpectedSuccesses > 0) infos.Add("unexpected successes=" + unexpectedSuccesses);
            if (infos.Count > 0) Call(stream, "writeln", S(" (" + string.Join(", ", infos) + ")"));
            else Call(stream, "write", S("\n"));
            return result;
        }
    }
}
