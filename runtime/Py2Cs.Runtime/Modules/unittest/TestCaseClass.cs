using System;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.case.TestCase (Python 2.7): fixtures, run() with 2.7's outcome rules, cleanups and the
    /// identity methods. The class is an ordinary Python class, so test classes subclass it and every
    /// call the runner makes (setUp, the test method, result.addFailure...) goes through attribute
    /// look-up. The assertion methods are added by <see cref="Assertions"/>.
    /// </summary>
    internal static class TestCaseClass
    {
        public const string Module = "unittest.case";
        private static PyObject None => PyNone.None;

        /// <summary>hasattr(o, '__call__'), which 2.7's unittest uses, is callable(o) for every object it meets.</summary>
        public static bool IsCallable(PyObject o) => Ops.IsTrue(Ops.Call(Builtin("callable"), o));

        public static PyObject Builtin(string name) => Ops.GetAttr(Importer.ImportModule("__builtin__"), PyStr.Intern(name));

        /// <summary>The Python exception a caught .NET exception stands for, recorded as sys.exc_info().</summary>
        public static PyObject ExcInfo(Exception e)
        {
            PythonException pe = e as PythonException ?? Ops.ToPython(e);
            Ops.SetExcInfo(pe);
            return Ops.ExcInfo();
        }

        public static PythonException AsPython(Exception e) => e as PythonException ?? Ops.ToPython(e);

        public static PyObject CallWithMsg(PyObject f, PyObject first, PyObject second, PyObject msg) =>
            Ops.Call(f, new[] { first, second, msg }, new[] { PyStr.Intern("msg") });

        public static readonly PyType TestCase = Build();

        private static PyType Build()
        {
            var b = new getopt.PythonClassBuilder(Module, "TestCase", PyType.ObjectType)
                .Attribute("__doc__", S("A class whose instances are single test cases.\n\n    By default, the test code itself should be placed in a method named\n    'runTest'.\n\n    If the fixture may be used for many test cases, create as\n    many test methods as are needed. When instantiating such a TestCase\n    subclass, specify in the constructor arguments the name of the test method\n    that the instance is to execute.\n\n    Test authors should subclass TestCase for their own tests. Construction\n    and deconstruction of the test's environment ('fixture') can be\n    implemented by overriding the 'setUp' and 'tearDown' methods respectively.\n\n    If it is necessary to override the __init__ method, the base class\n    __init__ method must always be called. It is important that subclasses\n    should not change the signature of their __init__ method, since instances\n    of the classes are instantiated automatically by parts of the framework\n    in order to be run.\n\n    When subclassing TestCase, you can set these attributes:\n    * failureException: determines which exception will be raised when\n        the instance's assertion methods fail; test methods raising this\n        exception will be deemed to have 'failed' rather than 'errored'.\n    * longMessage: determines whether long messages (including repr of\n        objects used in assert methods) will be printed on failure in *addition*\n        to any explicit message passed.\n    * maxDiff: sets the maximum length of a diff in failure messages\n        by assert methods using difflib. It is looked up as an instance\n        attribute so can be configured by individual tests if required.\n    "))
                .Attribute("failureException", PyExceptionTypes.AssertionError)
                .Attribute("longMessage", PyBool.False)
                .Attribute("maxDiff", PyInt.From(80 * 8))
                .Attribute("_diffThreshold", PyInt.From(1 << 16))
                .Attribute("_classSetupFailed", PyBool.False)
                .Method("__init__", new[] { "self", "methodName" }, a =>
                {
                    PyObject self = a[0], methodName = a[1];
                    Set(self, "_testMethodName", methodName);
                    Set(self, "_resultForDoCleanups", None);
                    PyObject testMethod = Ops.GetAttrOrNull(self, (PyStr)Ops.Call(PyStr.TypeObject, methodName));
                    if (testMethod == null)
                        throw Ops.ValueError("no such test method in " + Text(Ops.Str(Get(self, "__class__"))) + ": " + Text(methodName));
                    Set(self, "_testMethodDoc", Get(testMethod, "__doc__"));
                    Set(self, "_cleanups", new PyList());
                    Set(self, "_type_equality_funcs", new PyDict());
                    Call(self, "addTypeEqualityFunc", PyDict.TypeObject, S("assertDictEqual"));
                    Call(self, "addTypeEqualityFunc", PyList.TypeObject, S("assertListEqual"));
                    Call(self, "addTypeEqualityFunc", PyTuple.TypeObject, S("assertTupleEqual"));
                    Call(self, "addTypeEqualityFunc", PySet.TypeObject, S("assertSetEqual"));
                    Call(self, "addTypeEqualityFunc", PyFrozenSet.TypeObject, S("assertSetEqual"));
                    Call(self, "addTypeEqualityFunc", PyUnicode.TypeObject, S("assertMultiLineEqual"));
                    return None;
                }, defaults: new PyObject[] { S("runTest") })
                .Method("addTypeEqualityFunc", new[] { "self", "typeobj", "function" }, a =>
                {
                    Ops.SetItem(Get(a[0], "_type_equality_funcs"), a[1], a[2]);
                    return None;
                })
                .Method("addCleanup", new[] { "self", "function" }, a =>
                {
                    Call(Get(a[0], "_cleanups"), "append", PyTuple.Create(a[1], a[2], a[3]));
                    return None;
                }, varArgs: "args", kwArgs: "kwargs")
                .Method("setUp", new[] { "self" }, a => None)
                .Method("tearDown", new[] { "self" }, a => None)
                .Attribute("setUpClass", new PyClassMethod(PyFunction.WithBoundArguments(new FunctionSignature("setUpClass", new[] { "cls" }), a => None)))
                .Attribute("tearDownClass", new PyClassMethod(PyFunction.WithBoundArguments(new FunctionSignature("tearDownClass", new[] { "cls" }), a => None)))
                .Method("countTestCases", new[] { "self" }, a => PyInt.From(1))
                .Method("defaultTestResult", new[] { "self" }, a => Ops.Call(TestResultClass.TestResult))
                .Method("shortDescription", new[] { "self" }, a => FirstDocLine(Get(a[0], "_testMethodDoc")))
                .Method("id", new[] { "self" }, a => S(SafeRepr.StrClass(Get(a[0], "__class__")) + "." + Text(Get(a[0], "_testMethodName"))))
                .Method("__eq__", new[] { "self", "other" }, a =>
                {
                    if (!ReferenceEquals(Ops.TypeOf(a[0]), Ops.TypeOf(a[1]))) return PyNotImplemented.Value;
                    return PyBool.From(Ops.Eq(Get(a[0], "_testMethodName"), Get(a[1], "_testMethodName")));
                })
                .Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1])))
                .Method("__hash__", new[] { "self" }, a => PyInt.From(Ops.Hash(PyTuple.Create(Ops.TypeOf(a[0]), Get(a[0], "_testMethodName")))))
                .Method("__str__", new[] { "self" }, a => S(Text(Get(a[0], "_testMethodName")) + " (" + SafeRepr.StrClass(Get(a[0], "__class__")) + ")"))
                .Method("__repr__", new[] { "self" }, a => S("<" + SafeRepr.StrClass(Get(a[0], "__class__")) + " testMethod=" + Text(Get(a[0], "_testMethodName")) + ">"))
                .Method("_addSkip", new[] { "self", "result", "reason" }, a =>
                {
                    PyObject addSkip = GetOrNull(a[1], "addSkip");
                    if (addSkip != null && !IsNone(addSkip)) Ops.Call(addSkip, a[0], a[2]);
                    else
                    {
                        Warn("TestResult has no addSkip method, skips not reported");
                        Call(a[1], "addSuccess", a[0]);
                    }
                    return None;
                })
                .Method("run", new[] { "self", "result" }, a => Run(a[0], a[1]), defaults: new[] { None })
                .Method("doCleanups", new[] { "self" }, a => PyBool.From(DoCleanups(a[0])))
                .Method("__call__", new[] { "self" }, a => Ops.CallEx(Get(a[0], "run"), new PyObject[0], new PyStr[0], a[1], a[2]), varArgs: "args", kwArgs: "kwds")
                .Method("debug", new[] { "self" }, a =>
                {
                    PyObject self = a[0];
                    Call(self, "setUp");
                    Ops.Call(Ops.GetAttr(self, (PyStr)Ops.Call(PyStr.TypeObject, Get(self, "_testMethodName"))));
                    Call(self, "tearDown");
                    PyObject cleanups = Get(self, "_cleanups");
                    while (Ops.IsTrue(cleanups))
                    {
                        var entry = Ops.UnpackSequence(Call(cleanups, "pop", PyInt.From(-1)), 3);
                        Ops.CallEx(entry[0], new PyObject[0], new PyStr[0], entry[1], entry[2]);
                    }
                    return None;
                })
                .Method("skipTest", new[] { "self", "reason" }, a => throw Ops.MakeRaise(Ops.Call(Skipping.SkipTest, a[1])))
                .Method("fail", new[] { "self", "msg" }, a => throw Ops.MakeRaise(Ops.Call(Get(a[0], "failureException"), a[1])), defaults: new[] { None });
            Assertions.Define(b);
            PyType type = b.Build();
            Assertions.DefineAliases(type);
            return type;
        }

        public static PyObject FirstDocLine(PyObject doc)
        {
            if (!Ops.IsTrue(doc)) return None;
            PyObject first = Call(Call(Call(doc, "split", S("\n")), "__getitem__", PyInt.From(0)), "strip");
            return Ops.IsTrue(first) ? first : None;
        }

        public static void Warn(string message)
        {
            Ops.Call(Ops.GetAttr(Importer.ImportModule("warnings"), PyStr.Intern("warn")), S(message), PyExceptionTypes.RuntimeWarning, PyInt.From(2));
        }

        private static bool IsKeyboardInterrupt(PythonException e) => e.Matches(PyExceptionTypes.KeyboardInterrupt);

        /// <summary>TestCase.run: startTest, skip checks, setUp, the test method, tearDown, cleanups, stopTest.</summary>
        private static PyObject Run(PyObject self, PyObject result)
        {
            PyObject origResult = result;
            if (IsNone(result))
            {
                result = Call(self, "defaultTestResult");
                PyObject startTestRun = GetOrNull(result, "startTestRun");
                if (startTestRun != null && !IsNone(startTestRun)) Ops.Call(startTestRun);
            }
            Set(self, "_resultForDoCleanups", result);
            Call(result, "startTest", self);
            PyObject testMethod = Ops.GetAttr(self, (PyStr)Ops.Call(PyStr.TypeObject, Get(self, "_testMethodName")));
            PyObject cls = Get(self, "__class__");
            if (Ops.IsTrue(GetOrNull(cls, "__unittest_skip__") ?? PyBool.False) || Ops.IsTrue(GetOrNull(testMethod, "__unittest_skip__") ?? PyBool.False))
            {
                try
                {
                    PyObject why = GetOrNull(cls, "__unittest_skip_why__") ?? S("");
                    if (!Ops.IsTrue(why)) why = GetOrNull(testMethod, "__unittest_skip_why__") ?? S("");
                    Call(self, "_addSkip", result, why);
                }
                finally
                {
                    Call(result, "stopTest", self);
                }
                return None;
            }
            try
            {
                bool success = false;
                bool setUpDone = false;
                try
                {
                    Call(self, "setUp");
                    setUpDone = true;
                }
                catch (Exception e)
                {
                    var pe = AsPython(e);
                    if (IsKeyboardInterrupt(pe)) throw;
                    if (pe.Matches(Skipping.SkipTest)) Call(self, "_addSkip", result, Ops.Str(pe.Value));
                    else Call(result, "addError", self, ExcInfo(pe));
                }
                if (setUpDone)
                {
                    try
                    {
                        Ops.Call(testMethod);
                        success = true;
                    }
                    catch (Exception e)
                    {
                        var pe = AsPython(e);
                        if (IsKeyboardInterrupt(pe)) throw;
                        PyObject info = ExcInfo(pe);
                        if (pe.Matches(Get(self, "failureException"))) Call(result, "addFailure", self, info);
                        else if (pe.Matches(Skipping.ExpectedFailure))
                        {
                            PyObject add = GetOrNull(result, "addExpectedFailure");
                            if (add != null && !IsNone(add)) Ops.Call(add, self, Get(pe.Value, "exc_info"));
                            else
                            {
                                Warn("TestResult has no addExpectedFailure method, reporting as passes");
                                Call(result, "addSuccess", self);
                            }
                        }
                        else if (pe.Matches(Skipping.UnexpectedSuccess))
                        {
                            PyObject add = GetOrNull(result, "addUnexpectedSuccess");
                            if (add != null && !IsNone(add)) Ops.Call(add, self);
                            else
                            {
                                Warn("TestResult has no addUnexpectedSuccess method, reporting as failures");
                                Call(result, "addFailure", self, info);
                            }
                        }
                        else if (pe.Matches(Skipping.SkipTest)) Call(self, "_addSkip", result, Ops.Str(pe.Value));
                        else Call(result, "addError", self, info);
                    }
                    try
                    {
                        Call(self, "tearDown");
                    }
                    catch (Exception e)
                    {
                        var pe = AsPython(e);
                        if (IsKeyboardInterrupt(pe)) throw;
                        Call(result, "addError", self, ExcInfo(pe));
                        success = false;
                    }
                }
                bool cleanUpSuccess = Ops.IsTrue(Call(self, "doCleanups"));
                if (success && cleanUpSuccess) Call(result, "addSuccess", self);
            }
            finally
            {
                Call(result, "stopTest", self);
                if (IsNone(origResult))
                {
                    PyObject stopTestRun = GetOrNull(result, "stopTestRun");
                    if (stopTestRun != null && !IsNone(stopTestRun)) Ops.Call(stopTestRun);
                }
            }
            return None;
        }

        private static bool DoCleanups(PyObject self)
        {
            PyObject result = Get(self, "_resultForDoCleanups");
            bool ok = true;
            PyObject cleanups = Get(self, "_cleanups");
            while (Ops.IsTrue(cleanups))
            {
                var entry = Ops.UnpackSequence(Call(cleanups, "pop", PyInt.From(-1)), 3);
                try
                {
                    Ops.CallEx(entry[0], new PyObject[0], new PyStr[0], entry[1], entry[2]);
                }
                catch (Exception e)
                {
                    var pe = AsPython(e);
                    if (IsKeyboardInterrupt(pe)) throw;
                    ok = false;
                    Call(result, "addError", self, ExcInfo(pe));
                }
            }
            return ok;
        }

        /// <summary>unittest.FunctionTestCase: wraps a plain function (with optional setUp/tearDown).</summary>
        public static readonly PyType FunctionTestCase = new getopt.PythonClassBuilder(Module, "FunctionTestCase", TestCase)
            .Attribute("__doc__", S("A test case that wraps a test function.\n\n    This is useful for slipping pre-existing test functions into the\n    unittest framework. Optionally, set-up and tidy-up functions can be\n    supplied. As with TestCase, the tidy-up ('tearDown') function will\n    always be called if the set-up ('setUp') function ran successfully.\n    "))
            .Method("__init__", new[] { "self", "testFunc", "setUp", "tearDown", "description" }, a =>
            {
                Ops.Call(Get(TestCase, "__init__"), a[0]);
                Set(a[0], "_setUpFunc", a[2]);
                Set(a[0], "_tearDownFunc", a[3]);
                Set(a[0], "_testFunc", a[1]);
                Set(a[0], "_description", a[4]);
                return None;
            }, defaults: new[] { None, None, None })
            .Method("setUp", new[] { "self" }, a =>
            {
                PyObject f = Get(a[0], "_setUpFunc");
                if (!IsNone(f)) Ops.Call(f);
                return None;
            })
            .Method("tearDown", new[] { "self" }, a =>
            {
                PyObject f = Get(a[0], "_tearDownFunc");
                if (!IsNone(f)) Ops.Call(f);
                return None;
            })
            .Method("runTest", new[] { "self" }, a => { Ops.Call(Get(a[0], "_testFunc")); return None; })
            .Method("id", new[] { "self" }, a => Get(Get(a[0], "_testFunc"), "__name__"))
            .Method("__eq__", new[] { "self", "other" }, a =>
            {
                if (!Ops.IsInstance(a[1], Get(a[0], "__class__"))) return PyNotImplemented.Value;
                string[] names = { "_setUpFunc", "_tearDownFunc", "_testFunc", "_description" };
                foreach (var n in names)
                    if (!Ops.Eq(Get(a[0], n), Get(a[1], n))) return PyBool.False;
                return PyBool.True;
            })
            .Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1])))
            .Method("__hash__", new[] { "self" }, a => PyInt.From(Ops.Hash(PyTuple.Create(Ops.TypeOf(a[0]), Get(a[0], "_setUpFunc"), Get(a[0], "_tearDownFunc"), Get(a[0], "_testFunc"), Get(a[0], "_description")))))
            .Method("__str__", new[] { "self" }, a => S(SafeRepr.StrClass(Get(a[0], "__class__")) + " (" + Text(Get(Get(a[0], "_testFunc"), "__name__")) + ")"))
            .Method("__repr__", new[] { "self" }, a => S("<" + SafeRepr.StrClass(Get(a[0], "__class__")) + " tec=" + Text(Ops.Repr(Get(a[0], "_testFunc"))) + ">"))
            .Method("shortDescription", new[] { "self" }, a =>
            {
                PyObject d = Get(a[0], "_description");
                if (!IsNone(d)) return d;
                return FirstDocLine(Get(Get(a[0], "_testFunc"), "__doc__"));
            })
            .Build();
    }
}
