using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>OptionContainer, OptionGroup and OptionParser as Python classes (optparse 2.7).</summary>
    internal static class OptparseParserClasses
    {
        private const string Module = "optparse";
        private static PyObject None => PyNone.None;

        public static readonly PyType OptionContainer = new PythonClassBuilder(Module, "OptionContainer")
            .Method("__init__", new[] { "self", "option_class", "conflict_handler", "description" }, a =>
            {
                Call(a[0], "_create_option_list");
                Set(a[0], "option_class", a[1]);
                Call(a[0], "set_conflict_handler", a[2]);
                Call(a[0], "set_description", a[3]);
                return None;
            })
            .Method("_create_option_mappings", new[] { "self" }, a =>
            {
                Set(a[0], "_short_opt", new PyDict());
                Set(a[0], "_long_opt", new PyDict());
                Set(a[0], "defaults", new PyDict());
                return None;
            })
            .Method("_share_option_mappings", new[] { "self", "parser" }, a =>
            {
                foreach (string n in new[] { "_short_opt", "_long_opt", "defaults" }) Set(a[0], n, Get(a[1], n));
                return None;
            })
            .Method("set_conflict_handler", new[] { "self", "handler" }, a =>
            {
                string h = Text(a[1]);
                if (h != "error" && h != "resolve") throw Ops.ValueError("invalid conflict_resolution value " + Ops.Repr(a[1]));
                Set(a[0], "conflict_handler", a[1]);
                return None;
            })
            .Method("set_description", new[] { "self", "description" }, a => { Set(a[0], "description", a[1]); return None; })
            .Method("get_description", new[] { "self" }, a => Get(a[0], "description"))
            .Method("destroy", new[] { "self" }, a =>
            {
                foreach (string n in new[] { "_short_opt", "_long_opt", "defaults" }) Ops.DelAttr(a[0], PyStr.Intern(n));
                return None;
            })
            .Method("_check_conflict", new[] { "self", "option" }, a =>
            {
                PyObject shortMap = Get(a[0], "_short_opt"), longMap = Get(a[0], "_long_opt");
                var conflicts = new List<(PyObject Opt, PyObject Option)>();
                foreach (PyObject opt in Items(Get(a[1], "_short_opts"))) if (Ops.In(opt, shortMap)) conflicts.Add((opt, Ops.GetItem(shortMap, opt)));
                foreach (PyObject opt in Items(Get(a[1], "_long_opts"))) if (Ops.In(opt, longMap)) conflicts.Add((opt, Ops.GetItem(longMap, opt)));
                if (conflicts.Count == 0) return None;
                if (Text(Get(a[0], "conflict_handler")) == "error")
                    throw OptparseClasses.Raise(OptparseClasses.OptionConflictError,
                        S("conflicting option string(s): " + string.Join(", ", conflicts.Select(c => Text(c.Opt)))), a[1]);
                foreach (var (opt, other) in conflicts)
                {
                    bool isLong = Text(opt).StartsWith("--");
                    Call(Get(other, isLong ? "_long_opts" : "_short_opts"), "remove", opt);
                    Ops.DelItem(isLong ? longMap : shortMap, opt);
                    if (!Ops.IsTrue(Get(other, "_short_opts")) && !Ops.IsTrue(Get(other, "_long_opts")))
                        Call(Get(Get(other, "container"), "option_list"), "remove", other);
                }
                return None;
            })
            .Method("add_option", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyTuple args = (PyTuple)a[1];
                PyDict kwargs = (PyDict)a[2];
                PyObject option;
                if (args.Count > 0 && IsString(args[0])) option = CallKw(Get(self, "option_class"), Items(args).ToArray(), kwargs);
                else if (args.Count == 1 && !Ops.IsTrue(kwargs))
                {
                    option = args[0];
                    if (!Ops.IsInstance(option, OptparseClasses.Option)) throw Ops.TypeError("not an Option instance: " + Ops.Repr(option));
                }
                else throw Ops.TypeError("invalid arguments");
                Call(self, "_check_conflict", option);
                Call(Get(self, "option_list"), "append", option);
                Set(option, "container", self);
                foreach (PyObject opt in Items(Get(option, "_short_opts"))) Ops.SetItem(Get(self, "_short_opt"), opt, option);
                foreach (PyObject opt in Items(Get(option, "_long_opts"))) Ops.SetItem(Get(self, "_long_opt"), opt, option);
                PyObject dest = Get(option, "dest");
                if (!IsNone(dest))
                {
                    PyObject defaults = Get(self, "defaults");
                    PyObject d = Get(option, "default");
                    if (!ReferenceEquals(d, OptparseClasses.NoDefault)) Ops.SetItem(defaults, dest, d);
                    else if (!Ops.In(dest, defaults)) Ops.SetItem(defaults, dest, None);
                }
                return option;
            }, varArgs: "args", kwArgs: "kwargs")
            .Method("add_options", new[] { "self", "option_list" }, a =>
            {
                foreach (PyObject option in Items(a[1])) Call(a[0], "add_option", option);
                return None;
            })
            .Method("get_option", new[] { "self", "opt_str" }, a =>
            {
                PyObject o = Call(Get(a[0], "_short_opt"), "get", a[1]);
                return Ops.IsTrue(o) ? o : Call(Get(a[0], "_long_opt"), "get", a[1]);
            })
            .Method("has_option", new[] { "self", "opt_str" }, a =>
                PyBool.From(Ops.In(a[1], Get(a[0], "_short_opt")) || Ops.In(a[1], Get(a[0], "_long_opt"))))
            .Method("remove_option", new[] { "self", "opt_str" }, a =>
            {
                PyObject option = Call(Get(a[0], "_short_opt"), "get", a[1]);
                if (IsNone(option)) option = Call(Get(a[0], "_long_opt"), "get", a[1]);
                if (IsNone(option)) throw Ops.ValueError("no such option " + Ops.Repr(a[1]));
                foreach (PyObject opt in Items(Get(option, "_short_opts"))) Ops.DelItem(Get(a[0], "_short_opt"), opt);
                foreach (PyObject opt in Items(Get(option, "_long_opts"))) Ops.DelItem(Get(a[0], "_long_opt"), opt);
                Call(Get(Get(option, "container"), "option_list"), "remove", option);
                return None;
            })
            .Method("format_option_help", new[] { "self", "formatter" }, a =>
            {
                var parts = new List<PyObject>();
                foreach (PyObject option in Items(Get(a[0], "option_list")))
                {
                    PyObject help = Get(option, "help");
                    if (!(help is PyStr h && h.ToString() == "SUPPRESSHELP")) parts.Add(Call(a[1], "format_option", option));
                }
                return HelpText.Join("", parts);
            })
            .Method("format_description", new[] { "self", "formatter" }, a => Call(a[1], "format_description", Call(a[0], "get_description")))
            .Method("format_help", new[] { "self", "formatter" }, a => ContainerHelp(a[0], a[1]))
            .Build();

        private static PyObject ContainerHelp(PyObject self, PyObject formatter)
        {
            var parts = new List<PyObject>();
            if (Ops.IsTrue(Get(self, "description"))) parts.Add(Call(self, "format_description", formatter));
            if (Ops.IsTrue(Get(self, "option_list"))) parts.Add(Ops.Call(Get(OptionContainer, "format_option_help"), self, formatter));
            return HelpText.Join("\n", parts);
        }

        public static readonly PyType OptionGroup = new PythonClassBuilder(Module, "OptionGroup", OptionContainer)
            .Method("__init__", new[] { "self", "parser", "title", "description" }, a =>
            {
                Set(a[0], "parser", a[1]);
                Ops.Call(Get(OptionContainer, "__init__"), new[] { a[0], Get(a[1], "option_class"), Get(a[1], "conflict_handler"), a[3] });
                Set(a[0], "title", a[2]);
                return None;
            }, defaults: new[] { None })
            .Method("_create_option_list", new[] { "self" }, a =>
            {
                Set(a[0], "option_list", new PyList());
                Call(a[0], "_share_option_mappings", Get(a[0], "parser"));
                return None;
            })
            .Method("set_title", new[] { "self", "title" }, a => { Set(a[0], "title", a[1]); return None; })
            .Method("destroy", new[] { "self" }, a => { Ops.Call(Get(OptionContainer, "destroy"), a[0]); Ops.DelAttr(a[0], PyStr.Intern("option_list")); return None; })
            .Method("format_help", new[] { "self", "formatter" }, a =>
            {
                PyObject heading = Call(a[1], "format_heading", Get(a[0], "title"));
                Call(a[1], "indent");
                PyObject body = ContainerHelp(a[0], a[1]);
                Call(a[1], "dedent");
                return HelpText.Join("", new[] { heading, body });
            })
            .Build();

        private static PyObject MatchAbbrev(PyObject s, PyObject wordmap)
        {
            if (Ops.In(s, wordmap)) return s;
            string prefix = Text(s);
            var possibilities = Items(wordmap).Where(w => Text(w).StartsWith(prefix, System.StringComparison.Ordinal)).ToList();
            if (possibilities.Count == 1) return possibilities[0];
            if (possibilities.Count == 0) throw OptparseClasses.Raise(OptparseClasses.BadOptionError, s);
            possibilities.Sort((x, y) => string.CompareOrdinal(Text(x), Text(y)));
            throw OptparseClasses.Raise(OptparseClasses.AmbiguousOptionError, s, List(possibilities));
        }

        public static readonly PyObject match_abbrev = PyFunction.WithBoundArguments(
            new FunctionSignature("_match_abbrev", new[] { "s", "wordmap" }), a => MatchAbbrev(a[0], a[1]));

        private static PyObject TakeValues(PyObject self, PyObject option, PyObject opt, PyList rargs)
        {
            int nargs = (int)((PyInt)Get(option, "nargs")).Value;
            if (rargs.Count < nargs)
            {
                Call(self, "error", S(Text(opt) + (nargs == 1 ? " option requires an argument" : " option requires " + nargs + " arguments")));
                return None;
            }
            if (nargs == 1) return Call(rargs, "pop", PyInt.From(0));
            PyObject value = PyTuple.Create(Enumerable.Range(0, nargs).Select(i => rargs[i]).ToArray());
            Ops.DelSlice(rargs, PyInt.From(0), PyInt.From(nargs));
            return value;
        }

        public static readonly PyType OptionParser = new PythonClassBuilder(Module, "OptionParser", OptionContainer)
            .Attribute("standard_option_list", new PyList())
            .Method("__init__", new[] { "self", "usage", "option_list", "option_class", "version", "conflict_handler", "description",
                "formatter", "add_help_option", "prog", "epilog" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(OptionContainer, "__init__"), new[] { self, a[3], a[5], a[6] });
                Call(self, "set_usage", a[1]);
                Set(self, "prog", a[9]);
                Set(self, "version", a[4]);
                Set(self, "allow_interspersed_args", PyBool.True);
                Set(self, "process_default_values", PyBool.True);
                PyObject formatter = IsNone(a[7]) ? Ops.Call(OptparseFormatterClasses.IndentedHelpFormatter) : a[7];
                Set(self, "formatter", formatter);
                Call(formatter, "set_parser", self);
                Set(self, "epilog", a[10]);
                Ops.Call(Get(self, "_populate_option_list"), new[] { a[2], a[8] }, new[] { PyStr.Intern("add_help") });
                Call(self, "_init_parsing_state");
                return None;
            }, defaults: new PyObject[] { None, None, OptparseClasses.Option, None, S("error"), None, None, PyBool.True, None, None })
            .Method("_create_option_list", new[] { "self" }, a =>
            {
                Set(a[0], "option_list", new PyList());
                Set(a[0], "option_groups", new PyList());
                Call(a[0], "_create_option_mappings");
                return None;
            })
            .Method("_add_help_option", new[] { "self" }, a =>
            {
                Ops.Call(Get(a[0], "add_option"), new PyObject[] { S("-h"), S("--help"), S("help"), S("show this help message and exit") },
                    new[] { PyStr.Intern("action"), PyStr.Intern("help") });
                return None;
            })
            .Method("_add_version_option", new[] { "self" }, a =>
            {
                Ops.Call(Get(a[0], "add_option"), new PyObject[] { S("--version"), S("version"), S("show program's version number and exit") },
                    new[] { PyStr.Intern("action"), PyStr.Intern("help") });
                return None;
            })
            .Method("_populate_option_list", new[] { "self", "option_list", "add_help" }, a =>
            {
                if (Ops.IsTrue(Get(a[0], "standard_option_list"))) Call(a[0], "add_options", Get(a[0], "standard_option_list"));
                if (!IsNone(a[1]) && Ops.IsTrue(a[1])) Call(a[0], "add_options", a[1]);
                if (Ops.IsTrue(Get(a[0], "version"))) Call(a[0], "_add_version_option");
                if (Ops.IsTrue(a[2])) Call(a[0], "_add_help_option");
                return None;
            }, defaults: new PyObject[] { PyBool.True })
            .Method("_init_parsing_state", new[] { "self" }, a =>
            {
                Set(a[0], "rargs", None);
                Set(a[0], "largs", None);
                Set(a[0], "values", None);
                return None;
            })
            .Method("set_usage", new[] { "self", "usage" }, a =>
            {
                PyObject usage = a[1];
                if (IsNone(usage)) usage = S("%prog [options]");
                else if (usage is PyStr u && u.ToString() == "SUPPRESSUSAGE") usage = None;
                else if (Text(usage).ToLowerInvariant().StartsWith("usage: ")) usage = Ops.GetSlice(usage, PyInt.From(7), null);
                Set(a[0], "usage", usage);
                return None;
            })
            .Method("enable_interspersed_args", new[] { "self" }, a => { Set(a[0], "allow_interspersed_args", PyBool.True); return None; })
            .Method("disable_interspersed_args", new[] { "self" }, a => { Set(a[0], "allow_interspersed_args", PyBool.False); return None; })
            .Method("set_process_default_values", new[] { "self", "process" }, a => { Set(a[0], "process_default_values", a[1]); return None; })
            .Method("set_default", new[] { "self", "dest", "value" }, a => { Ops.SetItem(Get(a[0], "defaults"), a[1], a[2]); return None; })
            .Method("set_defaults", new[] { "self" }, a => { Call(Get(a[0], "defaults"), "update", a[1]); return None; }, kwArgs: "kwargs")
            .Method("_get_all_options", new[] { "self" }, a =>
            {
                var options = Items(Get(a[0], "option_list"));
                foreach (PyObject group in Items(Get(a[0], "option_groups"))) options.AddRange(Items(Get(group, "option_list")));
                return List(options);
            })
            .Method("get_default_values", new[] { "self" }, a =>
            {
                if (!Ops.IsTrue(Get(a[0], "process_default_values"))) return Ops.Call(OptparseClasses.Values, Get(a[0], "defaults"));
                PyObject defaults = Call(Get(a[0], "defaults"), "copy");
                foreach (PyObject option in Items(Call(a[0], "_get_all_options")))
                {
                    PyObject dest = Get(option, "dest");
                    PyObject d = Call(defaults, "get", dest);
                    if (IsString(d)) Ops.SetItem(defaults, dest, Call(option, "check_value", Call(option, "get_opt_string"), d));
                }
                return Ops.Call(OptparseClasses.Values, defaults);
            })
            .Method("add_option_group", new[] { "self" }, a =>
            {
                PyTuple args = (PyTuple)a[1];
                PyDict kwargs = (PyDict)a[2];
                PyObject group;
                if (args.Count > 0 && args[0] is PyStr) group = CallKw(OptionGroup, new[] { a[0] }.Concat(Items(args)).ToArray(), kwargs);
                else if (args.Count == 1 && !Ops.IsTrue(kwargs))
                {
                    group = args[0];
                    if (!Ops.IsInstance(group, OptionGroup)) throw Ops.TypeError("not an OptionGroup instance: " + Ops.Repr(group));
                    if (!ReferenceEquals(Get(group, "parser"), a[0])) throw Ops.ValueError("invalid OptionGroup (wrong parser)");
                }
                else throw Ops.TypeError("invalid arguments");
                Call(Get(a[0], "option_groups"), "append", group);
                return group;
            }, varArgs: "args", kwArgs: "kwargs")
            .Method("get_option_group", new[] { "self", "opt_str" }, a =>
            {
                PyObject option = Call(a[0], "get_option", a[1]);
                if (Ops.IsTrue(option) && !ReferenceEquals(Get(option, "container"), a[0])) return Get(option, "container");
                return None;
            })
            .Method("_get_args", new[] { "self", "args" }, a =>
                IsNone(a[1]) ? Ops.GetSlice(Sys("argv"), PyInt.From(1), null) : Ops.GetSlice(a[1], null, null))
            .Method("parse_args", new[] { "self", "args", "values" }, a =>
            {
                PyObject self = a[0];
                PyObject rargs = Call(self, "_get_args", a[1]);
                PyObject values = IsNone(a[2]) ? Call(self, "get_default_values") : a[2];
                var largs = new PyList();
                Set(self, "rargs", rargs);
                Set(self, "largs", largs);
                Set(self, "values", values);
                try
                {
                    Call(self, "_process_args", largs, rargs, values);
                }
                catch (PythonException e) when (e.Matches(OptparseClasses.BadOptionError) || e.Matches(OptparseClasses.OptionValueError))
                {
                    Call(self, "error", Ops.Str(e.Value));
                }
                return Call(self, "check_values", values, Ops.Add(largs, rargs));
            }, defaults: new[] { None, None })
            .Method("check_values", new[] { "self", "values", "args" }, a => PyTuple.Create(a[1], a[2]))
            .Method("_process_args", new[] { "self", "largs", "rargs", "values" }, a =>
            {
                PyList rargs = (PyList)a[2];
                while (rargs.Count > 0)
                {
                    string arg = Text(rargs[0]);
                    if (arg == "--") { Call(rargs, "pop", PyInt.From(0)); return None; }
                    if (arg.StartsWith("--")) Call(a[0], "_process_long_opt", rargs, a[3]);
                    else if (arg.StartsWith("-") && arg.Length > 1) Call(a[0], "_process_short_opts", rargs, a[3]);
                    else if (Ops.IsTrue(Get(a[0], "allow_interspersed_args")))
                    {
                        Call(a[1], "append", rargs[0]);
                        Call(rargs, "pop", PyInt.From(0));
                    }
                    else return None;
                }
                return None;
            })
            .Method("_match_long_opt", new[] { "self", "opt" }, a => MatchAbbrev(a[1], Get(a[0], "_long_opt")))
            .Method("_process_long_opt", new[] { "self", "rargs", "values" }, a =>
            {
                PyObject self = a[0];
                PyList rargs = (PyList)a[1];
                string arg = Text(Call(rargs, "pop", PyInt.From(0)));
                PyObject opt;
                bool explicitValue = false;
                int eq = arg.IndexOf('=');
                if (eq >= 0)
                {
                    opt = S(arg.Substring(0, eq));
                    Call(rargs, "insert", PyInt.From(0), S(arg.Substring(eq + 1)));
                    explicitValue = true;
                }
                else opt = S(arg);
                opt = Call(self, "_match_long_opt", opt);
                PyObject option = Ops.GetItem(Get(self, "_long_opt"), opt);
                PyObject value = None;
                if (Ops.IsTrue(Call(option, "takes_value"))) value = TakeValues(self, option, opt, rargs);
                else if (explicitValue) Call(self, "error", S(Text(opt) + " option does not take a value"));
                Call(option, "process", opt, value, a[2], self);
                return None;
            })
            .Method("_process_short_opts", new[] { "self", "rargs", "values" }, a =>
            {
                PyObject self = a[0];
                PyList rargs = (PyList)a[1];
                string arg = Text(Call(rargs, "pop", PyInt.From(0)));
                int i = 1;
                foreach (char ch in arg.Substring(1))
                {
                    PyObject opt = S("-" + ch);
                    PyObject option = Call(Get(self, "_short_opt"), "get", opt);
                    i++;
                    if (!Ops.IsTrue(option)) throw OptparseClasses.Raise(OptparseClasses.BadOptionError, opt);
                    PyObject value = None;
                    bool stop = false;
                    if (Ops.IsTrue(Call(option, "takes_value")))
                    {
                        if (i < arg.Length) { Call(rargs, "insert", PyInt.From(0), S(arg.Substring(i))); stop = true; }
                        value = TakeValues(self, option, opt, rargs);
                    }
                    Call(option, "process", opt, value, a[2], self);
                    if (stop) break;
                }
                return None;
            })
            .Method("get_prog_name", new[] { "self" }, a =>
            {
                PyObject prog = Get(a[0], "prog");
                if (!IsNone(prog)) return prog;
                string argv0 = Text(Ops.GetItem(Sys("argv"), PyInt.From(0)));
                return S(argv0.Substring(argv0.LastIndexOf('/') + 1));
            })
            .Method("expand_prog_name", new[] { "self", "s" }, a => Call(a[1], "replace", S("%prog"), Call(a[0], "get_prog_name")))
            .Method("get_description", new[] { "self" }, a => Call(a[0], "expand_prog_name", Get(a[0], "description")))
            .Method("exit", new[] { "self", "status", "msg" }, a =>
            {
                if (Ops.IsTrue(a[2])) Call(Sys("stderr"), "write", a[2]);
                throw SystemExit(a[1]);
            }, defaults: new PyObject[] { PyInt.From(0), None })
            .Method("error", new[] { "self", "msg" }, a =>
            {
                Call(a[0], "print_usage", Sys("stderr"));
                Call(a[0], "exit", PyInt.From(2), S(Text(Call(a[0], "get_prog_name")) + ": error: " + Text(a[1]) + "\n"));
                return None;
            })
            .Method("get_usage", new[] { "self" }, a => Ops.IsTrue(Get(a[0], "usage"))
                ? Call(Get(a[0], "formatter"), "format_usage", Call(a[0], "expand_prog_name", Get(a[0], "usage")))
                : S(""))
            .Method("print_usage", new[] { "self", "file" }, a =>
            {
                // print >>file, self.get_usage()
                if (Ops.IsTrue(Get(a[0], "usage"))) Builtins.Print(IsNone(a[1]) ? Sys("stdout") : a[1], Call(a[0], "get_usage"));
                return None;
            }, defaults: new[] { None })
            .Method("get_version", new[] { "self" }, a => Ops.IsTrue(Get(a[0], "version")) ? Call(a[0], "expand_prog_name", Get(a[0], "version")) : S(""))
            .Method("print_version", new[] { "self", "file" }, a =>
            {
                if (Ops.IsTrue(Get(a[0], "version"))) Builtins.Print(IsNone(a[1]) ? Sys("stdout") : a[1], Call(a[0], "get_version"));
                return None;
            }, defaults: new[] { None })
            .Method("format_option_help", new[] { "self", "formatter" }, a =>
            {
                PyObject self = a[0], formatter = IsNone(a[1]) ? Get(a[0], "formatter") : a[1];
                Call(formatter, "store_option_strings", self);
                var result = new List<PyObject> { Call(formatter, "format_heading", S("Options")) };
                Call(formatter, "indent");
                if (Ops.IsTrue(Get(self, "option_list")))
                {
                    result.Add(Ops.Call(Get(OptionContainer, "format_option_help"), self, formatter));
                    result.Add(S("\n"));
                }
                foreach (PyObject group in Items(Get(self, "option_groups")))
                {
                    result.Add(Call(group, "format_help", formatter));
                    result.Add(S("\n"));
                }
                Call(formatter, "dedent");
                result.RemoveAt(result.Count - 1);
                return HelpText.Join("", result);
            }, defaults: new[] { None })
            .Method("format_epilog", new[] { "self", "formatter" }, a => Call(a[1], "format_epilog", Get(a[0], "epilog")))
            .Method("format_help", new[] { "self", "formatter" }, a =>
            {
                PyObject self = a[0], formatter = IsNone(a[1]) ? Get(a[0], "formatter") : a[1];
                var result = new List<PyObject>();
                if (Ops.IsTrue(Get(self, "usage"))) { result.Add(Call(self, "get_usage")); result.Add(S("\n")); }
                if (Ops.IsTrue(Get(self, "description"))) { result.Add(Call(self, "format_description", formatter)); result.Add(S("\n")); }
                result.Add(Call(self, "format_option_help", formatter));
                result.Add(Call(self, "format_epilog", formatter));
                return HelpText.Join("", result);
            }, defaults: new[] { None })
            .Method("print_help", new[] { "self", "file" }, a =>
            {
                PyObject file = IsNone(a[1]) ? Sys("stdout") : a[1];
                PyObject encoding = Call(a[0], "_get_encoding", file);
                Call(file, "write", Call(Call(a[0], "format_help"), "encode", encoding, S("replace")));
                return None;
            }, defaults: new[] { None })
            .Method("_get_encoding", new[] { "self", "file" }, a =>
            {
                PyObject encoding = Ops.GetAttrOrNull(a[1], PyStr.Intern("encoding"));
                return encoding != null && Ops.IsTrue(encoding) ? encoding : Ops.Call(Sys("getdefaultencoding"));
            })
            .Build();
    }
}
