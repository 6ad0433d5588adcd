using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Shell-style wildcards as Python 2.7's fnmatch reads them (*, ?, [seq], [!seq]; an unclosed '['
/// is literal). <see cref="Translate"/> gives CPython's exact regular-expression text; matching uses
/// an equivalent .NET expression built from the same reading of the pattern.
/// </summary>
internal static class FnmatchPattern
{
    static readonly ConcurrentDictionary<string, Regex> Cache = new();

    /// <summary>fnmatch.translate: the Python regular expression, ending in \Z(?ms).</summary>
    public static string Translate(string pat) => Build(pat, python: true);

    /// <summary>fnmatch.fnmatchcase.</summary>
    public static bool MatchCase(string name, string pat)
    {
        var regex = Cache.GetOrAdd(pat, p =>
        {
            // CPython clears its cache of compiled patterns at 100 entries.
            if (Cache.Count >= 100) Cache.Clear();
            return new Regex(Build(p, python: false), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        });
        return regex.IsMatch(name);
    }

    static string Build(string pat, bool python)
    {
        var res = new StringBuilder(python ? "" : @"\A");
        int i = 0, n = pat.Length;
        while (i < n)
        {
            char c = pat[i++];
            if (c == '*') res.Append(python ? ".*" : ".*");
            else if (c == '?') res.Append('.');
            else if (c == '[')
            {
                int j = i;
                if (j < n && pat[j] == '!') j++;
                if (j < n && pat[j] == ']') j++;
                while (j < n && pat[j] != ']') j++;
                if (j >= n) { res.Append(@"\["); continue; }
                string stuff = pat.Substring(i, j - i);
                i = j + 1;
                if (python)
                {
                    stuff = stuff.Replace("\\", "\\\\");
                    if (stuff[0] == '!') stuff = "^" + stuff.Substring(1);
                    else if (stuff[0] == '^') stuff = "\\" + stuff;
                    res.Append('[').Append(stuff).Append(']');
                }
                else res.Append(DotNetClass(stuff));
            }
            else if (python) res.Append(PythonEscape(c));
            else res.Append(Regex.Escape(c.ToString()));
        }
        res.Append(python ? @"\Z(?ms)" : @"\z");
        return res.ToString();
    }

    /// <summary>A Python character class body as .NET reads it: '[' and '\' are literal in Python here.</summary>
    static string DotNetClass(string stuff)
    {
        var sb = new StringBuilder("[");
        int k = 0;
        if (stuff[0] == '!') { sb.Append('^'); k = 1; }
        else if (stuff[0] == '^') { sb.Append(@"\^"); k = 1; }
        for (; k < stuff.Length; k++)
        {
            char ch = stuff[k];
            if (ch == '\\' || ch == '[' || ch == ']' || ch == '^') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.Append(']').ToString();
    }

    /// <summary>Python 2.7's re.escape of one character: all but [A-Za-z0-9_] get a backslash, NUL is \000.</summary>
    static string PythonEscape(char c)
    {
        if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') return c.ToString();
        return c == '\0' ? "\\000" : "\\" + c;
    }
}
