using System.Text;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// <c>str.format</c> / <c>unicode.format</c> as CPython 2.7's string_format.h: fields with
    /// automatic or explicit numbering, keyword names, ".attr" and "[key]" accessors, !r/!s
    /// conversions and format specs that may themselves contain fields (two levels deep).
    /// </summary>
    public static class StrFormat
    {
        enum Numbering { Initial, Auto, Manual }

        sealed class State
        {
            public bool Unicode;
            public PyObject[] Args;
            public PyDict Kwargs;
            public Numbering Numbering;
            public int NextAuto;
        }

        /// <summary>Formats a str (result str) or unicode (result unicode) template.</summary>
        public static PyObject Format(PyObject template, PyObject[] args, PyDict kwargs)
        {
            var state = new State { Unicode = template is PyUnicode, Args = args, Kwargs = kwargs };
            string text = state.Unicode ? ((PyUnicode)template).Value : template.ToString();
            string result = Build(text, state, 2);
            return state.Unicode ? PyUnicode.FromString(result) : PyStr.FromString(result);
        }

        static string Build(string template, State state, int depth)
        {
            if (depth <= 0) throw FormattingErrors.Value("Max string recursion exceeded");
            var output = new StringBuilder(template.Length + 16);
            var markup = new MarkupIterator(template);
            while (markup.Next(out MarkupIterator.Field field))
            {
                output.Append(field.Literal);
                if (!field.HasField) continue;
                PyObject value = GetField(field.FieldName, state);
                value = Convert(value, field.Conversion, state.Unicode);
                string spec = field.SpecNeedsExpanding ? Build(field.FormatSpec, state, depth - 1) : field.FormatSpec;
                output.Append(FormatField(value, spec, state.Unicode));
            }
            return output.ToString();
        }

        static PyObject GetField(string name, State state)
        {
            FieldName parsed = FieldName.Parse(name);
            PyObject obj;
            int index = parsed.FirstIndex;
            if (parsed.First.Length == 0)
            {
                if (state.Numbering == Numbering.Manual)
                    throw FormattingErrors.Value("cannot switch from manual field specification to automatic field numbering");
                state.Numbering = Numbering.Auto;
                index = state.NextAuto++;
            }
            else if (index >= 0)
            {
                if (state.Numbering == Numbering.Auto)
                    throw FormattingErrors.Value("cannot switch from automatic field numbering to manual field specification");
                state.Numbering = Numbering.Manual;
            }
            if (index < 0)
            {
                PyObject key = state.Unicode ? PyUnicode.FromString(parsed.First) : PyStr.FromString(parsed.First);
                obj = state.Kwargs?.Get(key);
                if (obj == null) throw FormattingErrors.KeyError(key);
            }
            else
            {
                if (index >= state.Args.Length) throw FormattingErrors.Index("tuple index out of range");
                obj = state.Args[index];
            }
            foreach (FieldName.Accessor a in parsed.Accessors())
            {
                if (a.IsAttribute) obj = Ops.GetAttr(obj, PyStr.Intern(a.Name));
                // CPython 2.7 passes a long: a failed lookup reports KeyError: 0L.
                else if (a.Index >= 0) obj = Ops.GetItem(obj, new PyLong(a.Index));
                else obj = Ops.GetItem(obj, state.Unicode ? PyUnicode.FromString(a.Name) : PyStr.FromString(a.Name));
            }
            return obj;
        }

        static PyObject Convert(PyObject value, char conversion, bool unicode)
        {
            switch (conversion)
            {
                case '\0': return value;
                case 'r': return Ops.Repr(value);
                case 's': return unicode ? Ops.ToUnicode(value) : Ops.Str(value);
            }
            if (conversion > 32 && conversion < 127)
                throw FormattingErrors.Value("Unknown conversion specifier " + conversion);
            throw FormattingErrors.Value("Unknown conversion specifier \\x" + ((int)conversion).ToString("x"));
        }

        /// <summary>One field's text: format(value, spec), coerced to the template's kind.</summary>
        static string FormatField(PyObject value, string spec, bool unicode)
        {
            PyObject specObject = unicode ? PyUnicode.FromString(spec) : PyStr.FromString(spec);
            PyObject result = BuiltinFormat.Format(value, specObject);
            if (unicode) return result is PyUnicode u ? u.Value : PyUnicode.FromStr((PyStr)result).Value;
            return result is PyUnicode ru ? Ops.Str(ru).ToString() : result.ToString();
        }
    }
}
