using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>_sre.SRE_Pattern: what re.compile returns.</summary>
    public sealed class PatternObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_sre.SRE_Pattern", () => PyType.ObjectType, Populate);

        public CompiledPattern Compiled { get; }
        public PyObject Source { get; }
        public PyDict GroupIndexDict { get; }

        internal PatternObject(CompiledPattern compiled, PyObject source)
        {
            Compiled = compiled;
            Source = source;
            GroupIndexDict = new PyDict();
            var byIndex = new List<KeyValuePair<string, int>>(compiled.GroupIndex);
            byIndex.Sort((a, b) => a.Value.CompareTo(b.Value));
            foreach (var kv in byIndex) GroupIndexDict.SetItem(PyStr.FromString(kv.Key), PyInt.From(kv.Value));
        }

        public override PyType Type => TypeObject;

        private static PatternObject Self(PyObject o) => (PatternObject)o;

        private static long Position(PyObject o, long absent) => o == null ? absent : Ops.IndexToLong(o);

        public PyObject Wrap(PyObject source, string text, MatchSpans spans) =>
            spans == null ? PyNone.None : new MatchObject(this, source, text, spans);

        public PyObject Search(PyObject s, PyObject pos = null, PyObject endpos = null)
        {
            string text = RegexText.Of(s);
            return Wrap(s, text, Compiled.Search(text, Position(pos, 0), Position(endpos, long.MaxValue)));
        }

        public PyObject Match(PyObject s, PyObject pos = null, PyObject endpos = null)
        {
            string text = RegexText.Of(s);
            return Wrap(s, text, Compiled.Match(text, Position(pos, 0), Position(endpos, long.MaxValue)));
        }

        public PyObject FindAll(PyObject s, PyObject pos = null, PyObject endpos = null)
        {
            string text = RegexText.Of(s);
            var result = new PyList();
            foreach (MatchSpans m in Compiled.FindIter(text, Position(pos, 0), Position(endpos, long.MaxValue)))
            {
                if (Compiled.Groups == 0) { result.Append(RegexText.Slice(s, text, m.Start(0), m.End(0))); continue; }
                var items = new PyObject[Compiled.Groups];
                for (int g = 1; g <= items.Length; g++)
                    items[g - 1] = m.Matched(g) ? RegexText.Slice(s, text, m.Start(g), m.End(g)) : RegexText.Slice(s, text, 0, 0);
                result.Append(items.Length == 1 ? items[0] : PyTuple.Create(items));
            }
            return result;
        }

        public PyObject FindIter(PyObject s, PyObject pos = null, PyObject endpos = null)
        {
            string text = RegexText.Of(s);
            return new CallableIterator(Iterate(s, text, Position(pos, 0), Position(endpos, long.MaxValue)));
        }

        private IEnumerable<PyObject> Iterate(PyObject s, string text, long pos, long endpos)
        {
            foreach (MatchSpans m in Compiled.FindIter(text, pos, endpos)) yield return new MatchObject(this, s, text, m);
        }

        public PyObject Split(PyObject s, PyObject maxsplit = null)
        {
            string text = RegexText.Of(s);
            var result = new PyList();
            foreach (string piece in Compiled.Split(text, maxsplit == null ? 0 : Ops.IndexToLong(maxsplit)))
                result.Append(piece == null ? PyNone.None : s is PyUnicode ? PyUnicode.FromString(piece) : PyStr.FromString(piece));
            return result;
        }

        /// <summary>pattern_subx: repl is a template string or a callable taking the match object.</summary>
        public (PyObject Result, int Count) Subn(PyObject repl, PyObject s, PyObject count = null)
        {
            string text = RegexText.Of(s);
            bool unicode = s is PyUnicode;
            System.Func<MatchSpans, string> replacement;
            if (repl is PyStr || repl is PyUnicode)
            {
                ReplacementTemplate template;
                try { template = ReplacementTemplate.Parse(RegexText.Of(repl), Compiled); }
                catch (RegexError e) { throw RegexText.ToPython(e); }
                unicode |= repl is PyUnicode;
                replacement = m => template.Expand(m);
            }
            else if (Ops.IsCallable(repl))
            {
                replacement = m =>
                {
                    PyObject r = Ops.Call(repl, new MatchObject(this, s, text, m));
                    if (r is PyNone) return "";
                    if (r is PyUnicode) unicode = true;
                    else if (r is not PyStr) throw Ops.TypeError($"expected string or buffer");
                    return RegexText.Of(r);
                };
            }
            else
            {
                throw Ops.TypeError("expected string or buffer");
            }
            try
            {
                var (result, n) = Compiled.Sub(replacement, text, count == null ? 0 : Ops.IndexToLong(count));
                if (n == 0 && (s is PyStr || s is PyUnicode)) return (s, 0);
                return (RegexText.Make(result, unicode), n);
            }
            catch (RegexError e) { throw RegexText.ToPython(e); }
        }

        public override PyStr Repr() => PyStr.FromString($"<_sre.SRE_Pattern object at 0x{Ops.Id(this):x}>");

        private static void Populate(PyType t)
        {
            t.DefMethod("match", 1, new[] { "pattern", "pos", "endpos" }, (s, a) => Self(s).Match(a[0], a[1], a[2]));
            t.DefMethod("search", 1, new[] { "pattern", "pos", "endpos" }, (s, a) => Self(s).Search(a[0], a[1], a[2]));
            t.DefMethod("findall", 1, new[] { "source", "pos", "endpos" }, (s, a) => Self(s).FindAll(a[0], a[1], a[2]));
            t.DefMethod("finditer", 1, new[] { "pattern", "pos", "endpos" }, (s, a) => Self(s).FindIter(a[0], a[1], a[2]));
            t.DefMethod("split", 1, new[] { "source", "maxsplit" }, (s, a) => Self(s).Split(a[0], a[1]));
            t.DefMethod("sub", 2, new[] { "repl", "string", "count" }, (s, a) => Self(s).Subn(a[0], a[1], a[2]).Result);
            t.DefMethod("subn", 2, new[] { "repl", "string", "count" }, (s, a) =>
            {
                var (r, n) = Self(s).Subn(a[0], a[1], a[2]);
                return PyTuple.Create(r, PyInt.From(n));
            });
            t.DefMethod("__copy__", s => throw Ops.TypeError("cannot copy this pattern object"));
            t.DefMethod("__deepcopy__", (s, memo) => throw Ops.TypeError("cannot deepcopy this pattern object"));
            t.DefProperty("pattern", s => Self(s).Source);
            t.DefProperty("flags", s => PyInt.From(Self(s).Compiled.Flags));
            t.DefProperty("groups", s => PyInt.From(Self(s).Compiled.Groups));
            t.DefProperty("groupindex", s => Self(s).GroupIndexDict);
        }
    }
}
