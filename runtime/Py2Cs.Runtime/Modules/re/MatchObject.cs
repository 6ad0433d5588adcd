using System;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>_sre.SRE_Match: the MatchObject that match() and search() return.</summary>
    public sealed class MatchObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_sre.SRE_Match", () => PyType.ObjectType, Populate);

        public PatternObject Pattern { get; }
        public PyObject Source { get; }
        public MatchSpans Spans { get; }
        private readonly string text;

        internal MatchObject(PatternObject pattern, PyObject source, string text, MatchSpans spans)
        {
            Pattern = pattern;
            Source = source;
            this.text = text;
            Spans = spans;
        }

        public override PyType Type => TypeObject;

        /// <summary>match_getindex: an int, or a group name; anything else is "no such group".</summary>
        public int GroupIndex(PyObject index)
        {
            long i = -1;
            if (index is PyInt n) i = n.Value;
            else if (index is PyLong l) i = l.Value > int.MaxValue || l.Value < 0 ? -1 : (long)l.Value;
            else if (index is PyStr || index is PyUnicode)
            {
                if (index is PyStr name ? Pattern.Compiled.TryGroupIndex(name, out int g)
                    : Pattern.Compiled.GroupIndex.TryGetValue(((PyUnicode)index).Value, out g)) i = g;
            }
            if (i < 0 || i > Spans.GroupCount) throw Ops.IndexError("no such group");
            return (int)i;
        }

        public PyObject Group(int g, PyObject @default = null) =>
            Spans.Matched(g) ? RegexText.Slice(Source, text, Spans.Start(g), Spans.End(g)) : (@default ?? PyNone.None);

        private static MatchObject Self(PyObject o) => (MatchObject)o;

        private static void Populate(PyType t)
        {
            t.DefVarMethod("group", (s, args) =>
            {
                var m = Self(s);
                if (args.Length == 0) return m.Group(0);
                if (args.Length == 1) return m.Group(m.GroupIndex(args[0]));
                var items = new PyObject[args.Length];
                for (int i = 0; i < args.Length; i++) items[i] = m.Group(m.GroupIndex(args[i]));
                return PyTuple.Create(items);
            });
            t.DefMethod("groups", 0, new[] { "default" }, (s, a) =>
            {
                var m = Self(s);
                var items = new PyObject[m.Spans.GroupCount];
                for (int g = 1; g <= items.Length; g++) items[g - 1] = m.Group(g, a[0]);
                return PyTuple.Create(items);
            });
            t.DefMethod("groupdict", 0, new[] { "default" }, (s, a) =>
            {
                var m = Self(s);
                var d = new PyDict();
                foreach (var key in Ops.Enumerate(m.Pattern.GroupIndexDict))
                    d.SetItem(key, m.Group(m.GroupIndex(key), a[0]));
                return d;
            });
            t.DefMethod("start", 0, new[] { "group" }, (s, a) =>
            {
                var m = Self(s);
                return PyInt.From(m.Spans.Start(a[0] == null ? 0 : m.GroupIndex(a[0])));
            });
            t.DefMethod("end", 0, new[] { "group" }, (s, a) =>
            {
                var m = Self(s);
                return PyInt.From(m.Spans.End(a[0] == null ? 0 : m.GroupIndex(a[0])));
            });
            t.DefMethod("span", 0, new[] { "group" }, (s, a) =>
            {
                var m = Self(s);
                int g = a[0] == null ? 0 : m.GroupIndex(a[0]);
                return PyTuple.Create(PyInt.From(m.Spans.Start(g)), PyInt.From(m.Spans.End(g)));
            });
            t.DefMethod("expand", 1, new[] { "template" }, (s, a) =>
            {
                var m = Self(s);
                try
                {
                    var template = ReplacementTemplate.Parse(RegexText.Of(a[0]), m.Pattern.Compiled);
                    return RegexText.Make(template.Expand(m.Spans), m.Source is PyUnicode || a[0] is PyUnicode);
                }
                catch (RegexError e) { throw RegexText.ToPython(e); }
            });
            t.DefMethod("__copy__", s => throw Ops.TypeError("cannot copy this match object"));
            t.DefMethod("__deepcopy__", (s, memo) => throw Ops.TypeError("cannot deepcopy this match object"));
            t.DefProperty("lastindex", s => Self(s).Spans.LastIndex < 0 ? PyNone.None : PyInt.From(Self(s).Spans.LastIndex));
            t.DefProperty("lastgroup", s =>
            {
                string name = Self(s).Spans.LastGroup;
                return name == null ? PyNone.None : PyStr.FromString(name);
            });
            t.DefProperty("re", s => Self(s).Pattern);
            t.DefProperty("string", s => Self(s).Source);
            t.DefProperty("pos", s => PyInt.From(Self(s).Spans.Pos));
            t.DefProperty("endpos", s => PyInt.From(Self(s).Spans.EndPos));
            t.DefProperty("regs", s =>
            {
                var m = Self(s);
                var items = new PyObject[m.Spans.GroupCount + 1];
                for (int g = 0; g < items.Length; g++) items[g] = PyTuple.Create(PyInt.From(m.Spans.Start(g)), PyInt.From(m.Spans.End(g)));
                return PyTuple.Create(items);
            });
        }
    }
}
