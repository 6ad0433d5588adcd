using System;
using System.Collections.Generic;
using System.Linq;
using CommandLine;
using CommandLine.Text;
using Py2Cs.Cli.Verbs;

namespace Py2Cs.Cli
{
    /// <summary>The <c>py2cs</c> command line: one verb class per front door (check, run, convert).</summary>
    public static class Program
    {
        /// <summary>Every verb; adding one is one line here plus its own class implementing <see cref="ICommand"/>.</summary>
        private static readonly Type[] Verbs =
        {
            typeof(CheckCommand),
            typeof(RunOptions),
            typeof(ConvertOptions),
        };

        public static int Main(string[] args)
        {
            // Source files may declare code-page encodings (koi8-r, cp1252...).
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            // `run` keeps the program's own arguments away from py2cs's parser.
            var (own, programArguments) = VerbArguments.Split(args);
            using (var parser = new Parser(settings =>
            {
                settings.HelpWriter = null;
                settings.CaseSensitive = true;
                settings.AllowMultiInstance = true;
            }))
            {
                var parsed = parser.ParseArguments(own, Verbs);
                return parsed.MapResult(
                    (object command) =>
                    {
                        if (command is RunOptions run)
                            run.ProgramArguments = programArguments;
                        return ((ICommand)command).Run();
                    },
                    errors => ShowHelp(parsed, errors));
            }
        }

        // Requested help goes to stdout with status 0; a usage error goes to stderr with status 2.
        private static int ShowHelp(ParserResult<object> parsed, IEnumerable<Error> errors)
        {
            if (errors.IsVersion())
            {
                Console.Out.WriteLine(HeadingInfo.Default);
                return 0;
            }
            var requested = errors.IsHelp();
            // The verb list when no (known) verb was named; the verb's own options otherwise.
            var verbsIndex = errors.Any(e => e is NoVerbSelectedError || e is BadVerbSelectedError
                || (e is HelpVerbRequestedError verb && !verb.Matched));
            var verbHelp = verbsIndex ? null : VerbDescription(parsed.TypeInfo.Current);
            var help = HelpText.AutoBuild(parsed, h =>
            {
                if (verbHelp != null)
                    h.AddPreOptionsLine(verbHelp);
                h.AddDashesToOption = true;
                h.AdditionalNewLineAfterOption = false;
                h.MaximumDisplayWidth = 100;
                return HelpText.DefaultParsingErrorsHandler(parsed, h);
            }, e => e, verbsIndex);
            (requested ? Console.Out : Console.Error).WriteLine(help);
            return requested ? 0 : 2;
        }

        private static string VerbDescription(Type options)
        {
            var verb = (VerbAttribute)Attribute.GetCustomAttribute(options, typeof(VerbAttribute));
            return verb == null ? null : "\n" + verb.HelpText + "\n";
        }
    }
}
