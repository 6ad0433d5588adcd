using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Formatting;
using Py2Cs.Runtime.Strings;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The methods of Python 2 <c>unicode</c>, classified by the Unicode database. str arguments are
    /// decoded as ASCII first. Optional parameters are null when not given.
    /// </summary>
    public partial class PyUnicode
    {
        /// <summary>PyUnicode_FromObject: unicode as is, str decoded as ASCII, anything else an error.</summary>
        internal static PyUnicode Coerce(PyObject o)
        {
            if (o is PyUnicode u) return u;
            if (o is PyStr s) return FromStr(s);
            throw Ops.TypeError($"coercing to Unicode: need string or buffer, {o.TypeName} found");
        }

        /// <summary>
        /// The code points, for the methods whose results depend on positions or lengths: CPython 2.7
        /// here is a UCS-4 build, so a character outside the BMP counts as one.
        /// </summary>
        int[] Points()
        {
            if (!IsBmpOnly) return CodePoints;
            var p = new int[Value.Length];
            for (int i = 0; i < p.Length; i++) p[i] = Value[i];
            return p;
        }

        /// <summary>True when both texts are BMP-only, so UTF-16 positions are code point positions.</summary>
        bool Narrow(PyUnicode other) => IsBmpOnly && other.IsBmpOnly;

        /// <summary>This value as an exact unicode (a subclass instance is copied).</summary>
        PyUnicode Exact() => GetType() == typeof(PyUnicode) ? this : FromString(Value);

        PyList Pieces(List<(int Start, int Length)> pieces)
        {
            var items = new PyObject[pieces.Count];
            for (int i = 0; i < items.Length; i++)
                items[i] = pieces[i].Length == Value.Length ? Exact() : FromString(Value.Substring(pieces[i].Start, pieces[i].Length));
            return PyList.FromArray(items);
        }

        PyUnicode Map(Func<char, char> f) => FromString(string.Create(Value.Length, (Value, f), (span, st) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = st.f(st.Value[i]);
        }));

        // ---- case ----------------------------------------------------------------------------

        public PyUnicode upper() => Map(UnicodeCharacters.ToUpper);
        public PyUnicode lower() => Map(UnicodeCharacters.ToLower);

        public PyUnicode swapcase() =>
            Map(c => UnicodeCharacters.IsUpper(c) ? UnicodeCharacters.ToLower(c) : UnicodeCharacters.IsLower(c) ? UnicodeCharacters.ToUpper(c) : c);

        public PyUnicode capitalize()
        {
            if (Value.Length == 0) return Exact();
            var sb = new StringBuilder(Value.Length);
            sb.Append(UnicodeCharacters.ToUpper(Value[0]));
            for (int i = 1; i < Value.Length; i++) sb.Append(UnicodeCharacters.ToLower(Value[i]));
            return FromString(sb.ToString());
        }

        public PyUnicode title()
        {
            var sb = new StringBuilder(Value.Length);
            bool previousCased = false;
            foreach (char c in Value)
            {
                if (previousCased) sb.Append(UnicodeCharacters.ToLower(c));
                else sb.Append(UnicodeCharacters.ToTitle(c));
                previousCased = UnicodeCharacters.IsCased(c);
            }
            return FromString(sb.ToString());
        }

        // ---- predicates ------------------------------------------------------------------------

        bool All(Func<char, bool> predicate)
        {
            if (Value.Length == 0) return false;
            foreach (char c in Value) if (!predicate(c)) return false;
            return true;
        }

        /// <summary>A predicate over whole code points (Rune), for texts with characters outside the BMP.</summary>
        bool AllRunes(Func<System.Text.Rune, bool> predicate)
        {
            if (Value.Length == 0) return false;
            foreach (System.Text.Rune r in Value.EnumerateRunes()) if (!predicate(r)) return false;
            return true;
        }

        static bool RuneIsDecimal(System.Text.Rune r) => System.Text.Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.DecimalDigitNumber;
        static bool RuneIsDigit(System.Text.Rune r) => RuneIsDecimal(r) || (r.Value < 0x10000 && UnicodeCharacters.IsDigit((char)r.Value));
        static bool RuneIsNumeric(System.Text.Rune r) => System.Text.Rune.GetNumericValue(r) != -1;

        public PyBool isalpha() => PyBool.From(IsBmpOnly ? All(UnicodeCharacters.IsAlpha) : AllRunes(System.Text.Rune.IsLetter));
        public PyBool isalnum() => PyBool.From(IsBmpOnly ? All(UnicodeCharacters.IsAlnum) : AllRunes(r => System.Text.Rune.IsLetter(r) || RuneIsDigit(r) || RuneIsNumeric(r)));
        public PyBool isdigit() => PyBool.From(IsBmpOnly ? All(UnicodeCharacters.IsDigit) : AllRunes(RuneIsDigit));
        public PyBool isdecimal() => PyBool.From(IsBmpOnly ? All(UnicodeCharacters.IsDecimal) : AllRunes(RuneIsDecimal));
        public PyBool isnumeric() => PyBool.From(IsBmpOnly ? All(UnicodeCharacters.IsNumeric) : AllRunes(RuneIsNumeric));
        public PyBool isspace() => PyBool.From(All(UnicodeCharacters.IsSpace));

        public PyBool islower()
        {
            bool cased = false;
            foreach (char c in Value)
            {
                if (UnicodeCharacters.IsUpper(c) || UnicodeCharacters.IsTitle(c)) return PyBool.False;
                if (UnicodeCharacters.IsLower(c)) cased = true;
            }
            return PyBool.From(cased);
        }

        public PyBool isupper()
        {
            bool cased = false;
            foreach (char c in Value)
            {
                if (UnicodeCharacters.IsLower(c) || UnicodeCharacters.IsTitle(c)) return PyBool.False;
                if (UnicodeCharacters.IsUpper(c)) cased = true;
            }
            return PyBool.From(cased);
        }

        public PyBool istitle()
        {
            bool cased = false, previousCased = false;
            foreach (char c in Value)
            {
                if (UnicodeCharacters.IsUpper(c) || UnicodeCharacters.IsTitle(c))
                {
                    if (previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else if (UnicodeCharacters.IsLower(c))
                {
                    if (!previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else previousCased = false;
            }
            return PyBool.From(cased);
        }

        // ---- search ----------------------------------------------------------------------------

        public PyObject find(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyUnicode u = Coerce(sub);
            int s = StringArguments.SliceIndex(start, 0), e = StringArguments.SliceIndex(end, int.MaxValue);
            return PyInt.From(Narrow(u) ? TextSearch.Find<char>(Value, u.Value, s, e) : TextSearch.Find<int>(Points(), u.Points(), s, e));
        }

        public PyObject rfind(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyUnicode u = Coerce(sub);
            int s = StringArguments.SliceIndex(start, 0), e = StringArguments.SliceIndex(end, int.MaxValue);
            return PyInt.From(Narrow(u) ? TextSearch.RFind<char>(Value, u.Value, s, e) : TextSearch.RFind<int>(Points(), u.Points(), s, e));
        }

        public PyObject index(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyObject r = find(sub, start, end);
            if (((PyInt)r).Value < 0) throw Ops.ValueError("substring not found");
            return r;
        }

        public PyObject rindex(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyObject r = rfind(sub, start, end);
            if (((PyInt)r).Value < 0) throw Ops.ValueError("substring not found");
            return r;
        }

        public PyObject count(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyUnicode u = Coerce(sub);
            int s = StringArguments.SliceIndex(start, 0), e = StringArguments.SliceIndex(end, int.MaxValue);
            return PyInt.From(Narrow(u) ? TextSearch.Count<char>(Value, u.Value, s, e) : TextSearch.Count<int>(Points(), u.Points(), s, e));
        }

        public PyBool startswith(PyObject prefix, PyObject start = null, PyObject end = null) => Affix(prefix, start, end, false, "startswith");
        public PyBool endswith(PyObject suffix, PyObject start = null, PyObject end = null) => Affix(suffix, start, end, true, "endswith");

        PyBool Affix(PyObject affix, PyObject start, PyObject end, bool atEnd, string name)
        {
            int s = StringArguments.SliceIndex(start, 0), e = StringArguments.SliceIndex(end, int.MaxValue);
            if (affix is PyTuple t)
            {
                for (int i = 0; i < t.Count; i++)
                    if (MatchesOne(Coerce(t[i]), s, e, atEnd)) return PyBool.True;
                return PyBool.False;
            }
            if (affix is not PyStr && affix is not PyUnicode)
                throw Ops.TypeError($"{name} first arg must be str, unicode, or tuple, not {affix.TypeName}");
            return PyBool.From(MatchesOne(Coerce(affix), s, e, atEnd));
        }

        bool MatchesOne(PyUnicode affix, int start, int end, bool atEnd) => Narrow(affix)
            ? TextSearch.Matches<char>(Value, affix.Value, start, end, atEnd, strRules: false)
            : TextSearch.Matches<int>(Points(), affix.Points(), start, end, atEnd, strRules: false);

        // ---- split / join ----------------------------------------------------------------------

        public PyObject split(PyObject sep = null, PyObject maxsplit = null)
        {
            int max = StringArguments.MaxSplit(maxsplit);
            if (sep == null || sep is PyNone) return Pieces(TextSplitting.SplitWhitespace<char, UnicodeCharacters>(Value, max));
            string s = Coerce(sep).Value;
            if (s.Length == 0) throw Ops.ValueError("empty separator");
            return Pieces(TextSplitting.Split<char>(Value, s, max));
        }

        public PyObject rsplit(PyObject sep = null, PyObject maxsplit = null)
        {
            int max = StringArguments.MaxSplit(maxsplit);
            if (sep == null || sep is PyNone) return Pieces(TextSplitting.RSplitWhitespace<char, UnicodeCharacters>(Value, max));
            string s = Coerce(sep).Value;
            if (s.Length == 0) throw Ops.ValueError("empty separator");
            return Pieces(TextSplitting.RSplit<char>(Value, s, max));
        }

        public PyList splitlines(PyObject keepends = null) =>
            Pieces(TextSplitting.SplitLines<char, UnicodeCharacters>(Value, StringArguments.Integer(keepends, 0) != 0));

        public PyObject partition(PyObject sep) => Partition(sep, false);
        public PyObject rpartition(PyObject sep) => Partition(sep, true);

        PyObject Partition(PyObject sep, bool fromEnd)
        {
            PyUnicode s = Coerce(sep);
            if (s.Value.Length == 0) throw Ops.ValueError("empty separator");
            int i = TextSplitting.PartitionIndex<char>(Value, s.Value, fromEnd);
            if (i < 0) return fromEnd ? PyTuple.Create(Empty, Empty, Exact()) : PyTuple.Create(Exact(), Empty, Empty);
            return PyTuple.Create(FromString(Value.Substring(0, i)), s.Exact(), FromString(Value.Substring(i + s.Value.Length)));
        }

        public PyObject join(PyObject iterable) => JoinItems(StringJoin.Items(iterable));

        internal PyUnicode JoinItems(PyObject[] items)
        {
            if (items.Length == 1 && items[0].GetType() == typeof(PyUnicode)) return (PyUnicode)items[0];
            var sb = new StringBuilder();
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(Value);
                if (items[i] is PyUnicode u) sb.Append(u.Value);
                else if (items[i] is PyStr s) sb.Append(FromStr(s).Value);
                else throw Ops.TypeError($"sequence item {i}: expected string or Unicode, {items[i].TypeName} found");
            }
            return FromString(sb.ToString());
        }

        // ---- replace / strip / pad -------------------------------------------------------------

        public PyObject replace(PyObject old, PyObject @new, PyObject count = null)
        {
            PyUnicode o = Coerce(old), n = Coerce(@new);
            long max = StringArguments.Integer(count, -1);
            int limit = max < 0 ? -1 : (int)Math.Min(max, int.MaxValue);
            if (Narrow(o) || o.Value.Length > 0)
                return FromString(new string(TextSearch.Replace<char>(Value, o.Value, n.Value, limit)));
            // An empty 'old' inserts between characters: count code points, not UTF-16 units.
            return FromCodePoints(TextSearch.Replace<int>(Points(), o.Points(), n.Points(), limit));
        }

        public PyObject strip(PyObject chars = null) => Strip(chars, true, true, "strip");
        public PyObject lstrip(PyObject chars = null) => Strip(chars, true, false, "lstrip");
        public PyObject rstrip(PyObject chars = null) => Strip(chars, false, true, "rstrip");

        PyObject Strip(PyObject chars, bool left, bool right, string name)
        {
            string set = null;
            if (chars != null && chars is not PyNone)
            {
                if (chars is PyUnicode cu) set = cu.Value;
                else if (chars is PyStr cs) set = FromStr(cs).Value;
                else throw Ops.TypeError($"{name} arg must be None, unicode or str");
            }
            var (start, length) = TextShaping.Strip<char, UnicodeCharacters>(Value, set, set != null, left, right);
            return length == Value.Length ? Exact() : FromString(Value.Substring(start, length));
        }

        static char FillChar(PyObject fill)
        {
            if (fill == null) return ' ';
            PyUnicode f;
            if (fill is PyUnicode u) f = u;
            else if (fill is PyStr s) f = FromStr(s);
            else throw Ops.TypeError("The fill character cannot be converted to Unicode");
            if (f.Value.Length != 1) throw Ops.TypeError("The fill character must be exactly one character long");
            return f.Value[0];
        }

        PyUnicode Pad(PyObject width, PyObject fillchar, char align)
        {
            long w = StringArguments.Integer(width, 0);
            char fill = FillChar(fillchar);
            if (w <= Length) return Exact();
            var (left, right) = TextShaping.Padding(Length, (int)Math.Min(w, int.MaxValue), align);
            return FromString(new string(TextShaping.Pad<char>(Value, left, right, fill)));
        }

        public PyUnicode ljust(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '<');
        public PyUnicode rjust(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '>');
        public PyUnicode center(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '^');

        public PyUnicode zfill(PyObject width)
        {
            long w = StringArguments.Integer(width, 0);
            if (w <= Length) return Exact();
            // Pad by code points: ask for the width in UTF-16 units plus the extra units of astral characters.
            int units = (int)Math.Min(w + (Value.Length - Length), int.MaxValue);
            return FromString(new string(TextShaping.ZFill<char, UnicodeCharacters>(Value, units)));
        }

        public PyUnicode expandtabs(PyObject tabsize = null)
        {
            long t = StringArguments.Integer(tabsize, 8);
            return FromString(new string(TextShaping.ExpandTabs<char, UnicodeCharacters>(Value, (int)Math.Clamp(t, int.MinValue, int.MaxValue))));
        }

        /// <summary>unicode.translate(table): table maps ordinals to ordinals, unicode strings or None (delete).</summary>
        public PyUnicode translate(PyObject table)
        {
            var sb = new StringBuilder(Value.Length);
            var cache = new Dictionary<int, string>();
            for (int i = 0; i < Value.Length; i++)
            {
                int cp = Value[i];
                if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
                    cp = char.ConvertToUtf32(Value[i], Value[++i]);
                if (!cache.TryGetValue(cp, out string mapped))
                {
                    mapped = TranslateOne(table, cp);
                    cache[cp] = mapped;
                }
                sb.Append(mapped);
            }
            return FromString(sb.ToString());
        }

        static string TranslateOne(PyObject table, int cp)
        {
            PyObject r;
            try
            {
                r = Ops.GetItem(table, PyInt.From(cp));
            }
            catch (PythonException e) when (e.Is(PyExceptionTypes.LookupError))
            {
                return char.ConvertFromUtf32(cp);
            }
            switch (r)
            {
                case PyNone: return "";
                case PyInt i:
                    if (i.Value < 0 || i.Value > 0x10FFFF) throw Ops.TypeError("character mapping must be in range(0x110000)");
                    return i.Value < 0x10000 ? ((char)i.Value).ToString() : char.ConvertFromUtf32((int)i.Value);
                case PyUnicode u: return u.Value;
                default: throw Ops.TypeError("character mapping must return integer, None or unicode");
            }
        }

        // ---- codecs ------------------------------------------------------------------------------

        public PyObject encode(PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "encode", 1, "ascii");
            string err = StringArguments.OptionalString(errors, "encode", 2, "strict");
            return CodecCalls.Encode(this, enc, err);
        }

        public PyObject decode(PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "decode", 1, "ascii");
            string err = StringArguments.OptionalString(errors, "decode", 2, "strict");
            return CodecCalls.Decode(this, enc, err);
        }

        // ---- formatting --------------------------------------------------------------------------

        public PyObject format(PyObject[] args, PyDict kwargs) => StrFormat.Format(this, args, kwargs);

        public PyObject __format__(PyObject spec) => BuiltinFormat.FormatBuiltin(this, spec);
    }
}
