using System;
using System.Collections.Generic;
using System.Linq;

namespace Py2Cs.Cli.Verbs
{
    /// <summary>
    /// Prepares the command line for CommandLineParser. <c>py2cs run [OPTIONS] FILE [ARGS...]</c> is
    /// split at FILE: py2cs parses what comes before and including FILE, and everything after belongs
    /// to the Python program untouched (so <c>py2cs run tool.py --help</c> shows the tool's help).
    /// And because CommandLineParser lets a list option swallow the positional values after it,
    /// every <c>--python-path DIR</c> is moved to the end, where there is nothing left to swallow.
    /// </summary>
    public static class VerbArguments
    {
        private const string PythonPath = "--python-path";

        /// <summary>Returns the arguments for py2cs's own parser and the program's arguments.</summary>
        public static (string[] Own, string[] Program) Split(string[] args)
        {
            var (own, program) = args.Length > 0 && args[0] == "run" ? SplitAtFile(args) : (args, new string[0]);
            return (PythonPathLast(own), program);
        }

        private static (string[] Own, string[] Program) SplitAtFile(string[] args)
        {
            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                if (arg == "--")
                {
                    // "--" ends py2cs's options: the next argument is FILE.
                    var fileIndex = Math.Min(i + 1, args.Length);
                    var own = args.Take(i).Concat(args.Skip(fileIndex).Take(1)).ToArray();
                    return (own, args.Skip(fileIndex + 1).ToArray());
                }
                if (arg == PythonPath)
                {
                    i++;
                    continue;
                }
                if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                    continue;
                return (args.Take(i + 1).ToArray(), args.Skip(i + 1).ToArray());
            }
            return (args, new string[0]);
        }

        private static string[] PythonPathLast(string[] own)
        {
            var rest = new List<string>();
            var paths = new List<string>();
            for (var i = 0; i < own.Length; i++)
            {
                if (own[i] == PythonPath && i + 1 < own.Length)
                {
                    paths.Add(own[i]);
                    paths.Add(own[++i]);
                }
                else if (own[i].StartsWith(PythonPath + "=", StringComparison.Ordinal))
                {
                    paths.Add(PythonPath);
                    paths.Add(own[i].Substring(PythonPath.Length + 1));
                }
                else
                {
                    rest.Add(own[i]);
                }
            }
            // A file named like an option after "--" must stay a value: keep the "--" for the parser.
            return rest.Concat(paths).ToArray();
        }
    }
}
