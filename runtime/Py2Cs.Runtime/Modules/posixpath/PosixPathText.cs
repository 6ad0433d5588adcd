using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// The string algorithms of Python 2.7's posixpath (join, split, splitext, basename, dirname,
/// normpath, commonprefix, relpath, expanduser, expandvars) over C# strings, so the same code serves
/// str (one char per byte) and unicode paths. Anything that asks the file system or the environment
/// takes it as a delegate.
/// </summary>
internal static class PosixPathText
{
    public static string Join(string a, IReadOnlyList<string> rest)
    {
        string path = a;
        foreach (string b in rest)
        {
            if (b.StartsWith('/')) path = b;
            else if (path.Length == 0 || path.EndsWith('/')) path += b;
            else path += "/" + b;
        }
        return path;
    }

    public static (string Head, string Tail) Split(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p.Substring(0, i), tail = p.Substring(i);
        if (head.Length > 0 && !AllSlashes(head)) head = head.TrimEnd('/');
        return (head, tail);
    }

    public static (string Root, string Ext) SplitExt(string p)
    {
        int sepIndex = p.LastIndexOf('/');
        int dotIndex = p.LastIndexOf('.');
        if (dotIndex > sepIndex)
        {
            // A leading run of dots (".bashrc", "..x") is part of the name, not an extension.
            for (int i = sepIndex + 1; i < dotIndex; i++)
                if (p[i] != '.') return (p.Substring(0, dotIndex), p.Substring(dotIndex));
        }
        return (p, "");
    }

    public static string Basename(string p) => p.Substring(p.LastIndexOf('/') + 1);

    public static string Dirname(string p)
    {
        string head = p.Substring(0, p.LastIndexOf('/') + 1);
        if (head.Length > 0 && !AllSlashes(head)) head = head.TrimEnd('/');
        return head;
    }

    public static bool IsAbs(string p) => p.StartsWith('/');

    public static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        int initialSlashes = path.StartsWith('/') ? 1 : 0;
        // POSIX lets implementations treat exactly two leading slashes specially; three or more are one.
        if (initialSlashes == 1 && path.StartsWith("//") && !path.StartsWith("///")) initialSlashes = 2;
        var comps = new List<string>();
        foreach (string comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || initialSlashes == 0 && comps.Count == 0 || comps.Count > 0 && comps[^1] == "..")
                comps.Add(comp);
            else if (comps.Count > 0)
                comps.RemoveAt(comps.Count - 1);
        }
        string result = new string('/', initialSlashes) + string.Join("/", comps);
        return result.Length == 0 ? "." : result;
    }

    /// <summary>abspath given the current directory (os.getcwd() or os.getcwdu()).</summary>
    public static string AbsPath(string path, Func<string> getcwd) =>
        NormPath(IsAbs(path) ? path : Join(getcwd(), new[] { path }));

    /// <summary>commonprefix over strings: the longest common leading run of min(m) and max(m).</summary>
    public static string CommonPrefix(IReadOnlyList<string> m)
    {
        if (m.Count == 0) return "";
        string s1 = m[0], s2 = m[0];
        foreach (string s in m)
        {
            if (string.CompareOrdinal(s, s1) < 0) s1 = s;
            if (string.CompareOrdinal(s, s2) > 0) s2 = s;
        }
        for (int i = 0; i < s1.Length; i++)
            if (s1[i] != s2[i]) return s1.Substring(0, i);
        return s1;
    }

    public static string RelPath(string path, string start, Func<string> getcwd)
    {
        if (path.Length == 0) throw new ArgumentException("no path specified");
        var startList = NonEmptyParts(AbsPath(start, getcwd));
        var pathList = NonEmptyParts(AbsPath(path, getcwd));
        int i = 0;
        while (i < startList.Count && i < pathList.Count && startList[i] == pathList[i]) i++;
        var rel = new List<string>();
        for (int k = i; k < startList.Count; k++) rel.Add("..");
        for (int k = i; k < pathList.Count; k++) rel.Add(pathList[k]);
        if (rel.Count == 0) return ".";
        return Join(rel[0], rel.GetRange(1, rel.Count - 1));
    }

    static List<string> NonEmptyParts(string p)
    {
        var parts = new List<string>();
        foreach (string x in p.Split('/')) if (x.Length > 0) parts.Add(x);
        return parts;
    }

    /// <summary>
    /// expanduser: <paramref name="homeOf"/> answers "" for the current user ($HOME, else the password
    /// database) or a user name, and null when the user does not exist (the path is then kept).
    /// </summary>
    public static string ExpandUser(string path, Func<string, string> homeOf)
    {
        if (!path.StartsWith('~')) return path;
        int i = path.IndexOf('/', 1);
        if (i < 0) i = path.Length;
        string home = homeOf(i == 1 ? "" : path.Substring(1, i - 1));
        if (home == null) return path;
        string result = home.TrimEnd('/') + path.Substring(i);
        return result.Length == 0 ? "/" : result;
    }

    /// <summary>expandvars: $name and ${name} replaced by defined variables, others left alone.</summary>
    public static string ExpandVars(string path, Func<string, string> lookup)
    {
        if (path.IndexOf('$') < 0) return path;
        int i = 0;
        while (true)
        {
            int start = path.IndexOf('$', i);
            if (start < 0) break;
            // Python 2's \w without flags: ASCII letters, digits and underscore.
            int j = start + 1;
            string name;
            if (j < path.Length && path[j] == '{')
            {
                int close = path.IndexOf('}', j + 1);
                if (close < 0) { i = start + 1; continue; }
                name = path.Substring(j + 1, close - j - 1);
                j = close + 1;
            }
            else
            {
                while (j < path.Length && IsWordChar(path[j])) j++;
                if (j == start + 1) { i = start + 1; continue; }
                name = path.Substring(start + 1, j - start - 1);
            }
            string value = lookup(name);
            if (value != null)
            {
                string tail = path.Substring(j);
                path = path.Substring(0, start) + value;
                i = path.Length;
                path += tail;
            }
            else i = j;
        }
        return path;
    }

    static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    static bool AllSlashes(string s)
    {
        foreach (char c in s) if (c != '/') return false;
        return true;
    }
}
