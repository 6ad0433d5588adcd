using System.Linq;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>
    /// The layout engine behind a Python HelpFormatter object: its hooks call the Python methods
    /// (_split_lines, _fill_text, _get_help_string), so formatter subclasses written in Python work.
    /// </summary>
    internal sealed class RoutedHelpFormatter : HelpFormatter
    {
        private readonly PyObject self;
        private readonly Dictionary<PyObject, HelpAction> views = new Dictionary<PyObject, HelpAction>(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<HelpAction, PyObject> actions = new Dictionary<HelpAction, PyObject>(ReferenceEqualityComparer.Instance);

        // Which layout steps a Python subclass overrides; the others stay in C# (no Python call per item).
        private readonly bool routesActionInvocation, routesArgs, routesAction, routesText, routesUsage;

        public RoutedHelpFormatter(PyObject self, string prog, int indentIncrement, int maxHelpPosition, int? width)
            : base(prog, indentIncrement, maxHelpPosition, width)
        {
            this.self = self;
            PyType type = self.Type;
            bool Overrides(string name) => !ReferenceEquals(type.Lookup(name), ArgparseFormatters.HelpFormatterClass.Lookup(name));
            routesActionInvocation = Overrides("_format_action_invocation");
            routesArgs = Overrides("_format_args");
            routesAction = Overrides("_format_action");
            routesText = Overrides("_format_text");
            routesUsage = Overrides("_format_usage");
        }

        public PyObject ActionOf(HelpAction view) => actions[view];

        public override string FormatActionInvocation(HelpAction action) => routesActionInvocation
            ? T(Call(self, "_format_action_invocation", actions[action]))
            : base.FormatActionInvocation(action);

        public string BaseFormatActionInvocation(HelpAction action) => base.FormatActionInvocation(action);

        public override string FormatArgs(HelpAction action, string defaultMetavar) => routesArgs
            ? T(Call(self, "_format_args", actions[action], defaultMetavar == null ? PyNone.None : Out(defaultMetavar)))
            : base.FormatArgs(action, defaultMetavar);

        public string BaseFormatArgs(HelpAction action, string defaultMetavar) => base.FormatArgs(action, defaultMetavar);

        protected override string FormatAction(HelpAction action) => routesAction
            ? T(Call(self, "_format_action", actions[action]))
            : base.FormatAction(action);

        public string BaseFormatAction(HelpAction action) => base.FormatAction(action);

        protected override string FormatText(string text) => routesText
            ? T(Call(self, "_format_text", Out(text)))
            : base.FormatText(text);

        public string BaseFormatText(string text) => base.FormatText(text);

        private IList<HelpExclusiveGroup> lastGroups;
        private PyObject lastPythonGroups;

        /// <summary>Remembers the Python groups list add_usage received, for a routed _format_usage.</summary>
        public void NoteGroups(IList<HelpExclusiveGroup> groups, PyObject pythonGroups) { lastGroups = groups; lastPythonGroups = pythonGroups; }

        protected override string FormatUsage(string usage, IList<HelpAction> actionViews, IList<HelpExclusiveGroup> groups, string prefix) => routesUsage
            ? T(Call(self, "_format_usage", usage == null ? PyNone.None : Out(usage),
                List(actionViews.Select(v => actions[v])), ReferenceEquals(groups, lastGroups) ? lastPythonGroups : new PyList(),
                prefix == null ? PyNone.None : Out(prefix)))
            : base.FormatUsage(usage, actionViews, groups, prefix);

        public string BaseFormatUsage(string usage, IList<HelpAction> actionViews, IList<HelpExclusiveGroup> groups, string prefix) =>
            base.FormatUsage(usage, actionViews, groups, prefix);

        public string ProgName => Prog;

        /// <summary>Whether any text fed to this formatter was unicode: 2.7's joins then make the help unicode.</summary>
        public bool SawUnicode;

        /// <summary>The C# text of a Python string, noting a unicode one.</summary>
        public string T(PyObject o)
        {
            if (o is PyUnicode) SawUnicode = true;
            return Text(o);
        }

        /// <summary>A formatted piece back as Python text: unicode once any input was.</summary>
        public PyObject Out(string s) => SawUnicode ? PyUnicode.FromString(s) : S(s);

        /// <summary>The formatter's view of a Python Action, made once per action so groups compare by identity.</summary>
        public HelpAction View(PyObject action)
        {
            if (views.TryGetValue(action, out HelpAction view)) return view;
            view = new HelpAction();
            views[action] = view;
            actions[view] = action;
            view.OptionStrings = Items(Get(action, "option_strings")).ConvertAll(T);
            PyObject dest = Get(action, "dest");
            view.Dest = IsNone(dest) ? null : T(dest);
            PyObject nargs = Get(action, "nargs");
            view.Nargs = IsNone(nargs) ? null : nargs is PyInt n ? (object)(int)n.Value : Text(nargs);
            PyObject metavar = Get(action, "metavar");
            view.Metavar = IsNone(metavar) ? null : metavar is PyTuple t ? Items(t).ConvertAll(T).ToArray() : T(metavar);
            PyObject choices = Get(action, "choices");
            view.Choices = IsNone(choices) ? null : Items(choices).ConvertAll(c => Ops.Str(c).ToString());
            PyObject help = Get(action, "help");
            view.HelpSuppressed = IsSuppress(help);
            // A suppressed subcommand is still listed with "==SUPPRESS==" in 2.7: _format_action only asks
            // whether help is true (add_argument is what skips suppressed actions).
            view.Help = IsNone(help) ? null : view.HelpSuppressed ? HelpFormatter.Suppress : Text(help);
            view.Required = Ops.IsTrue(Get(action, "required"));
            view.DefaultSuppressed = IsSuppress(Get(action, "default"));
            PyObject getSubactions = GetOrNull(action, "_get_subactions");
            if (getSubactions != null) view.Subactions = Items(Ops.Call(getSubactions)).ConvertAll(View);
            return view;
        }

        protected override List<string> SplitLines(string text, int width) =>
            Items(Call(self, "_split_lines", Out(text), PyInt.From(width))).ConvertAll(Text);

        protected override string FillText(string text, int width, string indent) =>
            T(Call(self, "_fill_text", Out(text), PyInt.From(width), Out(indent)));

        protected override string GetHelpString(HelpAction action) => T(Call(self, "_get_help_string", actions[action]));

        protected override string ExpandHelp(HelpAction action) => T(Call(self, "_expand_help", actions[action]));

        /// <summary>_expand_help: vars(action) plus prog, SUPPRESS values dropped, callables by __name__, choices joined.</summary>
        public PyObject ExpandHelpOf(PyObject action)
        {
            var parameters = new PyDict();
            foreach (PyObject pair in Items(Call(Get(action, "__dict__"), "items")))
            {
                PyObject[] kv = Ops.UnpackSequence(pair, 2);
                if (IsSuppress(kv[1])) continue;
                PyObject value = GetOrNull(kv[1], "__name__") ?? kv[1];
                parameters.SetItem(kv[0], value);
            }
            parameters.SetStr("prog", Out(Prog));
            PyObject choices = parameters.GetStr("choices");
            if (choices != null && !IsNone(choices))
            {
                string joined = string.Join(", ", Items(choices).ConvertAll(c => Ops.Str(c).ToString()));
                parameters.SetStr("choices", S(joined));
            }
            PyObject help = Call(self, "_get_help_string", action);
            try
            {
                return Ops.Modulo(help, parameters);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.NotImplementedError))
            {
                // Until the runtime's str % mapping lands, %(name)s is substituted here.
                var texts = new Dictionary<string, string>();
                foreach (PyObject pair in Items(Call(parameters, "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    texts[Text(kv[0])] = Ops.Str(kv[1]).ToString();
                }
                return S(MappingFormat(Text(help), texts));
            }
        }
    }

    /// <summary>Holds the layout engine inside a Python formatter instance.</summary>
    internal sealed class FormatterEngineHandle : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_HelpLayout", () => PyType.ObjectType, _ => { });
        public readonly RoutedHelpFormatter Engine;
        public FormatterEngineHandle(RoutedHelpFormatter engine) { Engine = engine; }
        public override PyType Type => TypeObject;
    }

    /// <summary>HelpFormatter and its three documented subclasses as Python classes.</summary>
    internal static class ArgparseFormatters
    {
        private const string Module = "argparse";
        private static PyObject None => PyNone.None;

        /// <summary>The text as unicode when one of the values it came from is unicode.</summary>
        private static PyObject Like(string text, params PyObject[] sources) =>
            System.Array.Exists(sources, o => o is PyUnicode) ? PyUnicode.FromString(text) : S(text);

        public static RoutedHelpFormatter Engine(PyObject self) => ((FormatterEngineHandle)Get(self, "_engine")).Engine;

        private static List<HelpAction> Views(PyObject self, PyObject actions) => Items(actions).ConvertAll(Engine(self).View);

        public static readonly PyType HelpFormatterClass = new PythonClassBuilder(Module, "HelpFormatter", PyType.ObjectType)
            .Method("__init__", new[] { "self", "prog", "indent_increment", "max_help_position", "width" }, a =>
            {
                int? width = IsNone(a[4]) ? null : (int)((PyInt)Ops.Call(PyInt.TypeObject, a[4])).Value;
                var engine = new RoutedHelpFormatter(a[0], Text(a[1]), (int)((PyInt)a[2]).Value, (int)((PyInt)a[3]).Value, width);
                Set(a[0], "_engine", new FormatterEngineHandle(engine));
                Set(a[0], "_prog", a[1]);
                Set(a[0], "_indent_increment", a[2]);
                Set(a[0], "_max_help_position", PyInt.From(engine.MaxHelpPositionValue));
                Set(a[0], "_width", PyInt.From(engine.WidthValue));
                Set(a[0], "_current_indent", PyInt.From(0));
                Set(a[0], "_level", PyInt.From(0));
                Set(a[0], "_action_max_length", PyInt.From(0));
                return None;
            }, defaults: new PyObject[] { PyInt.From(2), PyInt.From(24), None })
            .Method("start_section", new[] { "self", "heading" }, a => { Engine(a[0]).StartSection(IsNone(a[1]) ? null : Engine(a[0]).T(a[1])); return None; })
            .Method("end_section", new[] { "self" }, a => { Engine(a[0]).EndSection(); return None; })
            .Method("add_text", new[] { "self", "text" }, a => { Engine(a[0]).AddText(IsNone(a[1]) ? null : Engine(a[0]).T(a[1])); return None; })
            .Method("add_usage", new[] { "self", "usage", "actions", "groups", "prefix" }, a =>
            {
                var groups = Items(a[3]).ConvertAll(g => new HelpExclusiveGroup
                {
                    Actions = Views(a[0], Get(g, "_group_actions")),
                    Required = Ops.IsTrue(Get(g, "required")),
                });
                Engine(a[0]).NoteGroups(groups, a[3]);
                Engine(a[0]).AddUsage(IsNone(a[1]) ? null : Engine(a[0]).T(a[1]), Views(a[0], a[2]), groups, IsNone(a[4]) ? null : Engine(a[0]).T(a[4]));
                return None;
            }, defaults: new[] { None })
            .Method("add_argument", new[] { "self", "action" }, a => { Engine(a[0]).AddArgument(Engine(a[0]).View(a[1])); return None; })
            .Method("add_arguments", new[] { "self", "actions" }, a =>
            {
                foreach (PyObject action in Items(a[1])) Call(a[0], "add_argument", action);
                return None;
            })
            .Method("format_help", new[] { "self" }, a =>
            {
                string help = Engine(a[0]).FormatHelp();
                return Engine(a[0]).Out(help);
            })
            .Method("_split_lines", new[] { "self", "text", "width" }, a =>
                List(HelpFormatter.WrapLines(Text(a[1]), (int)((PyInt)a[2]).Value).ConvertAll(l => Like(l, a[1]))))
            .Method("_fill_text", new[] { "self", "text", "width", "indent" }, a =>
                Like(HelpFormatter.FillParagraph(Text(a[1]), (int)((PyInt)a[2]).Value, Text(a[3])), a[1], a[3]))
            .Method("_get_help_string", new[] { "self", "action" }, a => Get(a[1], "help"))
            .Method("_expand_help", new[] { "self", "action" }, a => Engine(a[0]).ExpandHelpOf(a[1]))
            .Method("_format_args", new[] { "self", "action", "default_metavar" }, a =>
                Engine(a[0]).Out(Engine(a[0]).BaseFormatArgs(Engine(a[0]).View(a[1]), IsNone(a[2]) ? null : Text(a[2]))))
            .Method("_format_action_invocation", new[] { "self", "action" }, a => Engine(a[0]).Out(Engine(a[0]).BaseFormatActionInvocation(Engine(a[0]).View(a[1]))))
            .Method("_format_action", new[] { "self", "action" }, a => Engine(a[0]).Out(Engine(a[0]).BaseFormatAction(Engine(a[0]).View(a[1]))))
            .Method("_format_text", new[] { "self", "text" }, a => Engine(a[0]).Out(Engine(a[0]).BaseFormatText(Engine(a[0]).T(a[1]))))
            .Method("_format_usage", new[] { "self", "usage", "actions", "groups", "prefix" }, a =>
            {
                var groups = Items(a[3]).ConvertAll(g => new HelpExclusiveGroup
                {
                    Actions = Views(a[0], Get(g, "_group_actions")),
                    Required = Ops.IsTrue(Get(g, "required")),
                });
                return Engine(a[0]).Out(Engine(a[0]).BaseFormatUsage(IsNone(a[1]) ? null : Text(a[1]), Views(a[0], a[2]), groups, IsNone(a[4]) ? null : Text(a[4])));
            })
            .Build();

        public static readonly PyType RawDescriptionHelpFormatter = new PythonClassBuilder(Module, "RawDescriptionHelpFormatter", HelpFormatterClass)
            .Method("_fill_text", new[] { "self", "text", "width", "indent" }, a =>
                Like(argparse.RawDescriptionHelpFormatter.RawFill(Text(a[1]), Text(a[3])), a[1], a[3]))
            .Build();

        public static readonly PyType RawTextHelpFormatter = new PythonClassBuilder(Module, "RawTextHelpFormatter", RawDescriptionHelpFormatter)
            .Method("_split_lines", new[] { "self", "text", "width" }, a =>
                List(PythonLines.Split(Text(a[1])).ConvertAll(l => Like(l, a[1]))))
            .Build();

        public static readonly PyType ArgumentDefaultsHelpFormatter = new PythonClassBuilder(Module, "ArgumentDefaultsHelpFormatter", HelpFormatterClass)
            .Method("_get_help_string", new[] { "self", "action" }, a =>
                Like(argparse.ArgumentDefaultsHelpFormatter.WithDefault(Engine(a[0]).View(a[1])), Get(a[1], "help")))
            .Build();
    }
}
