using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>_ActionsContainer, _ArgumentGroup and _MutuallyExclusiveGroup as Python classes (argparse 2.7.18).</summary>
    internal static class ArgparseContainers
    {
        private const string Module = "argparse";
        private static PyObject None => PyNone.None;
        internal static readonly Regex NegativeNumber = new Regex("^-\\d+$|^-\\d*\\.\\d+$", RegexOptions.CultureInvariant);

        private static PyObject Registry(PyObject self, string name)
        {
            PyObject registries = Get(self, "_registries");
            PyObject registry = Ops.In(S(name), registries) ? Ops.GetItem(registries, S(name)) : null;
            if (registry == null) { registry = new PyDict(); Ops.SetItem(registries, S(name), registry); }
            return registry;
        }

        private static PyObject RegistryGet(PyObject self, string name, PyObject value, PyObject fallback) =>
            Call(Registry(self, name), "get", value, fallback);

        public static readonly PyType ActionsContainer = new PythonClassBuilder(Module, "_ActionsContainer", PyType.ObjectType)
            .Method("__init__", new[] { "self", "description", "prefix_chars", "argument_default", "conflict_handler" }, a =>
            {
                PyObject self = a[0];
                Set(self, "description", a[1]);
                Set(self, "argument_default", a[3]);
                Set(self, "prefix_chars", a[2]);
                Set(self, "conflict_handler", a[4]);
                Set(self, "_registries", new PyDict());
                var register = new (string, PyObject)[]
                {
                    ("store", ArgparseActions.StoreAction), ("store_const", ArgparseActions.StoreConstAction),
                    ("store_true", ArgparseActions.StoreTrueAction), ("store_false", ArgparseActions.StoreFalseAction),
                    ("append", ArgparseActions.AppendAction), ("append_const", ArgparseActions.AppendConstAction),
                    ("count", ArgparseActions.CountAction), ("help", ArgparseActions.HelpAction),
                    ("version", ArgparseActions.VersionAction), ("parsers", ArgparseActions.SubParsersAction),
                };
                Call(self, "register", S("action"), None, ArgparseActions.StoreAction);
                foreach (var (name, cls) in register) Call(self, "register", S("action"), S(name), cls);
                Call(self, "_get_handler");
                Set(self, "_actions", new PyList());
                Set(self, "_option_string_actions", new PyDict());
                Set(self, "_action_groups", new PyList());
                Set(self, "_mutually_exclusive_groups", new PyList());
                Set(self, "_defaults", new PyDict());
                Set(self, "_has_negative_number_optionals", new PyList());
                return None;
            })
            .Method("register", new[] { "self", "registry_name", "value", "object" }, a =>
            {
                Ops.SetItem(Registry(a[0], Text(a[1])), a[2], a[3]);
                return None;
            })
            .Method("_registry_get", new[] { "self", "registry_name", "value", "default" }, a =>
                RegistryGet(a[0], Text(a[1]), a[2], a[3]), defaults: new[] { None })
            .Method("set_defaults", new[] { "self" }, a =>
            {
                Call(Get(a[0], "_defaults"), "update", a[1]);
                foreach (PyObject action in Items(Get(a[0], "_actions")))
                {
                    PyObject dest = Get(action, "dest");
                    if (Ops.In(dest, a[1])) Set(action, "default", Ops.GetItem(a[1], dest));
                }
                return None;
            }, kwArgs: "kwargs")
            .Method("get_default", new[] { "self", "dest" }, a =>
            {
                foreach (PyObject action in Items(Get(a[0], "_actions")))
                    if (Ops.Eq(Get(action, "dest"), a[1]) && !IsNone(Get(action, "default"))) return Get(action, "default");
                return Call(Get(a[0], "_defaults"), "get", a[1], None);
            })
            .Method("add_argument", new[] { "self" }, a => AddArgument(a[0], (PyTuple)a[1], (PyDict)a[2]), varArgs: "args", kwArgs: "kwargs")
            .Method("add_argument_group", new[] { "self" }, a =>
            {
                var positional = new List<PyObject> { a[0] };
                positional.AddRange(Items(a[1]));
                PyObject group = CallKw(ArgumentGroup, positional.ToArray(), (PyDict)a[2]);
                ((PyList)Get(a[0], "_action_groups")).Append(group);
                return group;
            }, varArgs: "args", kwArgs: "kwargs")
            .Method("add_mutually_exclusive_group", new[] { "self" }, a =>
            {
                PyObject group = CallKw(MutuallyExclusiveGroup, new[] { a[0] }, (PyDict)a[1]);
                ((PyList)Get(a[0], "_mutually_exclusive_groups")).Append(group);
                return group;
            }, kwArgs: "kwargs")
            .Method("_add_action", new[] { "self", "action" }, a =>
            {
                PyObject self = a[0], action = a[1];
                Call(self, "_check_conflict", action);
                ((PyList)Get(self, "_actions")).Append(action);
                Set(action, "container", self);
                PyObject map = Get(self, "_option_string_actions");
                List<PyObject> options = Items(Get(action, "option_strings"));
                foreach (PyObject option in options) Ops.SetItem(map, option, action);
                foreach (PyObject option in options)
                {
                    if (NegativeNumber.IsMatch(Text(option)))
                    {
                        PyObject flags = Get(self, "_has_negative_number_optionals");
                        if (!Ops.IsTrue(flags)) Call(flags, "append", PyBool.True);
                    }
                }
                return action;
            })
            .Method("_remove_action", new[] { "self", "action" }, a => { Call(Get(a[0], "_actions"), "remove", a[1]); return None; })
            .Method("_add_container_actions", new[] { "self", "container" }, a => { AddContainerActions(a[0], a[1]); return None; })
            .Method("_get_positional_kwargs", new[] { "self", "dest" }, a =>
            {
                PyDict kwargs = (PyDict)a[2];
                if (kwargs.GetStr("required") != null) throw Ops.TypeError("'required' is an invalid argument for positionals");
                PyObject nargs = kwargs.GetStr("nargs");
                string n = nargs is PyStr ns ? ns.ToString() : null;
                if (n != "?" && n != "*") kwargs.SetStr("required", PyBool.True);
                if (n == "*" && kwargs.GetStr("default") == null) kwargs.SetStr("required", PyBool.True);
                var result = new PyDict();
                Call(result, "update", kwargs);
                result.SetStr("dest", a[1]);
                result.SetStr("option_strings", new PyList());
                return result;
            }, kwArgs: "kwargs")
            .Method("_get_optional_kwargs", new[] { "self" }, a => OptionalKwargs(a[0], (PyTuple)a[1], (PyDict)a[2]), varArgs: "args", kwArgs: "kwargs")
            .Method("_pop_action_class", new[] { "self", "kwargs", "default" }, a =>
            {
                PyObject action = KwPop((PyDict)a[1], "action", a[2]);
                return RegistryGet(a[0], "action", action, action);
            }, defaults: new[] { None })
            .Method("_get_handler", new[] { "self" }, a =>
            {
                string name = "_handle_conflict_" + Text(Get(a[0], "conflict_handler"));
                return GetOrNull(a[0], name) ?? throw Ops.ValueError("invalid conflict_resolution value: " + Ops.Repr(Get(a[0], "conflict_handler")));
            })
            .Method("_check_conflict", new[] { "self", "action" }, a =>
            {
                PyObject map = Get(a[0], "_option_string_actions");
                var conflicts = new List<PyObject>();
                foreach (PyObject option in Items(Get(a[1], "option_strings")))
                    if (Ops.In(option, map)) conflicts.Add(PyTuple.Create(option, Ops.GetItem(map, option)));
                if (conflicts.Count > 0) Ops.Call(Call(a[0], "_get_handler"), a[1], List(conflicts));
                return None;
            })
            .Method("_handle_conflict_error", new[] { "self", "action", "conflicting_actions" }, a =>
            {
                var conflicting = Items(a[2]);
                string names = string.Join(", ", conflicting.ConvertAll(p => Text(Ops.GetItem(p, PyInt.From(0)))));
                // 2.7's list comprehension rebinds `action` to the last conflicting action, so the error names it.
                PyObject named = conflicting.Count > 0 ? Ops.GetItem(conflicting[^1], PyInt.From(1)) : a[1];
                throw ArgparseActions.Error(named, "conflicting option string(s): " + names);
            })
            .Method("_handle_conflict_resolve", new[] { "self", "action", "conflicting_actions" }, a =>
            {
                foreach (PyObject pair in Items(a[2]))
                {
                    PyObject[] p = Ops.UnpackSequence(pair, 2);
                    Call(Get(p[1], "option_strings"), "remove", p[0]);
                    Call(Get(a[0], "_option_string_actions"), "pop", p[0], None);
                    if (!Ops.IsTrue(Get(p[1], "option_strings"))) Call(Get(p[1], "container"), "_remove_action", p[1]);
                }
                return None;
            })
            .Build();

        private static PyObject AddArgument(PyObject self, PyTuple args, PyDict kwargs)
        {
            string chars = Text(Get(self, "prefix_chars"));
            PyObject result;
            if (args.Count == 0 || (args.Count == 1 && (Text(args[0]).Length == 0 || chars.IndexOf(Text(args[0])[0]) < 0)))
            {
                if (args.Count > 0 && kwargs.GetStr("dest") != null) throw Ops.ValueError("dest supplied twice for positional argument");
                result = CallKw(Get(self, "_get_positional_kwargs"), args.Count > 0 ? new[] { args[0] } : new PyObject[0], kwargs);
            }
            else
            {
                result = CallKw(Get(self, "_get_optional_kwargs"), Items(args).ToArray(), kwargs);
            }
            kwargs = (PyDict)result;
            if (kwargs.GetStr("default") == null)
            {
                PyObject dest = kwargs.GetStr("dest");
                PyObject defaults = Get(self, "_defaults");
                if (Ops.In(dest, defaults)) kwargs.SetStr("default", Ops.GetItem(defaults, dest));
                else if (!IsNone(Get(self, "argument_default"))) kwargs.SetStr("default", Get(self, "argument_default"));
            }
            PyObject actionClass = Call(self, "_pop_action_class", kwargs);
            if (!actionClass.IsCallable) throw Ops.ValueError("unknown action \"" + Ops.Str(actionClass) + "\"");
            PyObject action = CallKw(actionClass, new PyObject[0], kwargs);
            PyObject type = Get(action, "type");
            PyObject typeFunc = RegistryGet(self, "type", type, type);
            if (!typeFunc.IsCallable) throw Ops.ValueError(Ops.Repr(typeFunc) + " is not callable");
            if (Has(self, "_get_formatter"))
            {
                try { Call(Call(self, "_get_formatter"), "_format_args", action, None); }
                catch (MetavarCountError) { throw Ops.ValueError("length of metavar tuple does not match nargs"); }
            }
            return Call(self, "_add_action", action);
        }

        private static PyObject OptionalKwargs(PyObject self, PyTuple args, PyDict kwargs)
        {
            string chars = Text(Get(self, "prefix_chars"));
            var optionStrings = new List<PyObject>();
            var longOptions = new List<string>();
            foreach (PyObject option in Items(args))
            {
                string text = Text(option);
                if (text.Length == 0 || chars.IndexOf(text[0]) < 0)
                    throw Ops.ValueError("invalid option string " + Ops.Repr(option) + ": must start with a character " + Ops.Repr(Get(self, "prefix_chars")));
                optionStrings.Add(option);
                if (text.Length > 1 && chars.IndexOf(text[1]) >= 0) longOptions.Add(text);
            }
            PyObject dest = KwPop(kwargs, "dest", None);
            if (IsNone(dest))
            {
                string chosen = longOptions.Count > 0 ? longOptions[0] : Text(optionStrings[0]);
                string trimmed = chosen.TrimStart(chars.ToCharArray());
                if (trimmed.Length == 0) throw Ops.ValueError("dest= is required for options like " + Ops.Repr(optionStrings[^1]));
                dest = S(trimmed.Replace('-', '_'));
            }
            var result = new PyDict();
            Call(result, "update", kwargs);
            result.SetStr("dest", dest);
            result.SetStr("option_strings", List(optionStrings));
            return result;
        }

        private static void AddContainerActions(PyObject self, PyObject container)
        {
            var titleGroups = new PyDict();
            foreach (PyObject group in Items(Get(self, "_action_groups")))
            {
                PyObject title = Get(group, "title");
                if (Ops.In(title, titleGroups)) throw Ops.ValueError("cannot merge actions - two groups are named " + Ops.Repr(title));
                Ops.SetItem(titleGroups, title, group);
            }
            var groupMap = new Dictionary<PyObject, PyObject>(ReferenceEqualityComparer.Instance);
            foreach (PyObject group in Items(Get(container, "_action_groups")))
            {
                PyObject title = Get(group, "title");
                if (!Ops.In(title, titleGroups))
                {
                    PyObject created = Ops.Call(Get(self, "add_argument_group"),
                        new[] { title, Get(group, "description"), Get(group, "conflict_handler") },
                        new[] { PyStr.Intern("title"), PyStr.Intern("description"), PyStr.Intern("conflict_handler") });
                    Ops.SetItem(titleGroups, title, created);
                }
                foreach (PyObject action in Items(Get(group, "_group_actions"))) groupMap[action] = Ops.GetItem(titleGroups, title);
            }
            foreach (PyObject group in Items(Get(container, "_mutually_exclusive_groups")))
            {
                PyObject mutex = Ops.Call(Get(self, "add_mutually_exclusive_group"), new[] { Get(group, "required") }, new[] { PyStr.Intern("required") });
                foreach (PyObject action in Items(Get(group, "_group_actions"))) groupMap[action] = mutex;
            }
            foreach (PyObject action in Items(Get(container, "_actions")))
                Call(groupMap.TryGetValue(action, out PyObject target) ? target : self, "_add_action", action);
        }

        public static readonly PyType ArgumentGroup = new PythonClassBuilder(Module, "_ArgumentGroup", ActionsContainer)
            .Method("__init__", new[] { "self", "container", "title", "description" }, a =>
            {
                PyObject self = a[0], container = a[1];
                PyDict kwargs = (PyDict)a[4];
                if (kwargs.GetStr("conflict_handler") == null) kwargs.SetStr("conflict_handler", Get(container, "conflict_handler"));
                if (kwargs.GetStr("prefix_chars") == null) kwargs.SetStr("prefix_chars", Get(container, "prefix_chars"));
                if (kwargs.GetStr("argument_default") == null) kwargs.SetStr("argument_default", Get(container, "argument_default"));
                kwargs.SetStr("description", a[3]);
                CallKw(Get(ActionsContainer, "__init__"), new[] { self }, kwargs);
                Set(self, "title", a[2]);
                Set(self, "_group_actions", new PyList());
                foreach (string shared in new[] { "_registries", "_actions", "_option_string_actions", "_defaults", "_has_negative_number_optionals", "_mutually_exclusive_groups" })
                    Set(self, shared, Get(container, shared));
                return None;
            }, defaults: new[] { None, None }, kwArgs: "kwargs")
            .Method("_add_action", new[] { "self", "action" }, a =>
            {
                PyObject action = Ops.Call(Get(ActionsContainer, "_add_action"), a[0], a[1]);
                ((PyList)Get(a[0], "_group_actions")).Append(action);
                return action;
            })
            .Method("_remove_action", new[] { "self", "action" }, a =>
            {
                Ops.Call(Get(ActionsContainer, "_remove_action"), a[0], a[1]);
                Call(Get(a[0], "_group_actions"), "remove", a[1]);
                return None;
            })
            .Build();

        public static readonly PyType MutuallyExclusiveGroup = new PythonClassBuilder(Module, "_MutuallyExclusiveGroup", ArgumentGroup)
            .Method("__init__", new[] { "self", "container", "required" }, a =>
            {
                Ops.Call(Get(ArgumentGroup, "__init__"), a[0], a[1]);
                Set(a[0], "required", a[2]);
                Set(a[0], "_container", a[1]);
                return None;
            }, defaults: new PyObject[] { PyBool.False })
            .Method("_add_action", new[] { "self", "action" }, a =>
            {
                if (Ops.IsTrue(Get(a[1], "required"))) throw Ops.ValueError("mutually exclusive arguments must be optional");
                PyObject action = Call(Get(a[0], "_container"), "_add_action", a[1]);
                ((PyList)Get(a[0], "_group_actions")).Append(action);
                return action;
            })
            .Method("_remove_action", new[] { "self", "action" }, a =>
            {
                Call(Get(a[0], "_container"), "_remove_action", a[1]);
                Call(Get(a[0], "_group_actions"), "remove", a[1]);
                return None;
            })
            .Build();
    }
}
