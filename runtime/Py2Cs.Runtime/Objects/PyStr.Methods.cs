using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Formatting;
using Py2Cs.Runtime.Modules.codecs;
using Py2Cs.Runtime.Strings;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The methods of Python 2 <c>str</c>. They work on bytes, classified as the "C" locale does
    /// (isalpha/upper/lower are ASCII-only). When an argument is unicode, the receiver is decoded as
    /// ASCII and the unicode method runs instead (Python 2's str/unicode mixing rule).
    /// Optional parameters are null when not given.
    /// </summary>
    public partial class PyStr
    {
        // ---- argument coercion ---------------------------------------------------------------

        /// <summary>The receiver as unicode (ASCII decode, UnicodeDecodeError as CPython).</summary>
        PyUnicode AsUnicode() => PyUnicode.FromStr(this);

        /// <summary>A "character buffer" argument as bytes; null when it is unicode (the caller switches).</summary>
        static PyStr Buffer(PyObject o)
        {
            if (o is PyStr s) return s;
            if (o is PyUnicode) return null;
            throw Ops.TypeError("expected a string or other character buffer object");
        }

        static PyList Pieces(PyStr s, List<(int Start, int Length)> pieces)
        {
            var items = new PyObject[pieces.Count];
            for (int i = 0; i < items.Length; i++)
                items[i] = pieces[i].Length == s.Length ? s.Exact() : FromBytes(s.Bytes.Slice(pieces[i].Start, pieces[i].Length));
            return PyList.FromArray(items);
        }

        /// <summary>This value as an exact str (a subclass instance is copied).</summary>
        PyStr Exact() => GetType() == typeof(PyStr) ? this : FromBytes(Bytes);

        PyStr Map(Func<byte, byte> f)
        {
            var r = new byte[Length];
            ReadOnlySpan<byte> b = Bytes;
            for (int i = 0; i < r.Length; i++) r[i] = f(b[i]);
            return Wrap(r);
        }

        // ---- case ----------------------------------------------------------------------------

        public PyStr upper() => ChangeAsciiCase((byte)'a', (byte)'z', -32);
        public PyStr lower() => ChangeAsciiCase((byte)'A', (byte)'Z', 32);

        /// <summary>lower()/upper() in the C locale: only ASCII letters change (a range test per byte
        /// rather than a delegate call per byte).</summary>
        PyStr ChangeAsciiCase(byte first, byte last, int delta)
        {
            ReadOnlySpan<byte> b = Bytes;
            var r = new byte[b.Length];
            for (int i = 0; i < r.Length; i++)
            {
                byte c = b[i];
                r[i] = (uint)(c - first) <= (uint)(last - first) ? (byte)(c + delta) : c;
            }
            return Wrap(r);
        }

        public PyStr swapcase() =>
            Map(c => ByteCharacters.IsLower(c) ? ByteCharacters.ToUpper(c) : ByteCharacters.IsUpper(c) ? ByteCharacters.ToLower(c) : c);

        public PyStr capitalize()
        {
            var r = new byte[Length];
            ReadOnlySpan<byte> b = Bytes;
            for (int i = 0; i < r.Length; i++) r[i] = i == 0 ? ByteCharacters.ToUpper(b[i]) : ByteCharacters.ToLower(b[i]);
            return Wrap(r);
        }

        public PyStr title()
        {
            var r = new byte[Length];
            ReadOnlySpan<byte> b = Bytes;
            bool previousCased = false;
            for (int i = 0; i < r.Length; i++)
            {
                byte c = b[i];
                if (ByteCharacters.IsLower(c)) { r[i] = previousCased ? c : ByteCharacters.ToUpper(c); previousCased = true; }
                else if (ByteCharacters.IsUpper(c)) { r[i] = previousCased ? ByteCharacters.ToLower(c) : c; previousCased = true; }
                else { r[i] = c; previousCased = false; }
            }
            return Wrap(r);
        }

        // ---- predicates ------------------------------------------------------------------------

        bool All(Func<byte, bool> predicate)
        {
            if (Length == 0) return false;
            foreach (byte c in Bytes) if (!predicate(c)) return false;
            return true;
        }

        public PyBool isalpha() => PyBool.From(All(ByteCharacters.IsAlpha));
        public PyBool isalnum() => PyBool.From(All(ByteCharacters.IsAlnum));
        public PyBool isdigit() => PyBool.From(All(ByteCharacters.IsDigit));
        public PyBool isspace() => PyBool.From(All(ByteCharacters.IsSpace));

        public PyBool islower()
        {
            bool cased = false;
            foreach (byte c in Bytes)
            {
                if (ByteCharacters.IsUpper(c)) return PyBool.False;
                if (ByteCharacters.IsLower(c)) cased = true;
            }
            return PyBool.From(cased);
        }

        public PyBool isupper()
        {
            bool cased = false;
            foreach (byte c in Bytes)
            {
                if (ByteCharacters.IsLower(c)) return PyBool.False;
                if (ByteCharacters.IsUpper(c)) cased = true;
            }
            return PyBool.From(cased);
        }

        public PyBool istitle()
        {
            bool cased = false, previousCased = false;
            foreach (byte c in Bytes)
            {
                if (ByteCharacters.IsUpper(c))
                {
                    if (previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else if (ByteCharacters.IsLower(c))
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
            PyStr s = Buffer(sub);
            if (s == null) return AsUnicode().find(sub, start, end);
            return PyInt.From(TextSearch.Find(Bytes, s.Bytes, StringArguments.SliceIndex(start, 0), StringArguments.SliceIndex(end, int.MaxValue)));
        }

        public PyObject rfind(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyStr s = Buffer(sub);
            if (s == null) return AsUnicode().rfind(sub, start, end);
            return PyInt.From(TextSearch.RFind(Bytes, s.Bytes, StringArguments.SliceIndex(start, 0), StringArguments.SliceIndex(end, int.MaxValue)));
        }

        public PyObject index(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyObject r = find(sub, start, end);
            if (r is PyInt i && i.Value < 0) throw Ops.ValueError("substring not found");
            return r;
        }

        public PyObject rindex(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyObject r = rfind(sub, start, end);
            if (r is PyInt i && i.Value < 0) throw Ops.ValueError("substring not found");
            return r;
        }

        public PyObject count(PyObject sub, PyObject start = null, PyObject end = null)
        {
            PyStr s = Buffer(sub);
            if (s == null) return AsUnicode().count(sub, start, end);
            return PyInt.From(TextSearch.Count(Bytes, s.Bytes, StringArguments.SliceIndex(start, 0), StringArguments.SliceIndex(end, int.MaxValue)));
        }

        public PyBool startswith(PyObject prefix, PyObject start = null, PyObject end = null) => Affix(prefix, start, end, false, "startswith");
        public PyBool endswith(PyObject suffix, PyObject start = null, PyObject end = null) => Affix(suffix, start, end, true, "endswith");

        PyBool Affix(PyObject affix, PyObject start, PyObject end, bool atEnd, string name)
        {
            int s = StringArguments.SliceIndex(start, 0), e = StringArguments.SliceIndex(end, int.MaxValue);
            if (affix is PyTuple t)
            {
                for (int i = 0; i < t.Count; i++)
                    if (AffixOne(t[i], s, e, atEnd, name, inTuple: true)) return PyBool.True;
                return PyBool.False;
            }
            return PyBool.From(AffixOne(affix, s, e, atEnd, name, inTuple: false));
        }

        bool AffixOne(PyObject affix, int start, int end, bool atEnd, string name, bool inTuple)
        {
            if (affix is PyStr p) return TextSearch.Matches(Bytes, p.Bytes, start, end, atEnd);
            if (affix is PyUnicode u) return TextSearch.Matches<char>(AsUnicode().Value, u.Value, start, end, atEnd);
            if (inTuple) throw Ops.TypeError("expected a string or other character buffer object");
            throw Ops.TypeError($"{name} first arg must be str, unicode, or tuple, not {affix.TypeName}");
        }

        // ---- split / join ----------------------------------------------------------------------

        public PyObject split(PyObject sep = null, PyObject maxsplit = null)
        {
            int max = StringArguments.MaxSplit(maxsplit);
            if (sep == null || sep is PyNone) return Pieces(this, TextSplitting.SplitWhitespace<byte, ByteCharacters>(Bytes, max));
            PyStr s = Buffer(sep);
            if (s == null) return AsUnicode().split(sep, maxsplit);
            if (s.Length == 0) throw Ops.ValueError("empty separator");
            return Pieces(this, TextSplitting.Split(Bytes, s.Bytes, max));
        }

        public PyObject rsplit(PyObject sep = null, PyObject maxsplit = null)
        {
            int max = StringArguments.MaxSplit(maxsplit);
            if (sep == null || sep is PyNone) return Pieces(this, TextSplitting.RSplitWhitespace<byte, ByteCharacters>(Bytes, max));
            PyStr s = Buffer(sep);
            if (s == null) return AsUnicode().rsplit(sep, maxsplit);
            if (s.Length == 0) throw Ops.ValueError("empty separator");
            return Pieces(this, TextSplitting.RSplit(Bytes, s.Bytes, max));
        }

        public PyList splitlines(PyObject keepends = null) =>
            Pieces(this, TextSplitting.SplitLines<byte, ByteCharacters>(Bytes, StringArguments.Integer(keepends, 0) != 0));

        public PyObject partition(PyObject sep) => Partition(sep, false);
        public PyObject rpartition(PyObject sep) => Partition(sep, true);

        PyObject Partition(PyObject sep, bool fromEnd)
        {
            PyStr s = Buffer(sep);
            if (s == null) return fromEnd ? AsUnicode().rpartition(sep) : AsUnicode().partition(sep);
            if (s.Length == 0) throw Ops.ValueError("empty separator");
            int i = TextSplitting.PartitionIndex(Bytes, s.Bytes, fromEnd);
            if (i < 0) return fromEnd ? PyTuple.Create(Empty, Empty, Exact()) : PyTuple.Create(Exact(), Empty, Empty);
            return PyTuple.Create(Slice(0, i), s.Exact(), Slice(i + s.Length, Length));
        }

        public PyObject join(PyObject iterable)
        {
            PyObject[] items = StringJoin.Items(iterable);
            int total = 0;
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is PyStr s) { total += s.Length; continue; }
                // Any unicode item makes the whole join unicode.
                if (items[i] is PyUnicode) return AsUnicode().JoinItems(items);
                throw Ops.TypeError($"sequence item {i}: expected string, {items[i].TypeName} found");
            }
            if (items.Length == 1 && items[0].GetType() == typeof(PyStr)) return items[0];
            total += Length * Math.Max(0, items.Length - 1);
            var r = new byte[total];
            int pos = 0;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) { Bytes.CopyTo(r.AsSpan(pos)); pos += Length; }
                var b = ((PyStr)items[i]).Bytes;
                b.CopyTo(r.AsSpan(pos));
                pos += b.Length;
            }
            return Wrap(r);
        }

        // ---- replace / strip / pad -------------------------------------------------------------

        public PyObject replace(PyObject old, PyObject @new, PyObject count = null)
        {
            PyStr o = Buffer(old), n = Buffer(@new);
            if (o == null || n == null) return AsUnicode().replace(old, @new, count);
            long max = StringArguments.Integer(count, -1);
            return Wrap(TextSearch.Replace(Bytes, o.Bytes, n.Bytes, max < 0 ? -1 : (int)Math.Min(max, int.MaxValue)));
        }

        public PyObject strip(PyObject chars = null) => Strip(chars, true, true, "strip");
        public PyObject lstrip(PyObject chars = null) => Strip(chars, true, false, "lstrip");
        public PyObject rstrip(PyObject chars = null) => Strip(chars, false, true, "rstrip");

        PyObject Strip(PyObject chars, bool left, bool right, string name)
        {
            ReadOnlySpan<byte> set = default;
            bool useChars = false;
            if (chars != null && chars is not PyNone)
            {
                if (chars is PyUnicode)
                    return name == "strip" ? AsUnicode().strip(chars) : name == "lstrip" ? AsUnicode().lstrip(chars) : AsUnicode().rstrip(chars);
                if (chars is not PyStr cs) throw Ops.TypeError($"{name} arg must be None, str or unicode");
                set = cs.Bytes;
                useChars = true;
            }
            var (start, length) = TextShaping.Strip<byte, ByteCharacters>(Bytes, set, useChars, left, right);
            return length == Length ? Exact() : FromBytes(Bytes.Slice(start, length));
        }

        static byte FillByte(PyObject fill, string name)
        {
            if (fill == null) return (byte)' ';
            if (fill is PyStr f && f.Length == 1) return f[0];
            throw Ops.TypeError($"{name}() argument 2 must be char, not {fill.TypeName}");
        }

        PyStr Pad(PyObject width, PyObject fillchar, char align, string name)
        {
            long w = StringArguments.Integer(width, 0);
            byte fill = FillByte(fillchar, name);
            if (w <= Length) return Exact();
            var (left, right) = TextShaping.Padding(Length, (int)Math.Min(w, int.MaxValue), align);
            return Wrap(TextShaping.Pad(Bytes, left, right, fill));
        }

        public PyStr ljust(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '<', "ljust");
        public PyStr rjust(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '>', "rjust");
        public PyStr center(PyObject width, PyObject fillchar = null) => Pad(width, fillchar, '^', "center");

        public PyStr zfill(PyObject width)
        {
            long w = StringArguments.Integer(width, 0);
            if (w <= Length) return Exact();
            return Wrap(TextShaping.ZFill<byte, ByteCharacters>(Bytes, (int)Math.Min(w, int.MaxValue)));
        }

        public PyStr expandtabs(PyObject tabsize = null)
        {
            long t = StringArguments.Integer(tabsize, 8);
            return Wrap(TextShaping.ExpandTabs<byte, ByteCharacters>(Bytes, (int)Math.Clamp(t, int.MinValue, int.MaxValue)));
        }

        public PyStr translate(PyObject table, PyObject deletechars = null)
        {
            ReadOnlySpan<byte> map = default;
            bool hasTable = false;
            if (table is not PyNone)
            {
                PyStr t = table as PyStr ?? throw Ops.TypeError("expected a string or other character buffer object");
                if (t.Length != 256) throw Ops.ValueError("translation table must be 256 characters long");
                map = t.Bytes;
                hasTable = true;
            }
            ReadOnlySpan<byte> delete = default;
            if (deletechars != null)
            {
                PyStr d = deletechars as PyStr ?? throw Ops.TypeError("expected a string or other character buffer object");
                delete = d.Bytes;
            }
            var r = new List<byte>(Length);
            foreach (byte c in Bytes)
            {
                if (delete.IndexOf(c) >= 0) continue;
                r.Add(hasTable ? map[c] : c);
            }
            return Wrap(r.ToArray());
        }

        // ---- codecs ------------------------------------------------------------------------------

        public PyObject decode(PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "decode", 1, "ascii");
            string err = StringArguments.OptionalString(errors, "decode", 2, "strict");
            return CodecCalls.Decode(this, enc, err);
        }

        public PyObject encode(PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "encode", 1, "ascii");
            string err = StringArguments.OptionalString(errors, "encode", 2, "strict");
            return CodecCalls.Encode(this, enc, err);
        }

        // ---- formatting --------------------------------------------------------------------------

        public PyObject format(PyObject[] args, PyDict kwargs) => StrFormat.Format(this, args, kwargs);

        public PyObject __format__(PyObject spec) => BuiltinFormat.FormatBuiltin(this, spec);
    }
}
