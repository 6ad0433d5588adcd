using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>ArgumentParser (argparse 2.7.18): construction, parsing, help printing, error and exit.</summary>
    internal static class ArgumentParserClass
    {
        private const string Module = "argparse";
        private static PyObject None => PyNone.None;

        public static readonly PyType Type = Build();

        private static PyType Build() => new PythonClassBuilder(Module, "ArgumentParser", ArgparseContainers.ActionsContainer)
            .Method("__init__", new[] { "self", "prog", "usage", "description", "epilog", "version", "parents", "formatter_class",
                "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help" }, Init,
                defaults: new PyObject[] { None, None, None, None, None, new PyList(), ArgparseFormatters.HelpFormatterClass, S("-"), None, None, S("error"), PyBool.True })
            .Method("__repr__", new[] { "self" }, a => ArgparseActions.AttributeHolderRepr(a[0]))
            .Method("_get_kwargs", new[] { "self" }, a => ArgparseActions.AttributeHolderKwargs(a[0],
                new[] { "prog", "usage", "description", "version", "formatter_class", "conflict_handler", "add_help" }))
            .Method("_get_args", new[] { "self" }, a => new PyList())
            .Method("add_subparsers", new[] { "self" }, a => AddSubparsers(a[0], (PyDict)a[1]), kwArgs: "kwargs")
            .Method("_add_action", new[] { "self", "action" }, a =>
            {
                Call(Ops.IsTrue(Get(a[1], "option_strings")) ? Get(a[0], "_optionals") : Get(a[0], "_positionals"), "_add_action", a[1]);
                return a[1];
            })
            .Method("_get_optional_actions", new[] { "self" }, a => List(Items(Get(a[0], "_actions")).Where(x => Ops.IsTrue(Get(x, "option_strings")))))
            .Method("_get_positional_actions", new[] { "self" }, a => List(Items(Get(a[0], "_actions")).Where(x => !Ops.IsTrue(Get(x, "option_strings")))))
            .Method("parse_args", new[] { "self", "args", "namespace" }, a =>
            {
                PyObject[] result = Ops.UnpackSequence(Call(a[0], "parse_known_args", a[1], a[2]), 2);
                if (Ops.IsTrue(result[1]))
                    Call(a[0], "error", S("unrecognized arguments: " + string.Join(" ", Items(result[1]).ConvertAll(Text))));
                return result[0];
            }, defaults: new[] { None, None })
            .Method("parse_known_args", new[] { "self", "args", "namespace" }, ParseKnownArgs, defaults: new[] { None, None })
            .Method("_parse_known_args", new[] { "self", "arg_strings", "namespace" }, a => new ParseRun(a[0], a[1], a[2]).Run())
            .Method("_parse_optional", new[] { "self", "arg_string" }, a => ParseRun.ParseOptionalMethod(a[0], a[1]))
            .Method("_get_option_tuples", new[] { "self", "option_string" }, a => ParseRun.OptionTuplesMethod(a[0], a[1]))
            .Method("_read_args_from_files", new[] { "self", "arg_strings" }, a => ReadArgsFromFiles(a[0], a[1]))
            .Method("convert_arg_line_to_args", new[] { "self", "arg_line" }, a => PyList.FromArray(new[] { a[1] }))
            .Method("_get_values", new[] { "self", "action", "arg_strings" }, a => GetValues(a[0], a[1], a[2]))
            .Method("_get_value", new[] { "self", "action", "arg_string" }, a => GetValue(a[0], a[1], a[2]))
            .Method("_check_value", new[] { "self", "action", "value" }, a =>
            {
                PyObject choices = Get(a[1], "choices");
                if (!IsNone(choices) && !Ops.In(a[2], choices))
                {
                    string options = string.Join(", ", Items(choices).ConvertAll(c => Ops.Repr(c).ToString()));
                    throw ArgparseActions.Error(a[1], "invalid choice: " + Ops.Repr(a[2]) + " (choose from " + options + ")");
                }
                return None;
            })
            .Method("format_usage", new[] { "self" }, a =>
            {
                PyObject formatter = Call(a[0], "_get_formatter");
                Call(formatter, "add_usage", Get(a[0], "usage"), Get(a[0], "_actions"), Get(a[0], "_mutually_exclusive_groups"));
                return Call(formatter, "format_help");
            })
            .Method("format_help", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyObject formatter = Call(self, "_get_formatter");
                Call(formatter, "add_usage", Get(self, "usage"), Get(self, "_actions"), Get(self, "_mutually_exclusive_groups"));
                Call(formatter, "add_text", Get(self, "description"));
                foreach (PyObject group in Items(Get(self, "_action_groups")))
                {
                    Call(formatter, "start_section", Get(group, "title"));
                    Call(formatter, "add_text", Get(group, "description"));
                    Call(formatter, "add_arguments", Get(group, "_group_actions"));
                    Call(formatter, "end_section");
                }
                Call(formatter, "add_text", Get(self, "epilog"));
                return Call(formatter, "format_help");
            })
            .Method("format_version", new[] { "self" }, a =>
            {
                Deprecated("The format_version method is deprecated -- the \"version\" argument to ArgumentParser is no longer supported.");
                PyObject formatter = Call(a[0], "_get_formatter");
                Call(formatter, "add_text", Get(a[0], "version"));
                return Call(formatter, "format_help");
            })
            .Method("_get_formatter", new[] { "self" }, a =>
                Ops.Call(Get(a[0], "formatter_class"), new[] { Get(a[0], "prog") }, new[] { PyStr.Intern("prog") }))
            .Method("print_usage", new[] { "self", "file" }, a =>
            {
                Call(a[0], "_print_message", Call(a[0], "format_usage"), IsNone(a[1]) ? Sys("stdout") : a[1]);
                return None;
            }, defaults: new[] { None })
            .Method("print_help", new[] { "self", "file" }, a =>
            {
                Call(a[0], "_print_message", Call(a[0], "format_help"), IsNone(a[1]) ? Sys("stdout") : a[1]);
                return None;
            }, defaults: new[] { None })
            .Method("print_version", new[] { "self", "file" }, a =>
            {
                Deprecated("The print_version method is deprecated -- the \"version\" argument to ArgumentParser is no longer supported.");
                Call(a[0], "_print_message", Call(a[0], "format_version"), a[1]);
                return None;
            }, defaults: new[] { None })
            .Method("_print_message", new[] { "self", "message", "file" }, a =>
            {
                if (Ops.IsTrue(a[1])) Call(IsNone(a[2]) ? Sys("stderr") : a[2], "write", a[1]);
                return None;
            }, defaults: new[] { None })
            .Method("exit", new[] { "self", "status", "message" }, a =>
            {
                if (Ops.IsTrue(a[2])) Call(a[0], "_print_message", a[2], Sys("stderr"));
                throw SystemExit(a[1]);
            }, defaults: new PyObject[] { PyInt.From(0), None })
            .Method("error", new[] { "self", "message" }, a =>
            {
                Call(a[0], "print_usage", Sys("stderr"));
                Call(a[0], "exit", PyInt.From(2), S(Text(Get(a[0], "prog")) + ": error: " + Text(a[1]) + "\n"));
                return None;
            })
            .Build();

        private static void Deprecated(string message) =>
            Modules.warnings.warn(PyStr.FromString(message), PyExceptionTypes.DeprecationWarning, PyInt.From(1));

        private static PyObject Init(PyObject[] a)
        {
            PyObject self = a[0];
            if (!IsNone(a[5]))
                Deprecated("The \"version\" argument to ArgumentParser is deprecated. Please use \"add_argument(..., action='version', version=\"N\", ...)\" instead");
            Ops.Call(Get(ArgparseContainers.ActionsContainer, "__init__"),
                new[] { self, a[3], a[8], a[10], a[11] },
                new[] { PyStr.Intern("description"), PyStr.Intern("prefix_chars"), PyStr.Intern("argument_default"), PyStr.Intern("conflict_handler") });
            PyObject prog = a[1];
            if (IsNone(prog))
            {
                string argv0 = Text(Ops.GetItem(Sys("argv"), PyInt.From(0)));
                prog = S(argv0.Substring(argv0.LastIndexOf('/') + 1));
            }
            Set(self, "prog", prog);
            Set(self, "usage", a[2]);
            Set(self, "epilog", a[4]);
            Set(self, "version", a[5]);
            Set(self, "formatter_class", a[7]);
            Set(self, "fromfile_prefix_chars", a[9]);
            Set(self, "add_help", a[12]);
            Set(self, "_positionals", Call(self, "add_argument_group", S("positional arguments")));
            Set(self, "_optionals", Call(self, "add_argument_group", S("optional arguments")));
            Set(self, "_subparsers", None);
            Call(self, "register", S("type"), None, PyFunction.WithBoundArguments(new FunctionSignature("identity", new[] { "string" }), x => x[0]));
            string prefixChars = Text(a[8]);
            string prefix = prefixChars.Contains('-') ? "-" : prefixChars.Substring(0, 1);
            if (Ops.IsTrue(a[12]))
                Ops.Call(Get(self, "add_argument"), new PyObject[] { S(prefix + "h"), S(prefix + prefix + "help"), S("help"), Suppress, S("show this help message and exit") },
                    new[] { PyStr.Intern("action"), PyStr.Intern("default"), PyStr.Intern("help") });
            if (Ops.IsTrue(a[5]))
                Ops.Call(Get(self, "add_argument"), new PyObject[] { S(prefix + "v"), S(prefix + prefix + "version"), S("version"), Suppress, a[5], S("show program's version number and exit") },
                    new[] { PyStr.Intern("action"), PyStr.Intern("default"), PyStr.Intern("version"), PyStr.Intern("help") });
            foreach (PyObject parent in Items(a[6]))
            {
                Call(self, "_add_container_actions", parent);
                PyObject defaults = GetOrNull(parent, "_defaults");
                if (defaults != null) Call(Get(self, "_defaults"), "update", defaults);
            }
            return None;
        }

        private static PyObject AddSubparsers(PyObject self, PyDict kwargs)
        {
            if (!IsNone(Get(self, "_subparsers"))) Call(self, "error", S("cannot have multiple subparser arguments"));
            if (kwargs.GetStr("parser_class") == null) kwargs.SetStr("parser_class", Ops.TypeOf(self));
            if (kwargs.GetStr("title") != null || kwargs.GetStr("description") != null)
            {
                PyObject title = KwPop(kwargs, "title", S("subcommands"));
                PyObject description = KwPop(kwargs, "description", None);
                Set(self, "_subparsers", Call(self, "add_argument_group", title, description));
            }
            else
            {
                Set(self, "_subparsers", Get(self, "_positionals"));
            }
            if (IsNone(kwargs.GetStr("prog")))
            {
                PyObject formatter = Call(self, "_get_formatter");
                Call(formatter, "add_usage", Get(self, "usage"), Call(self, "_get_positional_actions"), Get(self, "_mutually_exclusive_groups"), S(""));
                kwargs.SetStr("prog", S(Text(Call(formatter, "format_help")).Trim(HelpFormatter.PythonWhitespace.ToCharArray())));
            }
            PyObject parsersClass = Call(self, "_pop_action_class", kwargs, S("parsers"));
            kwargs.SetStr("option_strings", new PyList());
            PyObject action = CallKw(parsersClass, new PyObject[0], kwargs);
            Call(Get(self, "_subparsers"), "_add_action", action);
            return action;
        }

        private static PyObject ParseKnownArgs(PyObject[] a)
        {
            PyObject self = a[0];
            PyObject args = IsNone(a[1]) ? Ops.GetSlice(Sys("argv"), PyInt.From(1), null) : List(Items(a[1]));
            PyObject ns = IsNone(a[2]) ? Ops.Call(ArgparseActions.Namespace) : a[2];
            foreach (PyObject action in Items(Get(self, "_actions")))
            {
                PyObject dest = Get(action, "dest");
                if (IsSuppress(dest)) continue;
                PyStr name = PyStr.Intern(Text(dest));
                if (Ops.GetAttrOrNull(ns, name) == null && !IsSuppress(Get(action, "default"))) Ops.SetAttr(ns, name, Get(action, "default"));
            }
            PyObject defaults = Get(self, "_defaults");
            foreach (PyObject dest in Items(defaults))
            {
                PyStr name = PyStr.Intern(Text(dest));
                if (Ops.GetAttrOrNull(ns, name) == null) Ops.SetAttr(ns, name, Ops.GetItem(defaults, dest));
            }
            try
            {
                PyObject[] result = Ops.UnpackSequence(Call(self, "_parse_known_args", args, ns), 2);
                PyStr unrecognized = PyStr.Intern("_unrecognized_args");
                PyObject extra = Ops.GetAttrOrNull(result[0], unrecognized);
                if (extra != null)
                {
                    Call(result[1], "extend", extra);
                    Ops.DelAttr(result[0], unrecognized);
                }
                return PyTuple.Create(result[0], result[1]);
            }
            catch (PythonException e) when (e.Matches(ArgparseActions.ArgumentError))
            {
                Call(self, "error", Ops.Str(e.Value));
                return None;
            }
        }

        private static PyObject ReadArgsFromFiles(PyObject self, PyObject argStrings)
        {
            string prefixes = Text(Get(self, "fromfile_prefix_chars"));
            var result = new List<PyObject>();
            foreach (PyObject arg in Items(argStrings))
            {
                string text = Text(arg);
                if (text.Length == 0 || prefixes.IndexOf(text[0]) < 0) { result.Add(arg); continue; }
                string content;
                try { content = Encoding.Latin1.GetString(File.ReadAllBytes(text.Substring(1))); }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    int errno = e is FileNotFoundException || e is DirectoryNotFoundException ? 2 : 13;
                    string reason = errno == 2 ? "No such file or directory" : "Permission denied";
                    Call(self, "error", S("[Errno " + errno + "] " + reason + ": " + Ops.Repr(S(text.Substring(1)))));
                    continue;
                }
                var lines = new List<PyObject>();
                foreach (string line in PythonLines.Split(content))
                    lines.AddRange(Items(Call(self, "convert_arg_line_to_args", S(line))));
                result.AddRange(Items(Call(self, "_read_args_from_files", List(lines))));
            }
            return List(result);
        }

        private static string NargsText(PyObject nargs) => IsNone(nargs) ? null : nargs is PyStr s ? s.ToString() : null;

        private static PyObject GetValues(PyObject self, PyObject action, PyObject argStringsObject)
        {
            List<PyObject> argStrings = Items(argStringsObject);
            PyObject nargs = Get(action, "nargs");
            string n = NargsText(nargs);
            if (n != "A..." && n != "...")
            {
                int dash = argStrings.FindIndex(x => Text(x) == "--");
                if (dash >= 0) argStrings.RemoveAt(dash);
            }
            bool hasOptions = Ops.IsTrue(Get(action, "option_strings"));
            PyObject value;
            if (argStrings.Count == 0 && n == "?")
            {
                value = hasOptions ? Get(action, "const") : Get(action, "default");
                if (IsString(value))
                {
                    value = Call(self, "_get_value", action, value);
                    Call(self, "_check_value", action, value);
                }
            }
            else if (argStrings.Count == 0 && n == "*" && !hasOptions)
            {
                PyObject d = Get(action, "default");
                value = !IsNone(d) ? d : List(argStrings);
                Call(self, "_check_value", action, value);
            }
            else if (argStrings.Count == 1 && (IsNone(nargs) || n == "?"))
            {
                value = Call(self, "_get_value", action, argStrings[0]);
                Call(self, "_check_value", action, value);
            }
            else if (n == "...")
            {
                value = List(argStrings.ConvertAll(v => Call(self, "_get_value", action, v)));
            }
            else if (n == "A...")
            {
                value = List(argStrings.ConvertAll(v => Call(self, "_get_value", action, v)));
                Call(self, "_check_value", action, Ops.GetItem(value, PyInt.From(0)));
            }
            else
            {
                var values = argStrings.ConvertAll(v => Call(self, "_get_value", action, v));
                value = List(values);
                foreach (PyObject v in values) Call(self, "_check_value", action, v);
            }
            return value;
        }

        private static PyObject GetValue(PyObject self, PyObject action, PyObject argString)
        {
            PyObject type = Get(action, "type");
            PyObject typeFunc = Call(self, "_registry_get", S("type"), type, type);
            if (!typeFunc.IsCallable) throw ArgparseActions.Error(action, Ops.Repr(typeFunc) + " is not callable");
            try
            {
                return Ops.Call(typeFunc, argString);
            }
            catch (PythonException e) when (e.Matches(ArgparseActions.ArgumentTypeError))
            {
                throw ArgparseActions.Error(action, Ops.Str(e.Value).ToString());
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) || e.Matches(PyExceptionTypes.ValueError))
            {
                PyObject name = GetOrNull(type, "__name__") ?? Ops.Repr(type);
                throw ArgparseActions.Error(action, "invalid " + Text(name) + " value: " + Ops.Repr(argString));
            }
        }

        /// <summary>_get_nargs_pattern: the regular expression over the 'A'/'O'/'-' letters of the arguments.</summary>
        internal static string NargsPattern(PyObject action)
        {
            PyObject nargs = Get(action, "nargs");
            string pattern = NargsText(nargs) switch
            {
                null when IsNone(nargs) => "(-*A-*)",
                "?" => "(-*A?-*)",
                "*" => "(-*[A-]*)",
                "+" => "(-*A[A-]*)",
                "..." => "([-AO]*)",
                "A..." => "(-*A[-AO]*)",
                _ => "(-*" + string.Join("-*", Enumerable.Repeat("A", (int)((PyInt)nargs).Value)) + "-*)",
            };
            if (Ops.IsTrue(Get(action, "option_strings"))) pattern = pattern.Replace("-*", "").Replace("-", "");
            return pattern;
        }

        /// <summary>One _parse_known_args run, with its local state as fields.</summary>
        private sealed class ParseRun
        {
            private readonly PyObject self;
            private readonly PyObject ns;
            private List<PyObject> args;
            private readonly Dictionary<int, (PyObject Action, PyObject OptionString, PyObject ExplicitArg)> optionIndices = new();
            private string pattern;
            private readonly HashSet<PyObject> seen = new(ReferenceEqualityComparer.Instance);
            private readonly HashSet<PyObject> seenNonDefault = new(ReferenceEqualityComparer.Instance);
            private readonly Dictionary<PyObject, List<PyObject>> conflicts = new(ReferenceEqualityComparer.Instance);
            private readonly List<PyObject> extras = new();
            private List<PyObject> positionals;

            // Whether a Python subclass overrides these per-argument hooks; if not, they stay in C#.
            private readonly bool routesParseOptional, routesOptionTuples;

            public ParseRun(PyObject self, PyObject argStrings, PyObject ns)
            {
                this.self = self;
                this.ns = ns;
                args = Items(argStrings);
                PyType type = self.Type;
                routesParseOptional = !ReferenceEquals(type.Lookup("_parse_optional"), Type.Lookup("_parse_optional"));
                routesOptionTuples = !ReferenceEquals(type.Lookup("_get_option_tuples"), Type.Lookup("_get_option_tuples"));
            }

            /// <summary>ArgumentParser._parse_optional: None, or (action, option_string, explicit_arg).</summary>
            public static PyObject ParseOptionalMethod(PyObject self, PyObject argString)
            {
                var tuple = new ParseRun(self, new PyList(), None).ParseOptionalCore(argString);
                return tuple == null ? None : PyTuple.Create(tuple.Value.Item1, tuple.Value.Item2, tuple.Value.Item3);
            }

            /// <summary>ArgumentParser._get_option_tuples: the (action, option_string, explicit_arg) prefix matches.</summary>
            public static PyObject OptionTuplesMethod(PyObject self, PyObject optionString)
            {
                var run = new ParseRun(self, new PyList(), None);
                var tuples = run.OptionTuplesCore(Text(optionString), Text(Get(self, "prefix_chars")), Get(self, "_option_string_actions"));
                return List(tuples.Select(t => (PyObject)PyTuple.Create(t.Item1, t.Item2, t.Item3)));
            }

            private (PyObject, PyObject, PyObject)? ParseOptional(PyObject argString)
            {
                if (!routesParseOptional) return ParseOptionalCore(argString);
                PyObject result = Call(self, "_parse_optional", argString);
                if (IsNone(result)) return null;
                PyObject[] parts = Ops.UnpackSequence(result, 3);
                return (parts[0], parts[1], parts[2]);
            }

            private List<(PyObject, PyObject, PyObject)> OptionTuples(string option, string chars, PyObject map)
            {
                if (!routesOptionTuples) return OptionTuplesCore(option, chars, map);
                return Items(Call(self, "_get_option_tuples", S(option))).ConvertAll(t =>
                {
                    PyObject[] parts = Ops.UnpackSequence(t, 3);
                    return (parts[0], parts[1], parts[2]);
                });
            }

            public PyObject Run()
            {
                if (!IsNone(Get(self, "fromfile_prefix_chars"))) args = Items(Call(self, "_read_args_from_files", List(args)));
                foreach (PyObject group in Items(Get(self, "_mutually_exclusive_groups")))
                {
                    List<PyObject> members = Items(Get(group, "_group_actions"));
                    for (int i = 0; i < members.Count; i++)
                    {
                        if (!conflicts.TryGetValue(members[i], out var list)) conflicts[members[i]] = list = new List<PyObject>();
                        list.AddRange(members.Take(i));
                        list.AddRange(members.Skip(i + 1));
                    }
                }
                var letters = new StringBuilder();
                for (int i = 0; i < args.Count; i++)
                {
                    if (Text(args[i]) == "--")
                    {
                        letters.Append('-');
                        letters.Append('A', args.Count - i - 1);
                        break;
                    }
                    var tuple = ParseOptional(args[i]);
                    if (tuple == null) letters.Append('A');
                    else
                    {
                        optionIndices[i] = tuple.Value;
                        letters.Append('O');
                    }
                }
                pattern = letters.ToString();
                positionals = Items(Call(self, "_get_positional_actions"));

                int start = 0;
                int maxOption = optionIndices.Count > 0 ? optionIndices.Keys.Max() : -1;
                while (start <= maxOption)
                {
                    int nextOption = optionIndices.Keys.Where(k => k >= start).Min();
                    if (start != nextOption)
                    {
                        int end = ConsumePositionals(start);
                        if (end > start)
                        {
                            start = end;
                            continue;
                        }
                        start = end;
                    }
                    if (!optionIndices.ContainsKey(start))
                    {
                        extras.AddRange(args.Skip(start).Take(nextOption - start));
                        start = nextOption;
                    }
                    start = ConsumeOptional(start);
                }
                int stop = ConsumePositionals(start);
                extras.AddRange(args.Skip(stop));

                if (positionals.Count > 0) Call(self, "error", S("too few arguments"));
                foreach (PyObject action in Items(Get(self, "_actions")))
                {
                    if (seen.Contains(action)) continue;
                    if (Ops.IsTrue(Get(action, "required")))
                    {
                        Call(self, "error", S("argument " + ArgparseActions.ActionName(action) + " is required"));
                    }
                    else
                    {
                        PyObject d = Get(action, "default");
                        PyObject dest = Get(action, "dest");
                        if (!IsNone(d) && IsString(d) && !IsSuppress(dest))
                        {
                            PyStr name = PyStr.Intern(Text(dest));
                            PyObject current = Ops.GetAttrOrNull(ns, name);
                            if (current != null && ReferenceEquals(current, d)) Ops.SetAttr(ns, name, Call(self, "_get_value", action, d));
                        }
                    }
                }
                foreach (PyObject group in Items(Get(self, "_mutually_exclusive_groups")))
                {
                    if (!Ops.IsTrue(Get(group, "required"))) continue;
                    List<PyObject> members = Items(Get(group, "_group_actions"));
                    if (members.Any(seenNonDefault.Contains)) continue;
                    var names = members.Where(m => !IsSuppress(Get(m, "help"))).Select(ArgparseActions.ActionName);
                    Call(self, "error", S("one of the arguments " + string.Join(" ", names) + " is required"));
                }
                return PyTuple.Create(ns, List(extras));
            }

            private (PyObject, PyObject, PyObject)? ParseOptionalCore(PyObject argString)
            {
                string text = Text(argString);
                if (text.Length == 0) return null;
                string chars = Text(Get(self, "prefix_chars"));
                if (chars.IndexOf(text[0]) < 0) return null;
                PyObject map = Get(self, "_option_string_actions");
                if (Ops.In(argString, map)) return (Ops.GetItem(map, argString), argString, None);
                if (text.Length == 1) return null;
                int eq = text.IndexOf('=');
                if (eq >= 0)
                {
                    PyObject option = S(text.Substring(0, eq));
                    if (Ops.In(option, map)) return (Ops.GetItem(map, option), option, S(text.Substring(eq + 1)));
                }
                var tuples = OptionTuples(text, chars, map);
                if (tuples.Count > 1)
                {
                    string options = string.Join(", ", tuples.Select(t => Text(t.Item2)));
                    Call(self, "error", S("ambiguous option: " + text + " could match " + options));
                }
                else if (tuples.Count == 1)
                {
                    return tuples[0];
                }
                if (ArgparseContainers.NegativeNumber.IsMatch(text) && !Ops.IsTrue(Get(self, "_has_negative_number_optionals"))) return null;
                if (text.Contains(' ')) return null;
                return (None, argString, None);
            }

            private List<(PyObject, PyObject, PyObject)> OptionTuplesCore(string option, string chars, PyObject map)
            {
                var result = new List<(PyObject, PyObject, PyObject)>();
                List<PyObject> known = Items(map);
                if (chars.IndexOf(option[0]) >= 0 && chars.IndexOf(option[1]) >= 0)
                {
                    string prefix = option;
                    PyObject explicitArg = None;
                    int eq = option.IndexOf('=');
                    if (eq >= 0)
                    {
                        prefix = option.Substring(0, eq);
                        explicitArg = S(option.Substring(eq + 1));
                    }
                    foreach (PyObject candidate in known)
                        if (Text(candidate).StartsWith(prefix, StringComparison.Ordinal))
                            result.Add((Ops.GetItem(map, candidate), candidate, explicitArg));
                }
                else if (chars.IndexOf(option[0]) >= 0)
                {
                    string shortPrefix = option.Substring(0, 2);
                    PyObject shortExplicit = S(option.Substring(2));
                    foreach (PyObject candidate in known)
                    {
                        string c = Text(candidate);
                        if (c == shortPrefix) result.Add((Ops.GetItem(map, candidate), candidate, shortExplicit));
                        else if (c.StartsWith(option, StringComparison.Ordinal)) result.Add((Ops.GetItem(map, candidate), candidate, None));
                    }
                }
                else
                {
                    Call(self, "error", S("unexpected option string: " + option));
                }
                return result;
            }

            private void TakeAction(PyObject action, List<PyObject> argumentStrings, PyObject optionString)
            {
                seen.Add(action);
                PyObject values = Call(self, "_get_values", action, List(argumentStrings));
                if (!ReferenceEquals(values, Get(action, "default")))
                {
                    seenNonDefault.Add(action);
                    if (conflicts.TryGetValue(action, out var others))
                        foreach (PyObject other in others)
                            if (seenNonDefault.Contains(other))
                                throw ArgparseActions.Error(action, "not allowed with argument " + ArgparseActions.ActionName(other));
                }
                if (!IsSuppress(values)) Ops.Call(action, new[] { self, ns, values, optionString });
            }

            private int MatchArgument(PyObject action, string letters)
            {
                Match m = Regex.Match(letters, "^" + NargsPattern(action));
                if (!m.Success)
                {
                    PyObject nargs = Get(action, "nargs");
                    string message = NargsText(nargs) switch
                    {
                        null when IsNone(nargs) => "expected one argument",
                        "?" => "expected at most one argument",
                        "+" => "expected at least one argument",
                        _ => "expected " + Ops.Str(nargs) + " argument(s)",
                    };
                    throw ArgparseActions.Error(action, message);
                }
                return m.Groups[1].Length;
            }

            private int ConsumeOptional(int startIndex)
            {
                var (action, optionString, explicitArg) = optionIndices[startIndex];
                var tuples = new List<(PyObject, List<PyObject>, PyObject)>();
                int stop;
                string chars = Text(Get(self, "prefix_chars"));
                while (true)
                {
                    if (IsNone(action))
                    {
                        extras.Add(args[startIndex]);
                        return startIndex + 1;
                    }
                    if (!IsNone(explicitArg))
                    {
                        int count = MatchArgument(action, "A");
                        string option = Text(optionString);
                        string explicitText = Text(explicitArg);
                        if (count == 0 && chars.IndexOf(option[1]) < 0)
                        {
                            tuples.Add((action, new List<PyObject>(), optionString));
                            optionString = S(option[0].ToString() + explicitText[0]);
                            PyObject newExplicit = explicitText.Length > 1 ? S(explicitText.Substring(1)) : None;
                            PyObject map = Get(self, "_option_string_actions");
                            if (Ops.In(optionString, map))
                            {
                                action = Ops.GetItem(map, optionString);
                                explicitArg = newExplicit;
                            }
                            else
                            {
                                throw ArgparseActions.Error(action, "ignored explicit argument " + Ops.Repr(explicitArg));
                            }
                        }
                        else if (count == 1)
                        {
                            stop = startIndex + 1;
                            tuples.Add((action, new List<PyObject> { explicitArg }, optionString));
                            break;
                        }
                        else
                        {
                            throw ArgparseActions.Error(action, "ignored explicit argument " + Ops.Repr(explicitArg));
                        }
                    }
                    else
                    {
                        int start = startIndex + 1;
                        int count = MatchArgument(action, pattern.Substring(Math.Min(start, pattern.Length)));
                        stop = start + count;
                        tuples.Add((action, args.Skip(start).Take(count).ToList(), optionString));
                        break;
                    }
                }
                foreach (var (a, values, o) in tuples) TakeAction(a, values, o);
                return stop;
            }

            private int ConsumePositionals(int startIndex)
            {
                string selected = pattern.Substring(Math.Min(startIndex, pattern.Length));
                var counts = new List<int>();
                for (int i = positionals.Count; i > 0; i--)
                {
                    string joined = string.Concat(positionals.Take(i).Select(NargsPattern));
                    Match m = Regex.Match(selected, "^" + joined);
                    if (m.Success)
                    {
                        for (int g = 1; g <= i; g++) counts.Add(m.Groups[g].Length);
                        break;
                    }
                }
                for (int i = 0; i < counts.Count; i++)
                {
                    var values = args.Skip(startIndex).Take(counts[i]).ToList();
                    startIndex += counts[i];
                    TakeAction(positionals[i], values, None);
                }
                positionals = positionals.Skip(counts.Count).ToList();
                return startIndex;
            }
        }
    }
}
