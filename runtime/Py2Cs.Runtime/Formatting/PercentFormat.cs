using System;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// printf-style formatting, <c>format % args</c>, as CPython 2.7's PyString_Format and
    /// PyUnicode_Format: one pass over the template that takes arguments as it goes, so errors come in
    /// CPython's order. A str template switches to unicode formatting (for the rest of the template,
    /// with the remaining arguments) as soon as a %s or %c meets a unicode argument.
    /// </summary>
    public static class PercentFormat
    {
        const int LeftJustify = 1, Sign = 2, Blank = 4, Alternate = 8, Zero = 16;

        public static PyObject Format(PyStr format, PyObject args)
        {
            string text = format.ToString();
            var output = new StringBuilder(text.Length + 16);
            int switchAt = Run(text, args, output, unicode: false, out PyObject remainingArgs);
            if (switchAt < 0) return PyStr.FromString(output.ToString());
            // Decode what was produced so far and the rest of the template as ASCII, then go on as unicode.
            PyUnicode head = PyUnicode.FromStr(PyStr.FromString(output.ToString()));
            PyUnicode rest = PyUnicode.FromStr(PyStr.FromString(text.Substring(switchAt)));
            PyUnicode tail = Format(rest, remainingArgs);
            return head.Concat(tail);
        }

        public static PyUnicode Format(PyUnicode format, PyObject args)
        {
            var output = new StringBuilder(format.Value.Length + 16);
            Run(format.Value, args, output, unicode: true, out _);
            return PyUnicode.FromString(output.ToString());
        }

        static readonly PyStr GetItemName = PyStr.Intern("__getitem__");

        static bool IsMapping(PyObject args) =>
            args is not PyTuple && args is not PyStr && args is not PyUnicode &&
            (args is PyDict || args.Type.Lookup(GetItemName) != null);

        /// <summary>
        /// Formats into <paramref name="output"/>. For a str template, returns the index of the '%' at which
        /// unicode formatting must take over (with <paramref name="remainingArgs"/>), else -1.
        /// </summary>
        static int Run(string fmt, PyObject originalArgs, StringBuilder output, bool unicode, out PyObject remainingArgs)
        {
            remainingArgs = null;
            PyObject args = originalArgs;
            int argCount, argIndex;
            if (args is PyTuple t) { argCount = t.Count; argIndex = 0; }
            else { argCount = -1; argIndex = -2; }
            PyObject dict = IsMapping(args) ? args : null;

            int n = fmt.Length;
            int i = 0;
            while (i < n)
            {
                char ch = fmt[i];
                if (ch != '%')
                {
                    int next = fmt.IndexOf('%', i);
                    if (next < 0) next = n;
                    output.Append(fmt, i, next - i);
                    i = next;
                    continue;
                }
                int specStart = i;
                int argIndexAtStart = argIndex;
                i++;
                if (i < n && fmt[i] == '(')
                {
                    if (dict == null) throw FormattingErrors.Type("format requires a mapping");
                    i++;
                    int keyStart = i, depth = 1;
                    while (depth > 0 && i < n)
                    {
                        if (fmt[i] == ')') depth--;
                        else if (fmt[i] == '(') depth++;
                        i++;
                    }
                    if (depth > 0) throw FormattingErrors.Value("incomplete format key");
                    string key = fmt.Substring(keyStart, i - 1 - keyStart);
                    PyObject keyObject = unicode ? PyUnicode.FromString(key) : PyStr.FromString(key);
                    args = Ops.GetItem(dict, keyObject);
                    argCount = -1;
                    argIndex = -2;
                }
                int flags = 0;
                char c = '\0';
                bool have = false;
                while (i < n)
                {
                    c = fmt[i++];
                    have = true;
                    if (c == '-') flags |= LeftJustify;
                    else if (c == '+') flags |= Sign;
                    else if (c == ' ') flags |= Blank;
                    else if (c == '#') flags |= Alternate;
                    else if (c == '0') flags |= Zero;
                    else break;
                    have = false;
                }
                if (!have) throw FormattingErrors.Value("incomplete format");
                int width = -1, precision = -1;
                bool ended = false;
                if (c == '*')
                {
                    PyObject w = NextArg(args, argCount, ref argIndex);
                    if (w is not PyInt wi) throw FormattingErrors.Type("* wants int");
                    width = (int)Math.Clamp(wi.Value, int.MinValue + 1, int.MaxValue);
                    if (width < 0) { flags |= LeftJustify; width = -width; }
                    if (i < n) c = fmt[i++]; else ended = true;
                }
                else if (c >= '0' && c <= '9')
                {
                    width = c - '0';
                    ended = true;
                    while (i < n)
                    {
                        c = fmt[i++];
                        if (c < '0' || c > '9') { ended = false; break; }
                        if (width > (int.MaxValue - (c - '0')) / 10) throw FormattingErrors.Value("width too big");
                        width = width * 10 + (c - '0');
                    }
                }
                if (!ended && c == '.')
                {
                    precision = 0;
                    if (i < n) c = fmt[i++]; else ended = true;
                    if (!ended && c == '*')
                    {
                        PyObject p = NextArg(args, argCount, ref argIndex);
                        if (p is not PyInt pi) throw FormattingErrors.Type("* wants int");
                        precision = (int)Math.Clamp(pi.Value, 0, int.MaxValue);
                        if (i < n) c = fmt[i++]; else ended = true;
                    }
                    else if (!ended && c >= '0' && c <= '9')
                    {
                        precision = c - '0';
                        ended = true;
                        while (i < n)
                        {
                            c = fmt[i++];
                            if (c < '0' || c > '9') { ended = false; break; }
                            if (precision > (int.MaxValue - (c - '0')) / 10) throw FormattingErrors.Value("prec too big");
                            precision = precision * 10 + (c - '0');
                        }
                    }
                }
                if (!ended && (c == 'h' || c == 'l' || c == 'L'))
                {
                    if (i < n) c = fmt[i++]; else ended = true;
                }
                if (ended) throw FormattingErrors.Value("incomplete format");

                PyObject v = c != '%' ? NextArg(args, argCount, ref argIndex) : null;
                string body;
                bool signed = false;
                char fill = ' ';
                switch (c)
                {
                    case '%':
                        body = "%";
                        break;
                    case 's':
                    case 'r':
                        if (!unicode && c == 's' && v is PyUnicode)
                        {
                            remainingArgs = RemainingArgs(originalArgs, argIndexAtStart);
                            return specStart;
                        }
                        body = c == 'r' ? Ops.Repr(v).ToString() : unicode ? Ops.ToUnicode(v).Value : Ops.Str(v).ToString();
                        if (precision >= 0 && body.Length > precision) body = body.Substring(0, precision);
                        break;
                    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                        body = FormatInteger(v, c == 'i' ? 'd' : c, flags, precision);
                        signed = true;
                        if ((flags & Zero) != 0) fill = '0';
                        break;
                    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                        body = FormatFloat(v, c, flags, precision);
                        signed = true;
                        if ((flags & Zero) != 0) fill = '0';
                        break;
                    case 'c':
                        if (!unicode && v is PyUnicode)
                        {
                            remainingArgs = RemainingArgs(originalArgs, argIndexAtStart);
                            return specStart;
                        }
                        body = FormatChar(v, unicode);
                        break;
                    default:
                        throw FormattingErrors.Value(string.Format("unsupported format character '{0}' (0x{1:x}) at index {2}",
                            c, (int)c, i - 1));
                }
                Emit(output, body, c, flags, width, signed, fill);
                if (dict != null && argIndex < argCount && c != '%')
                    throw FormattingErrors.Type("not all arguments converted during string formatting");
            }
            if (argIndex < argCount && dict == null)
                throw FormattingErrors.Type("not all arguments converted during string formatting");
            return -1;
        }

        /// <summary>The arguments not yet used, for the unicode continuation of a str template.</summary>
        static PyObject RemainingArgs(PyObject args, int argIndex)
        {
            if (args is PyTuple t && argIndex > 0)
            {
                var rest = new PyObject[t.Count - argIndex];
                for (int k = 0; k < rest.Length; k++) rest[k] = t[argIndex + k];
                return PyTuple.Create(rest);
            }
            return args;
        }

        static PyObject NextArg(PyObject args, int argCount, ref int argIndex)
        {
            if (argIndex < argCount)
            {
                int index = argIndex++;
                return argCount < 0 ? args : ((PyTuple)args)[index];
            }
            throw FormattingErrors.Type("not enough arguments for format string");
        }

        // The padding and sign placement of PyString_Format's common tail.
        static void Emit(StringBuilder output, string body, char c, int flags, int width, bool signed, char fill)
        {
            int p = 0, len = body.Length;
            char sign = '\0';
            if (signed)
            {
                if (len > 0 && (body[0] == '-' || body[0] == '+')) { sign = body[0]; p++; len--; }
                else if ((flags & Sign) != 0) sign = '+';
                else if ((flags & Blank) != 0) sign = ' ';
            }
            if (width < len) width = len;
            if (sign != '\0')
            {
                if (fill != ' ') output.Append(sign);
                if (width > len) width--;
            }
            bool hexPrefix = (flags & Alternate) != 0 && (c == 'x' || c == 'X');
            if (hexPrefix)
            {
                if (fill != ' ') { output.Append(body, p, 2); }
                width -= 2;
                if (width < 0) width = 0;
                len -= 2;
            }
            if (width > len && (flags & LeftJustify) == 0) output.Append(fill, width - len);
            if (fill == ' ')
            {
                if (sign != '\0') output.Append(sign);
                if (hexPrefix) output.Append(body, p, 2);
            }
            if (hexPrefix) p += 2;
            output.Append(body, p, len);
            if (width > len) output.Append(' ', (flags & LeftJustify) != 0 ? width - len : 0);
        }

        static string FormatInteger(PyObject v, char type, int flags, int precision)
        {
            BigInteger value;
            bool isLong;
            switch (v)
            {
                case PyInt i: value = i.Value; isLong = false; break;
                case PyLong l: value = l.Value; isLong = true; break;
                default:
                    PyObject converted = null;
                    // int(v), then long(v); a failure of both is reported as "a number is required".
                    try { converted = v.IsNumber ? (v.ToInt() ?? v.ToLong()) : null; }
                    catch (PythonException) { converted = null; }
                    if (converted is PyInt ci) { value = ci.Value; isLong = false; }
                    else if (converted is PyLong cl) { value = cl.Value; isLong = true; }
                    else throw FormattingErrors.Type($"%{type} format: a number is required, not {v.TypeName}");
                    break;
            }
            if (type == 'u') type = 'd';
            int radix = type == 'o' ? 8 : type == 'd' ? 10 : 16;
            bool negative = value.Sign < 0;
            string digits = IntegerDigits.ToBase(BigInteger.Abs(value), radix);
            bool alternate = (flags & Alternate) != 0;
            // An int goes through C's printf, where precision 0 prints no digits for 0; a long does not.
            if (!isLong && precision == 0 && value.IsZero) digits = "";
            if (type == 'o' && alternate && (digits.Length == 0 || digits[0] != '0')) digits = "0" + digits;
            if (precision > digits.Length) digits = new string('0', precision - digits.Length) + digits;
            string prefix = alternate && radix == 16 ? "0x" : "";
            string text = (negative ? "-" : "") + prefix + digits;
            return type == 'X' ? text.ToUpperInvariant() : text;
        }

        static string FormatFloat(PyObject v, char type, int flags, int precision)
        {
            double x;
            switch (v)
            {
                case PyFloat f: x = f.Value; break;
                default:
                    PyObject converted = null;
                    try { converted = v.ToFloat(); }
                    catch (PythonException) { converted = null; }
                    if (converted is not PyFloat cf) throw FormattingErrors.Type("float argument required, not " + v.TypeName);
                    x = cf.Value;
                    break;
            }
            if (precision < 0) precision = 6;
            return FloatFormatter.Format(x, type, precision, (flags & Alternate) != 0 ? FloatFormatOptions.Alternate : FloatFormatOptions.None);
        }

        static string FormatChar(PyObject v, bool unicode)
        {
            if (v is PyStr s)
            {
                if (s.Length == 1) return ((char)s[0]).ToString();
                throw FormattingErrors.Type("%c requires int or char");
            }
            if (unicode) return FormatUnicodeChar(v);
            // str: PyArg_Parse(v, "b"), an unsigned byte, with its own messages.
            long code;
            if (v is PyInt i) code = i.Value;
            else if (v is PyLong l)
            {
                if (l.Value < long.MinValue || l.Value > long.MaxValue) throw FormattingErrors.Overflow("Python int too large to convert to C long");
                code = (long)l.Value;
            }
            else if (v is PyFloat) throw FormattingErrors.Type("integer argument expected, got float");
            else throw FormattingErrors.Type("an integer is required");
            if (code < 0) throw FormattingErrors.Overflow("unsigned byte integer is less than minimum");
            if (code > 255) throw FormattingErrors.Overflow("unsigned byte integer is greater than maximum");
            return ((char)code).ToString();
        }

        static string FormatUnicodeChar(PyObject v)
        {
            if (v is PyUnicode u)
            {
                if (u.Value.Length == 1 || (u.Value.Length == 2 && char.IsSurrogatePair(u.Value[0], u.Value[1]))) return u.Value;
                throw FormattingErrors.Type("%c requires int or char");
            }
            // PyInt_AsLong: ints, longs that fit and anything with __int__ (floats truncate); failures are "requires int or char".
            long code;
            try
            {
                PyObject converted = v is PyInt || v is PyLong ? v : v.IsNumber ? v.ToInt() : null;
                if (converted is PyInt ci) code = ci.Value;
                else if (converted is PyLong cl && cl.Value >= long.MinValue && cl.Value <= long.MaxValue) code = (long)cl.Value;
                else throw FormattingErrors.Type("%c requires int or char");
            }
            catch (PythonException)
            {
                throw FormattingErrors.Type("%c requires int or char");
            }
            if (code < 0 || code > 0x10FFFF) throw FormattingErrors.Overflow("%c arg not in range(0x110000) (wide Python build)");
            // Python 2 lets a lone surrogate stand; ConvertFromUtf32 would reject it.
            return code < 0x10000 ? ((char)code).ToString() : char.ConvertFromUtf32((int)code);
        }
    }
}
