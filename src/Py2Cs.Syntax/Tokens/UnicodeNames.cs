using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace Py2Cs.Syntax.Tokens
{
    /// <summary>
    /// Character names for <c>\N{...}</c> escapes: the Unicode 5.2 database CPython 2.7.18 uses (an embedded,
    /// gzipped "HEX NAME" list), plus the algorithmic CJK ideograph names. Loaded on first use.
    /// </summary>
    internal static class UnicodeNames
    {
        private static Dictionary<string, int> _names;

        public static int Lookup(string name)
        {
            string upper = name.ToUpperInvariant();
            const string cjk = "CJK UNIFIED IDEOGRAPH-";
            if (upper.StartsWith(cjk, StringComparison.Ordinal) &&
                int.TryParse(upper.Substring(cjk.Length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int ideograph))
                return ideograph;
            Dictionary<string, int> names = _names ?? (_names = Load());
            return names.TryGetValue(upper, out int codePoint) ? codePoint : -1;
        }

        private static Dictionary<string, int> Load()
        {
            var names = new Dictionary<string, int>(32768, StringComparer.Ordinal);
            using (Stream resource = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Py2Cs.Syntax.UnicodeNames.txt.gz"))
            {
                if (resource == null)
                    return names;
                using (var gzip = new GZipStream(resource, CompressionMode.Decompress))
                using (var reader = new StreamReader(gzip))
                {
                    string line;
                    while ((line = reader.ReadLine()) != null)
                    {
                        int space = line.IndexOf(' ');
                        if (space <= 0) continue;
                        int codePoint = int.Parse(line.Substring(0, space), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        names[line.Substring(space + 1)] = codePoint;
                    }
                }
            }
            return names;
        }
    }
}
