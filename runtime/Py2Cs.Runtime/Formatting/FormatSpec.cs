namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// A parsed format-spec mini-language string, <c>[[fill]align][sign][#][0][width][,][.precision][type]</c>,
    /// as CPython 2.7's <c>parse_internal_render_format_spec</c> reads it.
    /// </summary>
    internal sealed class FormatSpec
    {
        /// <summary>'\0' when not given.</summary>
        public char Fill;
        /// <summary>'&lt;', '&gt;', '^', '=' or the caller's default.</summary>
        public char Align;
        /// <summary>'+', '-', ' ' or '\0'.</summary>
        public char Sign;
        public bool Alternate;
        /// <summary>-1 when not given.</summary>
        public int Width = -1;
        public bool ThousandsSeparators;
        /// <summary>-1 when not given.</summary>
        public int Precision = -1;
        /// <summary>The type character or the caller's default.</summary>
        public char Type;

        static bool IsAlign(char c) => c == '<' || c == '>' || c == '=' || c == '^';

        public static FormatSpec Parse(string spec, char defaultType, char defaultAlign)
        {
            var f = new FormatSpec { Align = defaultAlign, Type = defaultType };
            int p = 0, end = spec.Length;
            if (end - p >= 2 && IsAlign(spec[p + 1]))
            {
                f.Fill = spec[p];
                f.Align = spec[p + 1];
                p += 2;
            }
            else if (end - p >= 1 && IsAlign(spec[p]))
            {
                f.Align = spec[p];
                p++;
            }
            if (end - p >= 1 && (spec[p] == '+' || spec[p] == '-' || spec[p] == ' '))
            {
                f.Sign = spec[p];
                p++;
            }
            if (end - p >= 1 && spec[p] == '#')
            {
                f.Alternate = true;
                p++;
            }
            // A leading '0' means zero padding after the sign unless a fill was given.
            if (f.Fill == '\0' && end - p >= 1 && spec[p] == '0')
            {
                f.Fill = '0';
                if (!HasExplicitAlign(spec)) f.Align = '=';
                p++;
            }
            int consumed = ReadInteger(spec, ref p, out int width);
            f.Width = consumed == 0 ? -1 : width;
            if (end - p >= 1 && spec[p] == ',')
            {
                f.ThousandsSeparators = true;
                p++;
            }
            if (end - p >= 1 && spec[p] == '.')
            {
                p++;
                consumed = ReadInteger(spec, ref p, out int precision);
                if (consumed == 0) throw FormattingErrors.Value("Format specifier missing precision");
                f.Precision = precision;
            }
            if (end - p > 1) throw FormattingErrors.Value("Invalid conversion specification");
            if (end - p == 1) f.Type = spec[p];
            if (f.ThousandsSeparators)
            {
                switch (f.Type)
                {
                    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                        break;
                    default:
                        throw FormattingErrors.Value("Cannot specify ',' with '" + f.Type + "'.");
                }
            }
            return f;
        }

        static bool HasExplicitAlign(string spec) =>
            (spec.Length >= 2 && IsAlign(spec[1])) || (spec.Length >= 1 && IsAlign(spec[0]));

        static int ReadInteger(string s, ref int p, out int value)
        {
            long v = 0;
            int start = p;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9')
            {
                v = v * 10 + (s[p] - '0');
                if (v > int.MaxValue) throw FormattingErrors.Value("Too many decimal digits in format string");
                p++;
            }
            value = (int)v;
            return p - start;
        }
    }
}
