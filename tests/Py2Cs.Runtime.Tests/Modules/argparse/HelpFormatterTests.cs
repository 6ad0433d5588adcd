using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Py2Cs.Runtime.Modules.argparse;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.argparse
{
    /// <summary>
    /// The help formatter against help text recorded from CPython 2.7 (data/record_help.py builds
    /// the same parsers in Python) at COLUMNS 40, 80 and 120.
    /// </summary>
    public class HelpFormatterTests
    {
        private static string Recorded(string name, [CallerFilePath] string thisFile = "") =>
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile), "data", name));

        /// <summary>A parser model with argparse's default groups and -h/--help.</summary>
        private sealed class Parser
        {
            public readonly ParserHelpLayout Layout = new ParserHelpLayout();
            public readonly HelpActionGroup Positionals = new HelpActionGroup { Title = "positional arguments" };
            public readonly HelpActionGroup Optionals = new HelpActionGroup { Title = "optional arguments" };

            public Parser(bool addHelp = true)
            {
                Layout.Groups.Add(Positionals);
                Layout.Groups.Add(Optionals);
                if (addHelp) Add(Flag("-h", "--help").WithHelp("show this help message and exit").Default("==SUPPRESS==", suppressed: true));
            }

            public HelpAction Add(HelpAction action, HelpActionGroup group = null, HelpExclusiveGroup exclusive = null)
            {
                Layout.Actions.Add(action);
                (group ?? (action.OptionStrings.Count > 0 ? Optionals : Positionals)).Actions.Add(action);
                exclusive?.Actions.Add(action);
                return action;
            }

            public HelpActionGroup Group(string title, string description = null)
            {
                var g = new HelpActionGroup { Title = title, Description = description };
                Layout.Groups.Add(g);
                return g;
            }

            public HelpExclusiveGroup Exclusive(bool required = false)
            {
                var g = new HelpExclusiveGroup { Required = required };
                Layout.ExclusiveGroups.Add(g);
                return g;
            }
        }

        private static HelpAction Opt(params string[] options) => new HelpAction
        {
            OptionStrings = options.ToList(),
            Dest = OptionNames.OptionalDest(options, "-"),
            HelpParams = { ["default"] = "None" },
        };

        private static HelpAction Flag(params string[] options)
        {
            HelpAction a = Opt(options);
            a.Nargs = 0;
            return a;
        }

        private static HelpAction Pos(string dest) => new HelpAction { Dest = dest, Required = true, HelpParams = { ["default"] = "None" } };

        private static string Format(Parser p, Func<string, int, HelpFormatter> make, int columns, bool usageOnly = false)
        {
            HelpFormatter f = make("prog-unused", columns - 2);
            return usageOnly ? p.Layout.FormatUsage(f) : p.Layout.FormatHelp(f);
        }

        private static void AssertRecorded(string name, Parser p, Func<string, int, HelpFormatter> make)
        {
            foreach (int columns in new[] { 40, 80, 120 })
            {
                string expected = Recorded($"help_{name}_{columns}.txt");
                string actual = make == null ? null : p.Layout.FormatHelp(make(ProgOf(name), columns - 2)) + "=====\n" + p.Layout.FormatUsage(make(ProgOf(name), columns - 2));
                Assert.Equal(expected, actual);
            }
        }

        private static string ProgOf(string name) => name switch { "defaults" => "dflt", _ => name };

        [Fact]
        public void ParserWithGroupsExclusiveOptionsAndLongHelp()
        {
            var p = new Parser();
            p.Layout.Description = "Deploy the selected services to a target environment, rolling back automatically when a health check fails after the new version starts.";
            p.Layout.Epilog = "Exit status is 0 on success, 1 when a rollback happened.";
            p.Add(Pos("target").WithHelp("environment name, such as staging or production"));
            HelpAction services = Pos("services").WithHelp("services to deploy (all when omitted)");
            services.Nargs = "*";
            services.Metavar = "SERVICE";
            services.Required = false;
            p.Add(services);
            p.Add(Flag("-n", "--dry-run").WithHelp("print the plan without changing anything"));
            HelpAction timeout = Opt("--timeout").WithHelp("seconds to wait for each health check before giving up (default: %(default)s)").Default("30");
            timeout.Metavar = "SECONDS";
            p.Add(timeout);
            HelpAction strategy = Opt("--strategy").WithHelp("how instances are replaced").Default("rolling");
            strategy.Choices = new List<string> { "rolling", "blue-green", "canary" };
            p.Add(strategy);
            HelpAction tag = Opt("--tag").WithHelp("image tag to deploy");
            tag.Required = true;
            p.Add(tag);
            HelpAction point = Opt("--point").WithHelp("a coordinate pair");
            point.Nargs = 2;
            point.Metavar = new[] { "X", "Y" };
            p.Add(point);
            HelpAction hidden = Opt("--hidden");
            hidden.HelpSuppressed = true;
            p.Add(hidden);
            HelpAction extra = Opt("--extra").WithHelp("extra flags passed through to the orchestrator unchanged");
            extra.Nargs = "+";
            p.Add(extra);
            p.Add(Opt("--no-help-text"));
            HelpActionGroup network = p.Group("network options", "Settings for reaching the cluster API.");
            p.Add(Opt("--host").WithHelp("API host").Default("localhost"), network);
            p.Add(Opt("--port").WithHelp("API port").Default("8443"), network);
            HelpExclusiveGroup loudness = p.Exclusive();
            p.Add(Flag("-q", "--quiet").WithHelp("only print errors"), exclusive: loudness);
            p.Add(Flag("-v", "--verbose").WithHelp("more output; repeat for even more"), exclusive: loudness);
            AssertRecorded("deploy", p, (prog, width) => new HelpFormatter(prog, width: width));
        }

        [Fact]
        public void SubcommandsAreListedUnderTheirAction()
        {
            var p = new Parser();
            p.Layout.Description = "A tiny version control tool.";
            p.Add(Opt("--repo").WithHelp("repository path").Default("."));
            HelpActionGroup commands = p.Group("commands");
            var sub = new HelpAction { Dest = "command", Nargs = "A...", Required = true, Help = "the command to run" };
            sub.Choices = new List<string> { "commit", "push", "status" };
            sub.Subactions = new List<HelpAction>
            {
                Pos("commit").WithHelp("record changes to the repository"),
                Pos("push").WithHelp("update remote refs along with associated objects"),
            };
            p.Add(sub, commands);
            AssertRecorded("vcs", p, (prog, width) => new HelpFormatter(prog, width: width));
        }

        [Fact]
        public void RawTextKeepsLineBreaks()
        {
            var p = new Parser();
            p.Layout.Description = "Line one\n  indented two\n\nlast paragraph";
            p.Add(Opt("--mode").WithHelp("one of:\n  fast\n  slow"));
            AssertRecorded("raw", p, (prog, width) => new RawTextHelpFormatter(prog, width: width));
        }

        [Fact]
        public void ArgumentDefaultsAppendsTheDefault()
        {
            var p = new Parser();
            p.Add(Opt("--size").WithHelp("size value").Default("10"));
            p.Add(Opt("--name").WithHelp("the name, default %(default)s").Default("anon"));
            HelpAction pos = Pos("pos").WithHelp("positional thing").Default("p");
            pos.Nargs = "?";
            pos.Required = false;
            p.Add(pos);
            p.Add(Pos("req").WithHelp("required positional"));
            AssertRecorded("defaults", p, (prog, width) => new ArgumentDefaultsHelpFormatter(prog, width: width));
        }

        [Fact]
        public void RequiredExclusiveGroupSplitByPositionalsGetsNoBrackets()
        {
            var p = new Parser();
            HelpExclusiveGroup g = p.Exclusive(required: true);
            p.Add(Flag("--alpha"), exclusive: g);
            HelpAction beta = Opt("--beta");
            beta.Metavar = "B";
            p.Add(beta, exclusive: g);
            HelpAction gamma = Pos("gamma");
            gamma.Nargs = "?";
            gamma.Required = false;
            p.Add(gamma, exclusive: g);
            HelpAction files = Pos("files");
            files.Nargs = "+";
            p.Add(files);
            HelpAction rest = Pos("rest");
            rest.Nargs = "...";
            p.Add(rest);
            AssertRecorded("reqgroup", p, (prog, width) => new HelpFormatter(prog, width: width));
        }

        [Fact]
        public void ColumnsComesFromTheEnvironmentMinusTwo()
        {
            string saved = Environment.GetEnvironmentVariable("COLUMNS");
            try
            {
                Environment.SetEnvironmentVariable("COLUMNS", " 57 ");
                Assert.Equal(57, HelpFormatter.ColumnsFromEnvironment());
                Environment.SetEnvironmentVariable("COLUMNS", "wide");
                Assert.Equal(80, HelpFormatter.ColumnsFromEnvironment());
                Environment.SetEnvironmentVariable("COLUMNS", null);
                Assert.Equal(80, HelpFormatter.ColumnsFromEnvironment());
            }
            finally
            {
                Environment.SetEnvironmentVariable("COLUMNS", saved);
            }
        }

        [Fact]
        public void OptionalDestPrefersTheFirstLongOption()
        {
            Assert.Equal("dry_run", OptionNames.OptionalDest(new[] { "-n", "--dry-run", "--dr" }, "-"));
            Assert.Equal("x", OptionNames.OptionalDest(new[] { "-x" }, "-"));
            Assert.Equal("foo", OptionNames.OptionalDest(new[] { "+f", "++foo" }, "-+"));
            Assert.Null(OptionNames.OptionalDest(new[] { "--" }, "-"));
        }
    }

    internal static class HelpActionBuilding
    {
        public static HelpAction WithHelp(this HelpAction a, string help)
        {
            a.Help = help;
            return a;
        }

        public static HelpAction Default(this HelpAction a, string text, bool suppressed = false)
        {
            a.HelpParams["default"] = text;
            a.DefaultSuppressed = suppressed;
            return a;
        }
    }
}
