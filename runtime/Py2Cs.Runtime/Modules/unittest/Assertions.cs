using System;
using System.Collections.Generic;
using System.Text;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// TestCase's assert* methods with Python 2.7's messages (case.py): the type-specific equality
    /// asserters with their ndiff output, maxDiff truncation, longMessage, assertRaises as call and
    /// context manager, and the deprecated aliases.
    /// </summary>
    internal static class Assertions
    {
        private static PyObject None => PyNone.None;
        private static readonly PyObject[] NoneDefault = { PyNone.None };

        public const string DiffOmitted = "\nDiff is {0} characters long. Set self.maxDiff to None to see it.";

        private static string R(PyObject o, bool shortForm = false) => SafeRepr.Text(o, shortForm);

        /// <summary>raise self.failureException(msg)</summary>
        private static PythonException Failure(PyObject self, PyObject msg) => Ops.MakeRaise(Ops.Call(Get(self, "failureException"), msg));

        /// <summary>self.fail(msg): through attribute look-up, as case.py calls it.</summary>
        private static PyObject CallFail(PyObject self, PyObject msg)
        {
            Call(self, "fail", msg);
            return None;
        }

        private static PyObject FormatMessage(PyObject self, PyObject msg, string standardMsg) => Call(self, "_formatMessage", msg, S(standardMsg));

        private static PyObject FormatMessage(PyObject self, PyObject msg, PyObject standardMsg) => Call(self, "_formatMessage", msg, standardMsg);

        private static bool IsString(PyObject o) => Ops.IsInstance(o, PyStr.TypeObject) || Ops.IsInstance(o, PyUnicode.TypeObject);

        public static void Define(getopt.PythonClassBuilder b)
        {
            string[] two = { "self", "first", "second", "msg" };
            b.Method("_formatMessage", new[] { "self", "msg", "standardMsg" }, a =>
            {
                PyObject self = a[0], msg = a[1], std = a[2];
                if (!Ops.IsTrue(Get(self, "longMessage"))) return Ops.IsTrue(msg) ? msg : std;
                if (IsNone(msg)) return std;
                try
                {
                    return Ops.Modulo(S("%s : %s"), PyTuple.Create(std, msg));
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeDecodeError))
                {
                    return Ops.Modulo(S("%s : %s"), PyTuple.Create(SafeRepr.Of(std), SafeRepr.Of(msg)));
                }
            });
            b.Method("assertFalse", new[] { "self", "expr", "msg" }, a =>
            {
                if (Ops.IsTrue(a[1])) throw Failure(a[0], FormatMessage(a[0], a[2], R(a[1]) + " is not false"));
                return None;
            }, NoneDefault);
            b.Method("assertTrue", new[] { "self", "expr", "msg" }, a =>
            {
                if (!Ops.IsTrue(a[1])) throw Failure(a[0], FormatMessage(a[0], a[2], R(a[1]) + " is not true"));
                return None;
            }, NoneDefault);
            b.Method("assertRaises", new[] { "self", "excClass", "callableObj" }, a =>
            {
                PyObject context = Ops.Call(AssertRaisesContext, a[1], a[0]);
                if (IsNone(a[2])) return context;
                return RunInContext(context, a[2], a[3], a[4]);
            }, NoneDefault, "args", "kwargs");
            b.Method("assertRaisesRegexp", new[] { "self", "expected_exception", "expected_regexp", "callable_obj" }, a =>
            {
                PyObject regexp = a[2];
                if (!IsNone(regexp)) regexp = Ops.Call(Ops.GetAttr(Importer.ImportModule("re"), PyStr.Intern("compile")), regexp);
                PyObject context = Ops.Call(AssertRaisesContext, a[1], a[0], regexp);
                if (IsNone(a[3])) return context;
                return RunInContext(context, a[3], a[4], a[5]);
            }, NoneDefault, "args", "kwargs");
            b.Method("_getAssertEqualityFunc", new[] { "self", "first", "second" }, a =>
            {
                PyObject t1 = Ops.TypeOf(a[1]), t2 = Ops.TypeOf(a[2]);
                if (Ops.Eq(t1, t2))
                {
                    PyObject asserter = Call(Get(a[0], "_type_equality_funcs"), "get", t1);
                    if (!IsNone(asserter))
                    {
                        if (IsString(asserter)) asserter = Ops.GetAttr(a[0], (PyStr)Ops.Call(PyStr.TypeObject, asserter));
                        return asserter;
                    }
                }
                return Get(a[0], "_baseAssertEqual");
            });
            b.Method("_baseAssertEqual", two, a =>
            {
                if (!Ops.Eq(a[1], a[2])) throw Failure(a[0], FormatMessage(a[0], a[3], R(a[1]) + " != " + R(a[2])));
                return None;
            }, NoneDefault);
            b.Method("assertEqual", two, a =>
            {
                PyObject f = Call(a[0], "_getAssertEqualityFunc", a[1], a[2]);
                TestCaseClass.CallWithMsg(f, a[1], a[2], a[3]);
                return None;
            }, NoneDefault);
            b.Method("assertNotEqual", two, a =>
            {
                if (!Ops.Ne(a[1], a[2])) throw Failure(a[0], FormatMessage(a[0], a[3], R(a[1]) + " == " + R(a[2])));
                return None;
            }, NoneDefault);
            b.Method("assertAlmostEqual", new[] { "self", "first", "second", "places", "msg", "delta" }, a => AlmostEqual(a, equal: true), new[] { None, None, None });
            b.Method("assertNotAlmostEqual", new[] { "self", "first", "second", "places", "msg", "delta" }, a => AlmostEqual(a, equal: false), new[] { None, None, None });
            b.Method("assertSequenceEqual", new[] { "self", "seq1", "seq2", "msg", "seq_type" }, a => SequenceEqual(a[0], a[1], a[2], a[3], a[4]), new[] { None, None });
            b.Method("_truncateMessage", new[] { "self", "message", "diff" }, a =>
            {
                PyObject maxDiff = Get(a[0], "maxDiff");
                if (IsNone(maxDiff) || Ops.LessEqual(PyInt.From(Ops.Len(a[2])), maxDiff)) return Ops.Add(a[1], a[2]);
                return Ops.Add(a[1], S(string.Format(DiffOmitted, Ops.Len(a[2]))));
            });
            b.Method("assertListEqual", new[] { "self", "list1", "list2", "msg" }, a => SequenceEqual(a[0], a[1], a[2], a[3], PyList.TypeObject), NoneDefault);
            b.Method("assertTupleEqual", new[] { "self", "tuple1", "tuple2", "msg" }, a => SequenceEqual(a[0], a[1], a[2], a[3], PyTuple.TypeObject), NoneDefault);
            b.Method("assertSetEqual", new[] { "self", "set1", "set2", "msg" }, a => SetEqual(a[0], a[1], a[2], a[3]), NoneDefault);
            b.Method("assertIn", new[] { "self", "member", "container", "msg" }, a =>
            {
                if (!Ops.In(a[1], a[2])) CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " not found in " + R(a[2])));
                return None;
            }, NoneDefault);
            b.Method("assertNotIn", new[] { "self", "member", "container", "msg" }, a =>
            {
                if (Ops.In(a[1], a[2])) CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " unexpectedly found in " + R(a[2])));
                return None;
            }, NoneDefault);
            b.Method("assertIs", new[] { "self", "expr1", "expr2", "msg" }, a =>
            {
                if (!ReferenceEquals(a[1], a[2])) CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " is not " + R(a[2])));
                return None;
            }, NoneDefault);
            b.Method("assertIsNot", new[] { "self", "expr1", "expr2", "msg" }, a =>
            {
                if (ReferenceEquals(a[1], a[2])) CallFail(a[0], FormatMessage(a[0], a[3], "unexpectedly identical: " + R(a[1])));
                return None;
            }, NoneDefault);
            b.Method("assertDictEqual", new[] { "self", "d1", "d2", "msg" }, a =>
            {
                PyObject self = a[0], d1 = a[1], d2 = a[2];
                Call(self, "assertIsInstance", d1, PyDict.TypeObject, S("First argument is not a dictionary"));
                Call(self, "assertIsInstance", d2, PyDict.TypeObject, S("Second argument is not a dictionary"));
                if (Ops.Ne(d1, d2))
                {
                    string standard = R(d1, true) + " != " + R(d2, true);
                    string diff = "\n" + string.Join("\n", Ndiff.Compare(SplitLines(PrettyFormat.Format(d1)), SplitLines(PrettyFormat.Format(d2))));
                    PyObject message = Call(self, "_truncateMessage", S(standard), S(diff));
                    CallFail(self, FormatMessage(self, a[3], message));
                }
                return None;
            }, NoneDefault);
            b.Method("assertDictContainsSubset", new[] { "self", "expected", "actual", "msg" }, a => DictContainsSubset(a[0], a[1], a[2], a[3]), NoneDefault);
            b.Method("assertItemsEqual", new[] { "self", "expected_seq", "actual_seq", "msg" }, a => ItemsEqual(a[0], a[1], a[2], a[3]), NoneDefault);
            b.Method("assertMultiLineEqual", two, a => MultiLineEqual(a[0], a[1], a[2], a[3]), NoneDefault);
            Compare(b, "assertLess", "not less than", (x, y) => Ops.Less(x, y));
            Compare(b, "assertLessEqual", "not less than or equal to", (x, y) => Ops.LessEqual(x, y));
            Compare(b, "assertGreater", "not greater than", (x, y) => Ops.Greater(x, y));
            Compare(b, "assertGreaterEqual", "not greater than or equal to", (x, y) => Ops.GreaterEqual(x, y));
            b.Method("assertIsNone", new[] { "self", "obj", "msg" }, a =>
            {
                if (!IsNone(a[1])) CallFail(a[0], FormatMessage(a[0], a[2], R(a[1]) + " is not None"));
                return None;
            }, NoneDefault);
            b.Method("assertIsNotNone", new[] { "self", "obj", "msg" }, a =>
            {
                if (IsNone(a[1])) CallFail(a[0], FormatMessage(a[0], a[2], "unexpectedly None"));
                return None;
            }, NoneDefault);
            b.Method("assertIsInstance", new[] { "self", "obj", "cls", "msg" }, a =>
            {
                if (!Ops.IsTrue(Ops.Call(TestCaseClass.Builtin("isinstance"), a[1], a[2])))
                    CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " is not an instance of " + Text(Ops.Repr(a[2]))));
                return None;
            }, NoneDefault);
            b.Method("assertNotIsInstance", new[] { "self", "obj", "cls", "msg" }, a =>
            {
                if (Ops.IsTrue(Ops.Call(TestCaseClass.Builtin("isinstance"), a[1], a[2])))
                    CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " is an instance of " + Text(Ops.Repr(a[2]))));
                return None;
            }, NoneDefault);
            b.Method("assertRegexpMatches", new[] { "self", "text", "expected_regexp", "msg" }, a =>
            {
                PyObject regexp = Compiled(a[2]);
                if (!Ops.IsTrue(Call(regexp, "search", a[1])))
                {
                    PyObject msg = Ops.IsTrue(a[3]) ? a[3] : S("Regexp didn't match");
                    msg = Ops.Modulo(S("%s: %r not found in %r"), PyTuple.Create(msg, Get(regexp, "pattern"), a[1]));
                    throw Failure(a[0], msg);
                }
                return None;
            }, NoneDefault);
            b.Method("assertNotRegexpMatches", new[] { "self", "text", "unexpected_regexp", "msg" }, a =>
            {
                PyObject regexp = Compiled(a[2]);
                PyObject match = Call(regexp, "search", a[1]);
                if (Ops.IsTrue(match))
                {
                    PyObject msg = Ops.IsTrue(a[3]) ? a[3] : S("Regexp matched");
                    PyObject matched = Ops.GetSlice(a[1], Call(match, "start"), Call(match, "end"));
                    msg = Ops.Modulo(S("%s: %r matches %r in %r"), PyTuple.Create(msg, matched, Get(regexp, "pattern"), a[1]));
                    throw Failure(a[0], msg);
                }
                return None;
            }, NoneDefault);
        }

        /// <summary>The synonyms and deprecated names: the same function objects as the originals.</summary>
        public static void DefineAliases(PyType type)
        {
            PyObject dict = Get(type, "__dict__");
            void Alias(string alias, string original) => Ops.SetAttr(type, PyStr.Intern(alias), Ops.GetItem(dict, S(original)));
            Alias("assertEquals", "assertEqual");
            Alias("assertNotEquals", "assertNotEqual");
            Alias("assertAlmostEquals", "assertAlmostEqual");
            Alias("assertNotAlmostEquals", "assertNotAlmostEqual");
            Alias("assert_", "assertTrue");
            Deprecated("failUnlessEqual", "assertEqual");
            Deprecated("failIfEqual", "assertNotEqual");
            Deprecated("failUnlessAlmostEqual", "assertAlmostEqual");
            Deprecated("failIfAlmostEqual", "assertNotAlmostEqual");
            Deprecated("failUnless", "assertTrue");
            Deprecated("failUnlessRaises", "assertRaises");
            Deprecated("failIf", "assertFalse");

            // case.py's _deprecate: a wrapper named deprecated_func that warns (PendingDeprecationWarning,
            // ignored by default) and calls the original.
            void Deprecated(string alias, string original)
            {
                PyObject function = Ops.GetItem(dict, S(original));
                var wrapper = PyFunction.WithBoundArguments(new FunctionSignature("deprecated_func", new string[0], "args", "kwargs"), a =>
                {
                    Ops.Call(Ops.GetAttr(Importer.ImportModule("warnings"), PyStr.Intern("warn")),
                        S("Please use " + original + " instead."), PyExceptionTypes.PendingDeprecationWarning, PyInt.From(2));
                    return Ops.CallEx(function, new PyObject[0], new PyStr[0], a[0], a[1]);
                });
                Ops.SetAttr(type, PyStr.Intern(alias), wrapper);
            }
        }

        private static void Compare(getopt.PythonClassBuilder b, string name, string words, Func<PyObject, PyObject, bool> test)
        {
            b.Method(name, new[] { "self", "a", "b", "msg" }, a =>
            {
                if (!test(a[1], a[2])) CallFail(a[0], FormatMessage(a[0], a[3], R(a[1]) + " " + words + " " + R(a[2])));
                return None;
            }, NoneDefault);
        }

        private static PyObject Compiled(PyObject regexp) =>
            IsString(regexp) ? Ops.Call(Ops.GetAttr(Importer.ImportModule("re"), PyStr.Intern("compile")), regexp) : regexp;

        /// <summary>`with context: callable(*args, **kwargs)` for assertRaises' call form.</summary>
        private static PyObject RunInContext(PyObject context, PyObject callable, PyObject args, PyObject kwargs)
        {
            Call(context, "__enter__");
            try
            {
                Ops.CallEx(callable, new PyObject[0], new PyStr[0], args, kwargs);
            }
            catch (Exception e)
            {
                var pe = TestCaseClass.AsPython(e);
                var info = Ops.UnpackSequence(TestCaseClass.ExcInfo(pe), 3);
                if (Ops.IsTrue(Call(context, "__exit__", info[0], info[1], info[2]))) return None;
                if (ReferenceEquals(pe, e)) throw;
                throw pe;
            }
            Call(context, "__exit__", None, None, None);
            return None;
        }

        public static readonly PyType AssertRaisesContext = new getopt.PythonClassBuilder(TestCaseClass.Module, "_AssertRaisesContext", PyType.ObjectType)
            .Attribute("__doc__", S("A context manager used to implement TestCase.assertRaises* methods."))
            .Method("__init__", new[] { "self", "expected", "test_case", "expected_regexp" }, a =>
            {
                Set(a[0], "expected", a[1]);
                Set(a[0], "failureException", Get(a[2], "failureException"));
                Set(a[0], "expected_regexp", a[3]);
                return None;
            }, NoneDefault)
            .Method("__enter__", new[] { "self" }, a => a[0])
            .Method("__exit__", new[] { "self", "exc_type", "exc_value", "tb" }, a =>
            {
                PyObject self = a[0], excType = a[1], excValue = a[2];
                if (IsNone(excType))
                {
                    PyObject expected = Get(self, "expected");
                    PyObject name = GetOrNull(expected, "__name__") ?? Ops.Str(expected);
                    throw Ops.MakeRaise(Ops.Call(Get(self, "failureException"), Ops.Add(name is PyUnicode ? (PyObject)name : Ops.Str(name), S(" not raised"))));
                }
                if (!Ops.IsTrue(Ops.Call(TestCaseClass.Builtin("issubclass"), excType, Get(self, "expected")))) return PyBool.False;
                Set(self, "exception", excValue);
                PyObject regexp = Get(self, "expected_regexp");
                if (IsNone(regexp)) return PyBool.True;
                if (IsString(regexp)) regexp = Compiled(regexp);
                if (!Ops.IsTrue(Call(regexp, "search", Ops.Str(excValue))))
                    throw Ops.MakeRaise(Ops.Call(Get(self, "failureException"),
                        Ops.Modulo(S("\"%s\" does not match \"%s\""), PyTuple.Create(Get(regexp, "pattern"), Ops.Str(excValue)))));
                return PyBool.True;
            })
            .Build();

        private static PyObject AlmostEqual(PyObject[] a, bool equal)
        {
            PyObject self = a[0], first = a[1], second = a[2], places = a[3], msg = a[4], delta = a[5];
            if (equal && Ops.Eq(first, second)) return None;
            if (!IsNone(delta) && !IsNone(places)) throw Ops.TypeError("specify delta or places not both");
            string standard;
            string relation = equal ? " != " : " == ";
            if (!IsNone(delta))
            {
                PyObject diff = Ops.Call(TestCaseClass.Builtin("abs"), Ops.Subtract(first, second));
                if (equal ? Ops.LessEqual(diff, delta) : (!Ops.Eq(first, second) && Ops.Greater(diff, delta))) return None;
                standard = R(first) + relation + R(second) + " within " + R(delta) + " delta";
            }
            else
            {
                if (IsNone(places)) places = PyInt.From(7);
                PyObject rounded = Ops.Call(TestCaseClass.Builtin("round"), Ops.Call(TestCaseClass.Builtin("abs"), Ops.Subtract(second, first)), places);
                if (equal ? Ops.Eq(rounded, PyInt.From(0)) : (!Ops.Eq(first, second) && Ops.Ne(rounded, PyInt.From(0)))) return None;
                standard = R(first) + relation + R(second) + " within " + Text(Ops.Repr(places)) + " places";
            }
            throw Failure(self, FormatMessage(self, msg, standard));
        }

        private static bool TryLen(PyObject o, out int length)
        {
            try
            {
                length = Ops.Len(o);
                return true;
            }
            catch (PythonException e) when (e.Matches(PyTuple.Create(PyExceptionTypes.TypeError, PyExceptionTypes.NotImplementedError)))
            {
                length = 0;
                return false;
            }
        }

        private static bool TryIndex(PyObject seq, int i, out PyObject item)
        {
            try
            {
                item = Ops.GetItem(seq, PyInt.From(i));
                return true;
            }
            catch (PythonException e) when (e.Matches(PyTuple.Create(PyExceptionTypes.TypeError, PyExceptionTypes.IndexError, PyExceptionTypes.NotImplementedError)))
            {
                item = null;
                return false;
            }
        }

        private static PyObject SequenceEqual(PyObject self, PyObject seq1, PyObject seq2, PyObject msg, PyObject seqType)
        {
            string typeName;
            if (!IsNone(seqType))
            {
                typeName = Text(Get(seqType, "__name__"));
                if (!Ops.IsInstance(seq1, seqType)) throw Failure(self, S("First sequence is not a " + typeName + ": " + R(seq1)));
                if (!Ops.IsInstance(seq2, seqType)) throw Failure(self, S("Second sequence is not a " + typeName + ": " + R(seq2)));
            }
            else typeName = "sequence";

            string differing = null;
            int len1 = 0, len2 = 0;
            if (!TryLen(seq1, out len1)) differing = "First " + typeName + " has no length.    Non-sequence?";
            if (differing == null && !TryLen(seq2, out len2)) differing = "Second " + typeName + " has no length.    Non-sequence?";
            if (differing == null)
            {
                if (Ops.Eq(seq1, seq2)) return None;
                string r1 = R(seq1), r2 = R(seq2);
                if (r1.Length > 30) r1 = r1.Substring(0, 30) + "...";
                if (r2.Length > 30) r2 = r2.Substring(0, 30) + "...";
                string capitalized = char.ToUpperInvariant(typeName[0]) + typeName.Substring(1).ToLowerInvariant();
                var sb = new StringBuilder(capitalized + "s differ: " + r1 + " != " + r2 + "\n");
                bool broke = false;
                for (int i = 0; i < Math.Min(len1, len2); i++)
                {
                    if (!TryIndex(seq1, i, out var item1))
                    {
                        sb.Append("\nUnable to index element " + i + " of first " + typeName + "\n");
                        broke = true;
                        break;
                    }
                    if (!TryIndex(seq2, i, out var item2))
                    {
                        sb.Append("\nUnable to index element " + i + " of second " + typeName + "\n");
                        broke = true;
                        break;
                    }
                    if (Ops.Ne(item1, item2))
                    {
                        sb.Append("\nFirst differing element " + i + ":\n" + R(item1) + "\n" + R(item2) + "\n");
                        broke = true;
                        break;
                    }
                }
                // Same items, different types (a list and a tuple) are equal to assertSequenceEqual.
                if (!broke && len1 == len2 && IsNone(seqType) && !Ops.Eq(Ops.TypeOf(seq1), Ops.TypeOf(seq2))) return None;
                if (len1 > len2)
                {
                    sb.Append("\nFirst " + typeName + " contains " + (len1 - len2) + " additional elements.\n");
                    if (TryIndex(seq1, len2, out var extra)) sb.Append("First extra element " + len2 + ":\n" + R(extra) + "\n");
                    else sb.Append("Unable to index element " + len2 + " of first " + typeName + "\n");
                }
                else if (len1 < len2)
                {
                    sb.Append("\nSecond " + typeName + " contains " + (len2 - len1) + " additional elements.\n");
                    if (TryIndex(seq2, len1, out var extra)) sb.Append("First extra element " + len1 + ":\n" + R(extra) + "\n");
                    else sb.Append("Unable to index element " + len1 + " of second " + typeName + "\n");
                }
                differing = sb.ToString();
            }
            string diffMsg = "\n" + string.Join("\n", Ndiff.Compare(SplitLines(PrettyFormat.Format(seq1)), SplitLines(PrettyFormat.Format(seq2))));
            PyObject standard = Call(self, "_truncateMessage", S(differing), S(diffMsg));
            return CallFail(self, FormatMessage(self, msg, standard));
        }

        /// <summary>str.splitlines() without the line ends.</summary>
        public static List<string> SplitLines(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    lines.Add(text.Substring(start, i - start));
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    start = i + 1;
                }
            }
            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        private static PyObject SetEqual(PyObject self, PyObject set1, PyObject set2, PyObject msg)
        {
            PyObject Difference(PyObject x, PyObject y, string which)
            {
                try
                {
                    return Call(x, "difference", y);
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
                {
                    CallFail(self, Ops.Add(S("invalid type when attempting set difference: "), Ops.Str(e.Value)));
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError))
                {
                    CallFail(self, Ops.Add(S(which + " argument does not support set difference: "), Ops.Str(e.Value)));
                }
                return null;
            }
            PyObject difference1 = Difference(set1, set2, "first");
            PyObject difference2 = Difference(set2, set1, "second");
            if (!(Ops.IsTrue(difference1) || Ops.IsTrue(difference2))) return None;
            var lines = new List<string>();
            if (Ops.IsTrue(difference1))
            {
                lines.Add("Items in the first set but not the second:");
                foreach (var item in Items(difference1)) lines.Add(Text(Ops.Repr(item)));
            }
            if (Ops.IsTrue(difference2))
            {
                lines.Add("Items in the second set but not the first:");
                foreach (var item in Items(difference2)) lines.Add(Text(Ops.Repr(item)));
            }
            return CallFail(self, FormatMessage(self, msg, string.Join("\n", lines)));
        }

        private static PyObject DictContainsSubset(PyObject self, PyObject expected, PyObject actual, PyObject msg)
        {
            var missing = new List<string>();
            var mismatched = new List<string>();
            foreach (var pair in Items(Call(expected, "iteritems")))
            {
                var kv = Ops.UnpackSequence(pair, 2);
                if (!Ops.In(kv[0], actual)) missing.Add(R(kv[0]));
                else
                {
                    PyObject actualValue = Ops.GetItem(actual, kv[0]);
                    if (Ops.Ne(kv[1], actualValue))
                        mismatched.Add(R(kv[0]) + ", expected: " + R(kv[1]) + ", actual: " + R(actualValue));
                }
            }
            if (missing.Count == 0 && mismatched.Count == 0) return None;
            string standard = "";
            if (missing.Count > 0) standard = "Missing: " + string.Join(",", missing);
            if (mismatched.Count > 0)
            {
                if (standard.Length > 0) standard += "; ";
                standard += "Mismatched values: " + string.Join(",", mismatched);
            }
            return CallFail(self, FormatMessage(self, msg, standard));
        }

        private static PyObject ItemsEqual(PyObject self, PyObject expectedSeq, PyObject actualSeq, PyObject msg)
        {
            List<PyObject> first = Items(expectedSeq), second = Items(actualSeq);
            List<(int, int, PyObject)> differences;
            try
            {
                differences = CountDiffHashable(first, second);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
            {
                differences = CountDiffAllPurpose(first, second);
            }
            if (differences.Count == 0) return None;
            var lines = new List<string>();
            foreach (var (cntS, cntT, elem) in differences)
                lines.Add("First has " + cntS + ", Second has " + cntT + ":  " + Text(Ops.Repr(elem)));
            PyObject standard = Call(self, "_truncateMessage", S("Element counts were not equal:\n"), S(string.Join("\n", lines)));
            return CallFail(self, FormatMessage(self, msg, standard));
        }

        /// <summary>util._count_diff_hashable: counts in first-seen order (an OrderedDict in 2.7).</summary>
        private static List<(int, int, PyObject)> CountDiffHashable(List<PyObject> actual, List<PyObject> expected)
        {
            var (sKeys, s) = OrderedCount(actual);
            var (tKeys, t) = OrderedCount(expected);
            var result = new List<(int, int, PyObject)>();
            foreach (var elem in sKeys)
            {
                int cntS = Count(s, elem), cntT = Ops.In(elem, t) ? Count(t, elem) : 0;
                if (cntS != cntT) result.Add((cntS, cntT, elem));
            }
            foreach (var elem in tKeys)
                if (!Ops.In(elem, s)) result.Add((0, Count(t, elem), elem));
            return result;
        }

        private static int Count(PyDict d, PyObject key) => (int)Ops.IndexToLong(Ops.GetItem(d, key));

        private static (List<PyObject>, PyDict) OrderedCount(List<PyObject> items)
        {
            var keys = new List<PyObject>();
            var counts = new PyDict();
            foreach (var elem in items)
            {
                if (Ops.In(elem, counts)) Ops.SetItem(counts, elem, PyInt.From(Count(counts, elem) + 1));
                else
                {
                    keys.Add(elem);
                    Ops.SetItem(counts, elem, PyInt.From(1));
                }
            }
            return (keys, counts);
        }

        /// <summary>util._count_diff_all_purpose: for unhashable items, by equality.</summary>
        private static List<(int, int, PyObject)> CountDiffAllPurpose(List<PyObject> actual, List<PyObject> expected)
        {
            var s = new List<PyObject>(actual);
            var t = new List<PyObject>(expected);
            var result = new List<(int, int, PyObject)>();
            for (int i = 0; i < s.Count; i++)
            {
                PyObject elem = s[i];
                if (elem == null) continue;
                int cntS = 0, cntT = 0;
                for (int j = i; j < s.Count; j++)
                    if (s[j] != null && Ops.Eq(s[j], elem)) { cntS++; s[j] = null; }
                for (int j = 0; j < t.Count; j++)
                    if (t[j] != null && Ops.Eq(t[j], elem)) { cntT++; t[j] = null; }
                if (cntS != cntT) result.Add((cntS, cntT, elem));
            }
            for (int i = 0; i < t.Count; i++)
            {
                PyObject elem = t[i];
                if (elem == null) continue;
                int cntT = 0;
                for (int j = i; j < t.Count; j++)
                    if (t[j] != null && Ops.Eq(t[j], elem)) { cntT++; t[j] = null; }
                result.Add((0, cntT, elem));
            }
            return result;
        }

        private static PyObject MultiLineEqual(PyObject self, PyObject first, PyObject second, PyObject msg)
        {
            PyObject basestring = TestCaseClass.Builtin("basestring");
            Call(self, "assertIsInstance", first, basestring, S("First argument is not a string"));
            Call(self, "assertIsInstance", second, basestring, S("Second argument is not a string"));
            if (!Ops.Ne(first, second)) return None;
            PyObject threshold = Get(self, "_diffThreshold");
            if (Ops.Greater(PyInt.From(Ops.Len(first)), threshold) || Ops.Greater(PyInt.From(Ops.Len(second)), threshold))
                Call(self, "_baseAssertEqual", first, second, msg);
            List<string> firstLines = SplitLinesKeepEnds(Text(first)), secondLines = SplitLinesKeepEnds(Text(second));
            string firstText = Text(first);
            if (firstLines.Count == 1 && firstText.Trim('\r', '\n') == firstText)
            {
                firstLines = new List<string> { firstText + "\n" };
                secondLines = new List<string> { Text(second) + "\n" };
            }
            string standard = R(first, true) + " != " + R(second, true);
            string diff = "\n" + string.Concat(Ndiff.Compare(firstLines, secondLines));
            bool unicode = first is PyUnicode || second is PyUnicode;
            PyObject diffObj = unicode ? PyUnicode.FromString(diff) : S(diff);
            PyObject message = Call(self, "_truncateMessage", S(standard), diffObj);
            return CallFail(self, FormatMessage(self, msg, message));
        }

        /// <summary>str.splitlines(True).</summary>
        private static List<string> SplitLinesKeepEnds(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    lines.Add(text.Substring(start, i + 1 - start));
                    start = i + 1;
                }
            }
            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }
    }
}
