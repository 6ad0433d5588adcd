using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.@string
{
    /// <summary>
    /// The regular expression behind string.Template, built like _TemplateMetaclass does from the
    /// class's <c>delimiter</c> and <c>idpattern</c> (or taken from its own <c>pattern</c>), in .NET
    /// syntax, compiled once per distinct pattern.
    /// </summary>
    internal static class TemplatePattern
    {
        static readonly ConcurrentDictionary<string, Regex> Cache = new ConcurrentDictionary<string, Regex>();

        public static Regex ForDelimiter(string delimiter, string idpattern)
        {
            string id = PythonToDotNet(idpattern);
            string d = Regex.Escape(delimiter);
            string pattern = $"{d}(?:(?<escaped>{d})|(?<named>{id})|\\{{(?<braced>{id})\\}}|(?<invalid>))";
            return Cache.GetOrAdd("\0" + pattern, p => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        }

        /// <summary>A class-supplied pattern, verbose and case-insensitive as the metaclass compiles it.</summary>
        public static Regex FromPattern(string pythonPattern) =>
            Cache.GetOrAdd(pythonPattern, p => new Regex(PythonToDotNet(p),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace));

        /// <summary>The few syntax differences that matter here: (?P&lt;name&gt;...) and (?P=name).</summary>
        static string PythonToDotNet(string pattern) =>
            pattern.Replace("(?P<", "(?<").Replace("\\Z", "\\z");
    }
}
