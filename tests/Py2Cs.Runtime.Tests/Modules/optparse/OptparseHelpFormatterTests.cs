using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Py2Cs.Runtime.Modules.optparse;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.optparse
{
    /// <summary>optparse help against text recorded from CPython 2.7 (data/record_help.py) at COLUMNS 40, 80, 120.</summary>
    public class OptparseHelpFormatterTests
    {
        private static string Recorded(string name, [CallerFilePath] string thisFile = "") =>
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile), "data", name));

        private static OptionHelpItem Option(string help, params string[] names) => new OptionHelpItem
        {
            ShortOpts = names.Where(n => !n.StartsWith("--")).ToList(),
            LongOpts = names.Where(n => n.StartsWith("--")).ToList(),
            Help = help,
        };

        private static OptionHelpItem Valued(string help, string dest, string defaultText, params string[] names)
        {
            OptionHelpItem o = Option(help, names);
            o.TakesValue = true;
            o.Dest = dest;
            o.DefaultText = defaultText;
            return o;
        }

        /// <summary>The parser data/record_help.py builds.</summary>
        private static OptionParserHelpLayout SyncParser()
        {
            var layout = new OptionParserHelpLayout
            {
                Usage = "sync [options] SRC DEST",
                Description = "Synchronise two directory trees, copying only what changed since the last run and keeping a journal so an interrupted run can resume.",
                Epilog = "See the manual page for the journal format.",
            };
            layout.Options.Add(Option("show program's version number and exit", "--version"));
            layout.Options.Add(Option("show this help message and exit", "-h", "--help"));
            layout.Options.Add(Option("print each file as it is copied", "-v", "--verbose"));
            layout.Options.Add(Option("show what would be copied", "-n", "--dry-run"));
            layout.Options.Add(Valued("parallel copies [default: %default]", "jobs", "4", "-j", "--jobs"));
            OptionHelpItem exclude = Valued("skip files matching PATTERN", "exclude", null, "--exclude");
            exclude.Metavar = "PATTERN";
            layout.Options.Add(exclude);
            layout.Options.Add(Valued("cap the transfer rate; zero means no limit at all", "bandwidth_limit_in_kilobytes", null, "--bandwidth-limit-in-kilobytes"));
            layout.Options.Add(Valued(OptparseHelpFormatter.SuppressHelp, "secret", null, "--secret"));
            layout.Options.Add(Option(null, "-q"));
            layout.Options.Add(Valued("copy mode (default %default)", "mode", "safe", "--mode"));
            var journal = new OptionHelpGroup { Title = "Journal options", Description = "Control where the journal lives and how long it is kept." };
            journal.Options.Add(Valued("journal file [%default]", "journal", "~/.sync-journal", "--journal"));
            journal.Options.Add(Valued("days to keep entries, default %default", "keep_days", null, "--keep-days"));
            layout.Groups.Add(journal);
            layout.Groups.Add(new OptionHelpGroup { Title = "Empty group" });
            return layout;
        }

        [Theory]
        [InlineData(false, "indented")]
        [InlineData(true, "titled")]
        public void HelpMatchesCPythonAtThreeWidths(bool titled, string name)
        {
            foreach (int columns in new[] { 40, 80, 120 })
            {
                OptionParserHelpLayout layout = SyncParser();
                var formatter = new OptparseHelpFormatter(titled, width: columns - 2);
                string actual = layout.FormatHelp(formatter) + "=====\n" + layout.FormatUsage(formatter);
                Assert.Equal(Recorded($"help_{name}_{columns}.txt"), actual);
            }
        }

        [Fact]
        public void DelimitersAreValidated()
        {
            var f = new OptparseHelpFormatter();
            f.SetShortOptDelimiter("");
            f.SetLongOptDelimiter(" ");
            var o = new OptionHelpItem { ShortOpts = { "-f" }, LongOpts = { "--file" }, TakesValue = true, Dest = "file" };
            Assert.Equal("-fFILE, --file FILE", f.FormatOptionStrings(o));
            Assert.Equal("invalid metavar delimiter for short options: '='", Assert.Throws<System.ArgumentException>(() => f.SetShortOptDelimiter("=")).Message);
            Assert.Equal("invalid metavar delimiter for long options: ':'", Assert.Throws<System.ArgumentException>(() => f.SetLongOptDelimiter(":")).Message);
        }
    }
}
