using System;
using System.Linq;
using CommandLine;

namespace Py2Cs.Cli
{
    /// <summary>The <c>py2cs</c> command line: one verb class per front door (check, run, convert).</summary>
    public static class Program
    {
        /// <summary>Every verb; adding one is one line here plus its own class implementing <see cref="ICommand"/>.</summary>
        private static readonly Type[] Verbs =
        {
            typeof(CheckCommand),
        };

        public static int Main(string[] args)
        {
            // Source files may declare code-page encodings (koi8-r, cp1252...).
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            using (var parser = new Parser(settings =>
            {
                settings.HelpWriter = Console.Error;
                settings.CaseSensitive = true;
            }))
            {
                return parser.ParseArguments(args, Verbs).MapResult(
                    (object command) => ((ICommand)command).Run(),
                    errors => errors.All(e => e is HelpRequestedError || e is HelpVerbRequestedError || e is VersionRequestedError) ? 0 : 2);
            }
        }
    }
}
