using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Py2Cs.Runtime.Modules.ConfigParser;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.ConfigParser
{
    /// <summary>
    /// The three parser flavors replay data/record_config.py step by step; the transcript must equal
    /// the one CPython 2.7 printed (data/config_transcript.txt).
    /// </summary>
    [Collection(FileReadingCollection.Name)]
    public class ConfigDocumentTests
    {
        private static string Data(string name, [CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", name);

        /// <summary>fp.readline() over a file: lines with their '\n'.</summary>
        private static IEnumerable<string> Lines(string path)
        {
            string text = File.ReadAllText(path, Encoding.Latin1);
            int start = 0;
            while (start < text.Length)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl + 1;
                yield return text.Substring(start, end - start);
                start = end;
            }
        }

        private static List<string> ReadFiles(ConfigDocument doc, params string[] names)
        {
            var ok = new List<string>();
            foreach (string name in names)
            {
                string path = Data(name);
                if (!File.Exists(path)) continue;
                doc.Read(Lines(path), name);
                ok.Add(name);
            }
            return ok;
        }

        private static string Repr(object value) => value switch
        {
            null => "None",
            string s => StrRepr.Of(s),
            bool b => b ? "True" : "False",
            long n => n.ToString(),
            List<string> list => "[" + string.Join(", ", list.Select(StrRepr.Of)) + "]",
            List<KeyValuePair<string, object>> pairs => "[" + string.Join(", ", pairs.Select(p => "(" + Repr(p.Key) + ", " + Repr(p.Value) + ")")) + "]",
            _ => throw new ArgumentException("no repr for " + value.GetType()),
        };

        private static string PythonName(Exception e) => e switch
        {
            ConfigValueError v => v.PythonType,
            ConfigError c => c.GetType().Name,
            FormatException => "ValueError",
            _ => throw e,
        };

        private sealed class Transcript
        {
            public readonly List<string> Lines = new List<string>();

            public void Show(string label, Func<object> step)
            {
                string result;
                try { result = Repr(step()); }
                catch (Exception e) when (e is ConfigError || e is ConfigValueError || e is FormatException)
                {
                    result = PythonName(e) + ": " + StrRepr.Of(e.Message);
                }
                Lines.Add(label + " -> " + result);
            }

            public void Do(string label, Action step) => Show(label, () => { step(); return null; });
        }

        [Fact]
        public void ThreeFlavorsReplayTheRecordedTranscript()
        {
            var t = new Transcript();
            var files = new[] { "errors.ini", "noheader.ini", "novalue.ini" };
            var probes = new[] { "base", "mode", "data", "logs", "pct", "mixed_case", "multi", "semicolon", "remark", "extra",
                "a", "missing", "bad", "badref", "deep1", "num", "flag", "flag2", "absent" };
            foreach (var (name, flavor) in new[] { ("RawConfigParser", ConfigFlavor.Raw), ("ConfigParser", ConfigFlavor.Basic), ("SafeConfigParser", ConfigFlavor.Safe) })
            {
                t.Lines.Add("== " + name);
                var cp = new ConfigDocument(flavor);
                t.Show("read", () => ReadFiles(cp, "sample.ini", "absent.ini"));
                t.Show("sections", () => cp.SectionNames());
                t.Show("defaults", () => cp.Defaults.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList());
                foreach (string s in cp.SectionNames().Concat(new[] { "DEFAULT", "nosuch" }))
                {
                    t.Show("options " + s, () => cp.Options(s));
                    t.Show("items " + s, () => cp.Items(s));
                    foreach (string o in probes)
                    {
                        t.Show($"get {s} {o}", () => cp.Get(s, o));
                        t.Show($"has_option {s} {o}", () => cp.HasOption(s, o));
                    }
                }
                t.Show("getboolean mixed_case", () => cp.GetBoolean("paths", "MIXED_CASE"));
                t.Show("getboolean flag", () => cp.GetBoolean("loops", "flag"));
                t.Show("getboolean flag2", () => cp.GetBoolean("loops", "flag2"));
                t.Show("getint num", () => cp.GetInt("loops", "num"));
                t.Show("has_section paths", () => cp.HasSection("paths"));
                t.Show("has_section DEFAULT", () => cp.HasSection("DEFAULT"));
                t.Do("add_section default", () => cp.AddSection("Default"));
                t.Do("add_section paths", () => cp.AddSection("paths"));
                t.Do("add_section new", () => cp.AddSection("new"));
                t.Do("set new k", () => cp.Set("new", "K", "v%(base)s"));
                t.Do("set new pct", () => cp.Set("new", "pct", "50%"));
                t.Do("set new pct2", () => cp.Set("new", "pct2", "50%%"));
                t.Do("set DEFAULT base", () => cp.Set("DEFAULT", "base", "/opt"));
                t.Do("set nosuch", () => cp.Set("nosuch", "k", "v"));
                t.Show("get new k", () => cp.Get("new", "k"));
                t.Show("remove_option paths extra", () => cp.RemoveOption("paths", "EXTRA"));
                t.Show("remove_option paths extra again", () => cp.RemoveOption("paths", "extra"));
                t.Show("remove_option nosuch", () => cp.RemoveOption("nosuch", "x"));
                t.Show("remove_section loops", () => cp.RemoveSection("loops"));
                t.Show("remove_section loops again", () => cp.RemoveSection("loops"));
                t.Show("sections", () => cp.SectionNames());
                t.Lines.Add(cp.Write());
                foreach (string file in files)
                {
                    var cp2 = new ConfigDocument(flavor);
                    t.Show("read " + file, () => ReadFiles(cp2, file));
                }
                var cp3 = new ConfigDocument(flavor, allowNoValue: true);
                t.Show("read novalue allow_no_value", () => ReadFiles(cp3, "novalue.ini"));
                t.Show("items s", () => cp3.Items("s"));
                t.Lines.Add(cp3.Write());
            }
            string expected = File.ReadAllText(Data("config_transcript.txt"));
            string actual = string.Join("\n", t.Lines) + "\n";
            Assert.Equal(expected, actual);
        }
    }
}
