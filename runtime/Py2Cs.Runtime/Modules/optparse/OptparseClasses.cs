using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>optparse's exceptions, Option and Values as Python classes (Python 2.7 semantics and messages).</summary>
    internal static class OptparseClasses
    {
        private const string Module = "optparse";
        private static PyObject None => PyNone.None;

        public static readonly PyStr SuppressHelp = PyStr.FromString("SUPPRESSHELP");
        public static readonly PyStr SuppressUsage = PyStr.FromString("SUPPRESSUSAGE");
        public static readonly PyTuple NoDefault = PyTuple.Create(PyStr.FromString("NO"), PyStr.FromString("DEFAULT"));

        public static readonly PyType OptParseError = new PythonClassBuilder(Module, "OptParseError", PyExceptionTypes.Exception)
            .Method("__init__", new[] { "self", "msg" }, a => { Set(a[0], "msg", a[1]); return None; })
            .Method("__str__", new[] { "self" }, a => Get(a[0], "msg"))
            .Build();

        public static readonly PyType OptionError = new PythonClassBuilder(Module, "OptionError", OptParseError)
            .Method("__init__", new[] { "self", "msg", "option" }, a =>
            {
                Set(a[0], "msg", a[1]);
                Set(a[0], "option_id", Ops.Str(a[2]));
                return None;
            })
            .Method("__str__", new[] { "self" }, a =>
            {
                PyObject id = Get(a[0], "option_id");
                return Ops.IsTrue(id) ? S("option " + Text(id) + ": " + Text(Get(a[0], "msg"))) : Get(a[0], "msg");
            })
            .Build();

        public static readonly PyType OptionConflictError = new PythonClassBuilder(Module, "OptionConflictError", OptionError).Build();
        public static readonly PyType OptionValueError = new PythonClassBuilder(Module, "OptionValueError", OptParseError).Build();

        public static readonly PyType BadOptionError = new PythonClassBuilder(Module, "BadOptionError", OptParseError)
            .Method("__init__", new[] { "self", "opt_str" }, a => { Set(a[0], "opt_str", a[1]); return None; })
            .Method("__str__", new[] { "self" }, a => S("no such option: " + Text(Get(a[0], "opt_str"))))
            .Build();

        public static readonly PyType AmbiguousOptionError = new PythonClassBuilder(Module, "AmbiguousOptionError", BadOptionError)
            .Method("__init__", new[] { "self", "opt_str", "possibilities" }, a =>
            {
                Ops.Call(Get(BadOptionError, "__init__"), a[0], a[1]);
                Set(a[0], "possibilities", a[2]);
                return None;
            })
            .Method("__str__", new[] { "self" }, a => S("ambiguous option: " + Text(Get(a[0], "opt_str")) + " (" +
                string.Join(", ", Items(Get(a[0], "possibilities")).ConvertAll(Text)) + "?)"))
            .Build();

        public static PythonException Raise(PyType cls, params PyObject[] args) => Ops.MakeRaise(Ops.Call(cls, args));

        /// <summary>_parse_num: 0x hex, 0b binary, leading 0 octal, else decimal; via int()/long().</summary>
        private static PyObject ParseNumber(string text, PyObject type)
        {
            string lower = text.Length >= 2 ? text.Substring(0, 2).ToLowerInvariant() : text;
            int radix = 10;
            if (lower == "0x") radix = 16;
            else if (lower == "0b") { radix = 2; text = text.Substring(2); if (text.Length == 0) text = "0"; }
            else if (text.StartsWith("0")) radix = 8;
            return Ops.Call(type, S(text), PyInt.From(radix));
        }

        public static readonly PyObject check_builtin = PyFunction.WithBoundArguments(new FunctionSignature("check_builtin", new[] { "option", "opt", "value" }), a =>
        {
            string type = Text(Get(a[0], "type"));
            string what = type switch { "int" => "integer", "long" => "long integer", "float" => "floating-point", _ => "complex" };
            try
            {
                return type switch
                {
                    "int" => ParseNumber(Text(a[2]), PyInt.TypeObject),
                    "long" => ParseNumber(Text(a[2]), PyLong.TypeObject),
                    "float" => Ops.Call(PyFloat.TypeObject, a[2]),
                    _ => Ops.Call(PyComplex.TypeObject, a[2]),
                };
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError))
            {
                throw Raise(OptionValueError, S("option " + Text(a[1]) + ": invalid " + what + " value: " + Ops.Repr(a[2])));
            }
        });

        public static readonly PyObject check_choice = PyFunction.WithBoundArguments(new FunctionSignature("check_choice", new[] { "option", "opt", "value" }), a =>
        {
            PyObject choices = Get(a[0], "choices");
            if (Ops.In(a[2], choices)) return a[2];
            string list = string.Join(", ", Items(choices).ConvertAll(c => Ops.Repr(c).ToString()));
            throw Raise(OptionValueError, S("option " + Text(a[1]) + ": invalid choice: " + Ops.Repr(a[2]) + " (choose from " + list + ")"));
        });

        private static PyTuple Names(params string[] names) => PyTuple.Create(names.Select(n => (PyObject)S(n)).ToArray());

        private static bool InTuple(PyObject value, PyObject tuple) => Ops.In(value, tuple);

        private static PyObject Check(string name, System.Action<PyObject> body) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }), a => { body(a[0]); return None; });

        private static PythonException OptionErr(PyObject option, string message) => Raise(OptionError, S(message), option);

        public static readonly PyType Option = BuildOption();

        private static PyType BuildOption()
        {
            var typeChecker = new PyDict();
            foreach (string t in new[] { "int", "long", "float", "complex" }) typeChecker.SetItem(S(t), check_builtin);
            typeChecker.SetItem(S("choice"), check_choice);
            var checks = new List<PyObject>
            {
                Check("_check_action", self =>
                {
                    PyObject action = Get(self, "action");
                    if (IsNone(action)) Set(self, "action", S("store"));
                    else if (!InTuple(action, Get(self, "ACTIONS"))) throw OptionErr(self, "invalid action: " + Ops.Repr(action));
                }),
                Check("_check_type", self =>
                {
                    PyObject type = Get(self, "type");
                    if (IsNone(type))
                    {
                        if (InTuple(Get(self, "action"), Get(self, "ALWAYS_TYPED_ACTIONS")))
                            Set(self, "type", S(IsNone(Get(self, "choices")) ? "string" : "choice"));
                        return;
                    }
                    if (type is PyType t) type = Get(t, "__name__");
                    if (Text(type) == "str") type = S("string");
                    Set(self, "type", type);
                    if (!InTuple(type, Get(self, "TYPES"))) throw OptionErr(self, "invalid option type: " + Ops.Repr(type));
                    if (!InTuple(Get(self, "action"), Get(self, "TYPED_ACTIONS")))
                        throw OptionErr(self, "must not supply a type for action " + Ops.Repr(Get(self, "action")));
                }),
                Check("_check_choice", self =>
                {
                    PyObject choices = Get(self, "choices");
                    if (Text(Get(self, "type")) == "choice")
                    {
                        if (IsNone(choices)) throw OptionErr(self, "must supply a list of choices for type 'choice'");
                        if (!(choices is PyTuple) && !(choices is PyList))
                            throw OptionErr(self, "choices must be a list of strings ('" + Text(Get(Ops.TypeOf(choices), "__name__")) + "' supplied)");
                    }
                    else if (!IsNone(choices))
                    {
                        throw OptionErr(self, "must not supply choices for type " + Ops.Repr(Get(self, "type")));
                    }
                }),
                Check("_check_dest", self =>
                {
                    bool takesValue = InTuple(Get(self, "action"), Get(self, "STORE_ACTIONS")) || !IsNone(Get(self, "type"));
                    if (IsNone(Get(self, "dest")) && takesValue)
                    {
                        List<PyObject> longs = Items(Get(self, "_long_opts"));
                        Set(self, "dest", longs.Count > 0
                            ? S(Text(longs[0]).Substring(2).Replace('-', '_'))
                            : S(Text(Items(Get(self, "_short_opts"))[0]).Substring(1, 1)));
                    }
                }),
                Check("_check_const", self =>
                {
                    if (!InTuple(Get(self, "action"), Get(self, "CONST_ACTIONS")) && !IsNone(Get(self, "const")))
                        throw OptionErr(self, "'const' must not be supplied for action " + Ops.Repr(Get(self, "action")));
                }),
                Check("_check_nargs", self =>
                {
                    if (InTuple(Get(self, "action"), Get(self, "TYPED_ACTIONS")))
                    {
                        if (IsNone(Get(self, "nargs"))) Set(self, "nargs", PyInt.From(1));
                    }
                    else if (!IsNone(Get(self, "nargs")))
                    {
                        throw OptionErr(self, "'nargs' must not be supplied for action " + Ops.Repr(Get(self, "action")));
                    }
                }),
                Check("_check_callback", self =>
                {
                    PyObject callback = Get(self, "callback"), args = Get(self, "callback_args"), kwargs = Get(self, "callback_kwargs");
                    if (Text(Get(self, "action")) == "callback")
                    {
                        if (!callback.IsCallable) throw OptionErr(self, "callback not callable: " + Ops.Repr(callback));
                        if (!IsNone(args) && !(args is PyTuple)) throw OptionErr(self, "callback_args, if supplied, must be a tuple: not " + Ops.Repr(args));
                        if (!IsNone(kwargs) && !(kwargs is PyDict)) throw OptionErr(self, "callback_kwargs, if supplied, must be a dict: not " + Ops.Repr(kwargs));
                    }
                    else
                    {
                        if (!IsNone(callback)) throw OptionErr(self, "callback supplied (" + Ops.Repr(callback) + ") for non-callback option");
                        if (!IsNone(args)) throw OptionErr(self, "callback_args supplied for non-callback option");
                        if (!IsNone(kwargs)) throw OptionErr(self, "callback_kwargs supplied for non-callback option");
                    }
                }),
            };
            string[] attrs = { "action", "type", "dest", "default", "nargs", "const", "choices", "callback", "callback_args", "callback_kwargs", "help", "metavar" };
            var builder = new PythonClassBuilder(Module, "Option")
                .Attribute("ATTRS", List(attrs.Select(x => (PyObject)S(x))))
                .Attribute("ACTIONS", Names("store", "store_const", "store_true", "store_false", "append", "append_const", "count", "callback", "help", "version"))
                .Attribute("STORE_ACTIONS", Names("store", "store_const", "store_true", "store_false", "append", "append_const", "count"))
                .Attribute("TYPED_ACTIONS", Names("store", "append", "callback"))
                .Attribute("ALWAYS_TYPED_ACTIONS", Names("store", "append"))
                .Attribute("CONST_ACTIONS", Names("store_const", "append_const"))
                .Attribute("TYPES", Names("string", "int", "long", "float", "complex", "choice"))
                .Attribute("TYPE_CHECKER", typeChecker)
                .Attribute("CHECK_METHODS", List(checks));
            foreach (PyObject check in checks) builder.Attribute(((PyFunction)check).Signature.Name, check);
            return builder
                .Method("__init__", new[] { "self" }, a =>
                {
                    PyObject self = a[0];
                    Set(self, "_short_opts", new PyList());
                    Set(self, "_long_opts", new PyList());
                    PyObject opts = Call(self, "_check_opt_strings", a[1]);
                    Call(self, "_set_opt_strings", opts);
                    Call(self, "_set_attrs", a[2]);
                    foreach (PyObject checker in Items(Get(self, "CHECK_METHODS"))) Ops.Call(checker, self);
                    return None;
                }, varArgs: "opts", kwArgs: "attrs")
                .Method("_check_opt_strings", new[] { "self", "opts" }, a =>
                {
                    List<PyObject> opts = Items(a[1]).Where(Ops.IsTrue).ToList();
                    if (opts.Count == 0) throw Ops.TypeError("at least one option string must be supplied");
                    return List(opts);
                })
                .Method("_set_opt_strings", new[] { "self", "opts" }, a =>
                {
                    foreach (PyObject opt in Items(a[1]))
                    {
                        string o = Text(opt);
                        if (o.Length < 2) throw OptionErr(a[0], "invalid option string " + Ops.Repr(opt) + ": must be at least two characters long");
                        if (o.Length == 2)
                        {
                            if (!(o[0] == '-' && o[1] != '-'))
                                throw OptionErr(a[0], "invalid short option string " + Ops.Repr(opt) + ": must be of the form -x, (x any non-dash char)");
                            Call(Get(a[0], "_short_opts"), "append", opt);
                        }
                        else
                        {
                            if (!(o.StartsWith("--") && o[2] != '-'))
                                throw OptionErr(a[0], "invalid long option string " + Ops.Repr(opt) + ": must start with --, followed by non-dash");
                            Call(Get(a[0], "_long_opts"), "append", opt);
                        }
                    }
                    return None;
                })
                .Method("_set_attrs", new[] { "self", "attrs" }, a =>
                {
                    PyDict given = (PyDict)a[1];
                    foreach (PyObject attr in Items(Get(a[0], "ATTRS")))
                    {
                        PyObject value = given.GetStr(Text(attr));
                        if (value != null)
                        {
                            Ops.SetAttr(a[0], PyStr.Intern(Text(attr)), value);
                            Ops.DelItem(given, attr);
                        }
                        else
                        {
                            Ops.SetAttr(a[0], PyStr.Intern(Text(attr)), Text(attr) == "default" ? NoDefault : None);
                        }
                    }
                    if (Ops.IsTrue(given))
                    {
                        var keys = Items(given).ConvertAll(Text);
                        keys.Sort(System.StringComparer.Ordinal);
                        throw OptionErr(a[0], "invalid keyword arguments: " + string.Join(", ", keys));
                    }
                    return None;
                })
                .Method("__repr__", new[] { "self" }, a => ClassicRepr(a[0]))
                .Method("__str__", new[] { "self" }, a => S(string.Join("/", Items(Get(a[0], "_short_opts")).Concat(Items(Get(a[0], "_long_opts"))).Select(Text))))
                .Method("takes_value", new[] { "self" }, a => PyBool.From(!IsNone(Get(a[0], "type"))))
                .Method("get_opt_string", new[] { "self" }, a =>
                {
                    List<PyObject> longs = Items(Get(a[0], "_long_opts"));
                    return longs.Count > 0 ? longs[0] : Items(Get(a[0], "_short_opts"))[0];
                })
                .Method("check_value", new[] { "self", "opt", "value" }, a =>
                {
                    PyObject checker = Call(Get(a[0], "TYPE_CHECKER"), "get", Get(a[0], "type"));
                    return IsNone(checker) ? a[2] : Ops.Call(checker, a[0], a[1], a[2]);
                })
                .Method("convert_value", new[] { "self", "opt", "value" }, a =>
                {
                    if (IsNone(a[2])) return None;
                    if (Get(a[0], "nargs") is PyInt n && n.Value == 1) return Call(a[0], "check_value", a[1], a[2]);
                    return PyTuple.Create(Items(a[2]).Select(v => Call(a[0], "check_value", a[1], v)).ToArray());
                })
                .Method("process", new[] { "self", "opt", "value", "values", "parser" }, a =>
                {
                    PyObject value = Call(a[0], "convert_value", a[1], a[2]);
                    return Call(a[0], "take_action", Get(a[0], "action"), Get(a[0], "dest"), a[1], value, a[3], a[4]);
                })
                .Method("take_action", new[] { "self", "action", "dest", "opt", "value", "values", "parser" }, TakeAction)
                .Build();
        }

        private static PyObject TakeAction(PyObject[] a)
        {
            PyObject self = a[0], dest = a[2], values = a[5], parser = a[6];
            PyStr destName = IsNone(dest) ? null : PyStr.Intern(Text(dest));
            switch (Text(a[1]))
            {
                case "store": Ops.SetAttr(values, destName, a[4]); break;
                case "store_const": Ops.SetAttr(values, destName, Get(self, "const")); break;
                case "store_true": Ops.SetAttr(values, destName, PyBool.True); break;
                case "store_false": Ops.SetAttr(values, destName, PyBool.False); break;
                case "append": Call(Call(values, "ensure_value", dest, new PyList()), "append", a[4]); break;
                case "append_const": Call(Call(values, "ensure_value", dest, new PyList()), "append", Get(self, "const")); break;
                case "count": Ops.SetAttr(values, destName, Ops.Add(Call(values, "ensure_value", dest, PyInt.From(0)), PyInt.From(1))); break;
                case "callback":
                {
                    PyObject args = Get(self, "callback_args"), kwargs = Get(self, "callback_kwargs");
                    var positional = new List<PyObject> { self, a[3], a[4], parser };
                    if (Ops.IsTrue(args)) positional.AddRange(Items(args));
                    CallKw(Get(self, "callback"), positional.ToArray(), Ops.IsTrue(kwargs) ? (PyDict)kwargs : null);
                    break;
                }
                case "help": Call(parser, "print_help"); Call(parser, "exit"); break;
                case "version": Call(parser, "print_version"); Call(parser, "exit"); break;
                default: throw Ops.ValueError("unknown action " + Ops.Repr(Get(self, "action")));
            }
            return PyInt.From(1);
        }

        /// <summary>optparse's _repr: "&lt;ClassName at 0x...: str(self)&gt;", shared by Option and Values.</summary>
        private static PyObject ClassicRepr(PyObject self) =>
            S("<" + Text(Get(Get(self, "__class__"), "__name__")) + " at 0x" + Ops.Id(self).ToString("x") + ": " + Ops.Str(self) + ">");

        public static readonly PyType Values = new PythonClassBuilder(Module, "Values")
            .Method("__init__", new[] { "self", "defaults" }, a =>
            {
                if (!IsNone(a[1]) && Ops.IsTrue(a[1]))
                    foreach (PyObject pair in Items(Call(a[1], "items")))
                    {
                        PyObject[] kv = Ops.UnpackSequence(pair, 2);
                        Ops.SetAttr(a[0], PyStr.Intern(Text(kv[0])), kv[1]);
                    }
                return None;
            }, defaults: new[] { None })
            .Method("__str__", new[] { "self" }, a => Ops.Str(Get(a[0], "__dict__")))
            .Method("__repr__", new[] { "self" }, a => ClassicRepr(a[0]))
            .Method("__eq__", new[] { "self", "other" }, a =>
            {
                PyObject other = a[1] is PyDict ? a[1] : GetOrNull(a[1], "__dict__");
                return other == null ? PyBool.False : PyBool.From(Ops.Eq(Get(a[0], "__dict__"), other));
            })
            .Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.IsTrue(Call(a[0], "__eq__", a[1]))))
            .Method("_update_loose", new[] { "self", "dict" }, a => { Call(Get(a[0], "__dict__"), "update", a[1]); return None; })
            .Method("_update_careful", new[] { "self", "dict" }, a =>
            {
                // dir(self), as 2.7 does: class attributes such as __doc__ count as existing too.
                foreach (PyObject attr in Items(Ops.Call(Builtins.Get("dir"), a[0])))
                    if (Ops.In(attr, a[1]) && !IsNone(Ops.GetItem(a[1], attr))) Ops.SetAttr(a[0], PyStr.Intern(Text(attr)), Ops.GetItem(a[1], attr));
                return None;
            })
            .Method("read_module", new[] { "self", "modname", "mode" }, a =>
            {
                Ops.Call(Builtins.Get("__import__"), a[1]);
                PyObject module = Ops.GetItem(Sys("modules"), a[1]);
                Call(a[0], "_update", Ops.Call(Builtins.Get("vars"), module), a[2]);
                return None;
            }, defaults: new PyObject[] { S("careful") })
            .Method("read_file", new[] { "self", "filename", "mode" }, a =>
            {
                var globals = new PyDict();
                Ops.Call(Builtins.Get("execfile"), a[1], globals);
                Call(a[0], "_update", globals, a[2]);
                return None;
            }, defaults: new PyObject[] { S("careful") })
            .Method("_update", new[] { "self", "dict", "mode" }, a =>
            {
                string mode = Text(a[2]);
                if (mode == "careful") Call(a[0], "_update_careful", a[1]);
                else if (mode == "loose") Call(a[0], "_update_loose", a[1]);
                else throw Ops.ValueError("invalid update mode: " + Ops.Repr(a[2]));
                return None;
            })
            .Method("ensure_value", new[] { "self", "attr", "value" }, a =>
            {
                PyStr name = PyStr.Intern(Text(a[1]));
                PyObject current = Ops.GetAttrOrNull(a[0], name);
                if (IsNone(current)) Ops.SetAttr(a[0], name, a[2]);
                return Ops.GetAttr(a[0], name);
            })
            .Build();
    }
}
