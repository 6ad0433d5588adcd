using System.Linq;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>argparse's Namespace, Action family, FileType and exceptions as Python classes (2.7.18 semantics).</summary>
    internal static class ArgparseActions
    {
        private const string Module = "argparse";
        private static PyObject None => PyNone.None;

        public static readonly PyType ArgumentError = new PythonClassBuilder(Module, "ArgumentError", PyExceptionTypes.Exception)
            .Method("__init__", new[] { "self", "argument", "message" }, a =>
            {
                string name = ActionName(a[1]);
                Set(a[0], "argument_name", name == null ? None : S(name));
                Set(a[0], "message", a[2]);
                return None;
            })
            .Method("__str__", new[] { "self" }, a =>
            {
                PyObject name = Get(a[0], "argument_name");
                string message = Text(Get(a[0], "message"));
                return S(IsNone(name) ? message : "argument " + Text(name) + ": " + message);
            })
            .Build();

        public static readonly PyType ArgumentTypeError = new PythonClassBuilder(Module, "ArgumentTypeError", PyExceptionTypes.Exception).Build();

        public static PythonException Error(PyObject action, string message) => Ops.MakeRaise(Ops.Call(ArgumentError, action, S(message)));

        /// <summary>_get_action_name: option strings joined by '/', else metavar, else dest.</summary>
        public static string ActionName(PyObject argument)
        {
            if (IsNone(argument)) return null;
            List<PyObject> options = Items(Get(argument, "option_strings"));
            if (options.Count > 0) return string.Join("/", options.ConvertAll(Text));
            PyObject metavar = Get(argument, "metavar");
            if (!IsNone(metavar) && !IsSuppress(metavar)) return Text(metavar);
            PyObject dest = Get(argument, "dest");
            if (!IsNone(dest) && !IsSuppress(dest)) return Text(dest);
            return null;
        }

        public static readonly PyType Namespace = new PythonClassBuilder(Module, "Namespace", PyType.ObjectType)
            .Method("__init__", new[] { "self" }, a =>
            {
                foreach (PyObject pair in Items(Call(a[1], "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    Ops.SetAttr(a[0], PyStr.Intern(Text(kv[0])), kv[1]);
                }
                return None;
            }, kwArgs: "kwargs")
            .Method("__eq__", new[] { "self", "other" }, a =>
                Ops.IsInstance(a[1], Ops.TypeOf(a[0])) || Has(a[1], "__dict__")
                    ? PyBool.From(Ops.Eq(Get(a[0], "__dict__"), Get(a[1], "__dict__")))
                    : PyNotImplemented.Value)
            .Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1])))
            .Method("__contains__", new[] { "self", "key" }, a => PyBool.From(Ops.In(a[1], Get(a[0], "__dict__"))))
            .Method("__repr__", new[] { "self" }, a => AttributeHolderRepr(a[0]))
            .Method("_get_kwargs", new[] { "self" }, a => AttributeHolderKwargs(a[0], null))
            .Method("_get_args", new[] { "self" }, a => new PyList())
            .Attribute("__hash__", None)
            .Build();

        /// <summary>_AttributeHolder._get_kwargs: (name, value) pairs of the named attributes, or the sorted __dict__ items.</summary>
        public static PyList AttributeHolderKwargs(PyObject self, string[] names)
        {
            if (names != null) return List(names.Select(n => (PyObject)PyTuple.Create(S(n), Get(self, n))));
            PyList items = List(Items(Call(Get(self, "__dict__"), "items")));
            Call(items, "sort");
            return items;
        }

        /// <summary>_AttributeHolder.__repr__: TypeName(repr(arg), ..., name=repr(value), ...) from
        /// self._get_args() and self._get_kwargs(), so subclasses overriding those change the repr.</summary>
        public static PyObject AttributeHolderRepr(PyObject self)
        {
            var parts = new List<string>();
            foreach (PyObject arg in Items(Call(self, "_get_args"))) parts.Add(Ops.Repr(arg).ToString());
            foreach (PyObject pair in Items(Call(self, "_get_kwargs")))
            {
                PyObject[] kv = Ops.UnpackSequence(pair, 2);
                parts.Add(Ops.Str(kv[0]) + "=" + Ops.Repr(kv[1]));
            }
            return S(Text(Get(Ops.TypeOf(self), "__name__")) + "(" + string.Join(", ", parts) + ")");
        }

        private static readonly string[] ActionFields = { "option_strings", "dest", "nargs", "const", "default", "type", "choices", "help", "metavar" };

        private static void InitAction(PyObject self, PyObject optionStrings, PyObject dest, PyObject nargs, PyObject constant,
            PyObject @default, PyObject type, PyObject choices, PyObject required, PyObject help, PyObject metavar)
        {
            Set(self, "option_strings", optionStrings);
            Set(self, "dest", dest);
            Set(self, "nargs", nargs);
            Set(self, "const", constant);
            Set(self, "default", @default);
            Set(self, "type", type);
            Set(self, "choices", choices);
            Set(self, "required", required);
            Set(self, "help", help);
            Set(self, "metavar", metavar);
        }

        public static readonly PyType Action = new PythonClassBuilder(Module, "Action", PyType.ObjectType)
            .Method("__init__", new[] { "self", "option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help", "metavar" },
                a => { InitAction(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]); return None; },
                defaults: new[] { None, None, None, None, None, PyBool.False, None, None })
            .Method("__repr__", new[] { "self" }, a => AttributeHolderRepr(a[0]))
            .Method("_get_kwargs", new[] { "self" }, a => AttributeHolderKwargs(a[0], ActionFields))
            .Method("_get_args", new[] { "self" }, a => new PyList())
            .Method("__call__", new[] { "self", "parser", "namespace", "values", "option_string" },
                a => throw Ops.MakeRaise(PyExceptionTypes.NotImplementedError, S(".__call__() not defined")),
                defaults: new[] { None })
            .Build();

        private static PyObject Setter(PyObject[] a, PyObject value)
        {
            Ops.SetAttr(a[2], PyStr.Intern(Text(Get(a[0], "dest"))), value);
            return None;
        }

        private static readonly string[] CallParameters = { "self", "parser", "namespace", "values", "option_string" };

        private static void CheckNargs(PyObject nargs, PyObject constant, string zeroMessage)
        {
            if (nargs is PyInt n && n.Value == 0) throw Ops.ValueError(zeroMessage);
            if (!IsNone(constant) && !(nargs is PyStr s && s.ToString() == "?")) throw Ops.ValueError("nargs must be '?' to supply const");
        }

        public static readonly PyType StoreAction = new PythonClassBuilder(Module, "_StoreAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help", "metavar" }, a =>
            {
                CheckNargs(a[3], a[4], "nargs for store actions must be > 0; if you have nothing to store, actions such as store true or store const may be more appropriate");
                InitAction(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
                return None;
            }, defaults: new[] { None, None, None, None, None, PyBool.False, None, None })
            .Method("__call__", CallParameters, a => Setter(a, a[3]), defaults: new[] { None })
            .Build();

        public static readonly PyType StoreConstAction = new PythonClassBuilder(Module, "_StoreConstAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "const", "default", "required", "help", "metavar" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), a[3], a[4], None, None, a[5], a[6], a[7]);
                return None;
            }, defaults: new[] { None, PyBool.False, None, None })
            .Method("__call__", CallParameters, a => Setter(a, Get(a[0], "const")), defaults: new[] { None })
            .Build();

        public static readonly PyType StoreTrueAction = new PythonClassBuilder(Module, "_StoreTrueAction", StoreConstAction)
            .Method("__init__", new[] { "self", "option_strings", "dest", "default", "required", "help" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), PyBool.True, a[3], None, None, a[4], a[5], None);
                return None;
            }, defaults: new[] { PyBool.False, PyBool.False, None })
            .Build();

        public static readonly PyType StoreFalseAction = new PythonClassBuilder(Module, "_StoreFalseAction", StoreConstAction)
            .Method("__init__", new[] { "self", "option_strings", "dest", "default", "required", "help" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), PyBool.False, a[3], None, None, a[4], a[5], None);
                return None;
            }, defaults: new[] { PyBool.True, PyBool.False, None })
            .Build();

        /// <summary>_ensure_value + copy.copy for the list an append action extends.</summary>
        private static PyList CopiedList(PyObject ns, PyObject dest)
        {
            PyStr name = PyStr.Intern(Text(dest));
            PyObject current = Ops.GetAttrOrNull(ns, name);
            if (IsNone(current)) return new PyList();
            var copy = new PyList();
            copy.Extend(current);
            return copy;
        }

        public static readonly PyType AppendAction = new PythonClassBuilder(Module, "_AppendAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help", "metavar" }, a =>
            {
                CheckNargs(a[3], a[4], "nargs for append actions must be > 0; if arg strings are not supplying the value to append, the append const action may be more appropriate");
                InitAction(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
                return None;
            }, defaults: new[] { None, None, None, None, None, PyBool.False, None, None })
            .Method("__call__", CallParameters, a =>
            {
                PyList items = CopiedList(a[2], Get(a[0], "dest"));
                items.Append(a[3]);
                return Setter(a, items);
            }, defaults: new[] { None })
            .Build();

        public static readonly PyType AppendConstAction = new PythonClassBuilder(Module, "_AppendConstAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "const", "default", "required", "help", "metavar" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), a[3], a[4], None, None, a[5], a[6], a[7]);
                return None;
            }, defaults: new[] { None, PyBool.False, None, None })
            .Method("__call__", CallParameters, a =>
            {
                PyList items = CopiedList(a[2], Get(a[0], "dest"));
                items.Append(Get(a[0], "const"));
                return Setter(a, items);
            }, defaults: new[] { None })
            .Build();

        public static readonly PyType CountAction = new PythonClassBuilder(Module, "_CountAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "default", "required", "help" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), None, a[3], None, None, a[4], a[5], None);
                return None;
            }, defaults: new[] { None, PyBool.False, None })
            .Method("__call__", CallParameters, a =>
            {
                PyObject current = Ops.GetAttrOrNull(a[2], PyStr.Intern(Text(Get(a[0], "dest"))));
                return Setter(a, Ops.Add(IsNone(current) ? PyInt.From(0) : current, PyInt.From(1)));
            }, defaults: new[] { None })
            .Build();

        public static readonly PyType HelpAction = new PythonClassBuilder(Module, "_HelpAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "dest", "default", "help" }, a =>
            {
                InitAction(a[0], a[1], a[2], PyInt.From(0), None, a[3], None, None, PyBool.False, a[4], None);
                return None;
            }, defaults: new PyObject[] { Suppress, Suppress, None })
            .Method("__call__", CallParameters, a =>
            {
                Call(a[1], "print_help");
                Call(a[1], "exit");
                return None;
            }, defaults: new[] { None })
            .Build();

        public static readonly PyType VersionAction = new PythonClassBuilder(Module, "_VersionAction", Action)
            .Method("__init__", new[] { "self", "option_strings", "version", "dest", "default", "help" }, a =>
            {
                InitAction(a[0], a[1], a[3], PyInt.From(0), None, a[4], None, None, PyBool.False, a[5], None);
                Set(a[0], "version", a[2]);
                return None;
            }, defaults: new PyObject[] { None, Suppress, Suppress, S("show program's version number and exit") })
            .Method("__call__", CallParameters, a =>
            {
                PyObject version = Get(a[0], "version");
                if (IsNone(version)) version = Get(a[1], "version");
                PyObject formatter = Call(a[1], "_get_formatter");
                Call(formatter, "add_text", version);
                Ops.Call(Get(a[1], "exit"), new[] { Call(formatter, "format_help") }, new[] { PyStr.Intern("message") });
                return None;
            }, defaults: new[] { None })
            .Build();

        private static readonly PyType ChoicesPseudoAction = new PythonClassBuilder(Module, "_ChoicesPseudoAction", Action)
            .Method("__init__", new[] { "self", "name", "help" }, a =>
            {
                InitAction(a[0], new PyList(), a[1], None, None, None, None, None, PyBool.False, a[2], None);
                return None;
            })
            .Build();

        public static readonly PyType SubParsersAction = new PythonClassBuilder(Module, "_SubParsersAction", Action)
            .Attribute("_ChoicesPseudoAction", ChoicesPseudoAction)
            .Method("__init__", new[] { "self", "option_strings", "prog", "parser_class", "dest", "help", "metavar" }, a =>
            {
                Set(a[0], "_prog_prefix", a[2]);
                Set(a[0], "_parser_class", a[3]);
                Set(a[0], "_name_parser_map", new PyDict());
                Set(a[0], "_choices_actions", new PyList());
                // The choices keep insertion order, as 2.7's OrderedDict does.
                InitAction(a[0], a[1], a[4], S("A..."), None, None, None, new PyList(), PyBool.False, a[5], a[6]);
                return None;
            }, defaults: new PyObject[] { Suppress, None, None })
            .Method("add_parser", new[] { "self", "name" }, a =>
            {
                PyDict kwargs = (PyDict)a[2];
                if (IsNone(KwGet(kwargs, "prog"))) kwargs.SetStr("prog", S(Text(Get(a[0], "_prog_prefix")) + " " + Text(a[1])));
                PyObject help = kwargs.GetStr("help");
                if (help != null)
                {
                    KwPop(kwargs, "help", None);
                    PyObject choice = Ops.Call(Get(a[0], "_ChoicesPseudoAction"), a[1], help);
                    ((PyList)Get(a[0], "_choices_actions")).Append(choice);
                }
                PyObject parser = CallKw(Get(a[0], "_parser_class"), new PyObject[0], kwargs);
                Ops.SetItem(Get(a[0], "_name_parser_map"), a[1], parser);
                PyObject choices = Get(a[0], "choices");
                if (!Ops.In(a[1], choices)) Call(choices, "append", a[1]);
                return parser;
            }, kwArgs: "kwargs")
            .Method("_get_subactions", new[] { "self" }, a => Get(a[0], "_choices_actions"))
            .Method("__call__", CallParameters, a =>
            {
                PyObject values = a[3];
                PyObject name = Ops.GetItem(values, PyInt.From(0));
                PyObject rest = Ops.GetSlice(values, PyInt.From(1), null);
                if (!IsSuppress(Get(a[0], "dest"))) Ops.SetAttr(a[2], PyStr.Intern(Text(Get(a[0], "dest"))), name);
                PyObject map = Get(a[0], "_name_parser_map");
                if (!Ops.In(name, map))
                {
                    string choices = string.Join(", ", Items(Get(a[0], "choices")).ConvertAll(Text));
                    throw Error(a[0], "unknown parser " + Ops.Repr(name) + " (choices: " + choices + ")");
                }
                PyObject parser = Ops.GetItem(map, name);
                PyObject[] result = Ops.UnpackSequence(Call(parser, "parse_known_args", rest, None), 2);
                foreach (PyObject pair in Items(Call(Get(result[0], "__dict__"), "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    Ops.SetAttr(a[2], PyStr.Intern(Text(kv[0])), kv[1]);
                }
                if (Ops.IsTrue(result[1]))
                {
                    PyStr unrecognized = PyStr.Intern("_unrecognized_args");
                    PyObject list = Ops.GetAttrOrNull(a[2], unrecognized);
                    if (list == null) { list = new PyList(); Ops.SetAttr(a[2], unrecognized, list); }
                    Call(list, "extend", result[1]);
                }
                return None;
            }, defaults: new[] { None })
            .Build();

        public static readonly PyType FileType = new PythonClassBuilder(Module, "FileType", PyType.ObjectType)
            .Method("__init__", new[] { "self", "mode", "bufsize" }, a =>
            {
                Set(a[0], "_mode", a[1]);
                Set(a[0], "_bufsize", a[2]);
                return None;
            }, defaults: new PyObject[] { S("r"), PyInt.From(-1) })
            .Method("__call__", new[] { "self", "string" }, a =>
            {
                string mode = Text(Get(a[0], "_mode"));
                if (Text(a[1]) == "-")
                {
                    if (mode.Contains('r')) return Sys("stdin");
                    if (mode.Contains('w')) return Sys("stdout");
                    throw Ops.ValueError("argument \"-\" with mode " + Ops.Repr(Get(a[0], "_mode")));
                }
                try
                {
                    return Ops.Call(PyFile.TypeObject, a[1], Get(a[0], "_mode"), Get(a[0], "_bufsize"));
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError))
                {
                    throw Ops.MakeRaise(Ops.Call(ArgumentTypeError, S("can't open '" + Text(a[1]) + "': " + Text(Ops.Str(e.Value)))));
                }
            })
            .Method("__repr__", new[] { "self" }, a =>
            {
                var args = new List<string> { Ops.Repr(Get(a[0], "_mode")).ToString() };
                PyObject bufsize = Get(a[0], "_bufsize");
                if (!(bufsize is PyInt b && b.Value == -1)) args.Add(Ops.Repr(bufsize).ToString());
                return S("FileType(" + string.Join(", ", args) + ")");
            })
            .Build();
    }
}
