using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.getopt
{
    /// <summary>A GetoptError before it becomes a Python exception: CPython's msg and opt.</summary>
    internal sealed class GetoptFailure : Exception
    {
        public string Msg { get; }
        public string Opt { get; }

        public GetoptFailure(string msg, string opt) : base(msg)
        {
            Msg = msg;
            Opt = opt;
        }
    }

    /// <summary>
    /// getopt.getopt and getopt.gnu_getopt (Python 2.7) over C# strings: the scanning rules,
    /// long-option prefix matching and CPython's error messages.
    /// </summary>
    internal static class GetoptScanner
    {
        /// <summary>getopt(): stops at the first non-option. Returns the pairs and the index where the
        /// remaining arguments begin (the result is a trailing slice of the input).</summary>
        public static (List<(string Option, string Value)> Options, int RestStart) Getopt(
            IReadOnlyList<string> args, string shortopts, IReadOnlyList<string> longopts)
        {
            var opts = new List<(string, string)>();
            int i = 0;
            while (i < args.Count && args[i].StartsWith("-", StringComparison.Ordinal) && args[i] != "-")
            {
                string arg = args[i];
                if (arg == "--") return (opts, i + 1);
                i++;
                if (arg.StartsWith("--", StringComparison.Ordinal)) i = DoLongs(opts, arg.Substring(2), longopts, args, i);
                else i = DoShorts(opts, arg.Substring(1), shortopts, args, i);
            }
            return (opts, i);
        }

        /// <summary>gnu_getopt(): options and operands may be mixed, unless shortopts starts with '+'
        /// or POSIXLY_CORRECT is set.</summary>
        public static (List<(string Option, string Value)> Options, List<string> Operands) GnuGetopt(
            IReadOnlyList<string> args, string shortopts, IReadOnlyList<string> longopts)
        {
            var opts = new List<(string, string)>();
            var operands = new List<string>();
            bool allOptionsFirst;
            if (shortopts.StartsWith("+", StringComparison.Ordinal))
            {
                shortopts = shortopts.Substring(1);
                allOptionsFirst = true;
            }
            else
            {
                allOptionsFirst = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("POSIXLY_CORRECT"));
            }
            int i = 0;
            while (i < args.Count)
            {
                string arg = args[i];
                if (arg == "--")
                {
                    for (int k = i + 1; k < args.Count; k++) operands.Add(args[k]);
                    break;
                }
                if (arg.StartsWith("--", StringComparison.Ordinal))
                {
                    i = DoLongs(opts, arg.Substring(2), longopts, args, i + 1);
                }
                else if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                {
                    i = DoShorts(opts, arg.Substring(1), shortopts, args, i + 1);
                }
                else if (allOptionsFirst)
                {
                    for (int k = i; k < args.Count; k++) operands.Add(args[k]);
                    break;
                }
                else
                {
                    operands.Add(arg);
                    i++;
                }
            }
            return (opts, operands);
        }

        private static int DoLongs(List<(string, string)> opts, string opt, IReadOnlyList<string> longopts, IReadOnlyList<string> args, int next)
        {
            string optarg = null;
            int eq = opt.IndexOf('=');
            if (eq >= 0)
            {
                optarg = opt.Substring(eq + 1);
                opt = opt.Substring(0, eq);
            }
            (bool hasArg, string name) = LongHasArgs(opt, longopts);
            if (hasArg)
            {
                if (optarg == null)
                {
                    if (next >= args.Count) throw new GetoptFailure($"option --{name} requires argument", name);
                    optarg = args[next++];
                }
            }
            else if (optarg != null)
            {
                throw new GetoptFailure($"option --{name} must not have an argument", name);
            }
            opts.Add(("--" + name, optarg ?? ""));
            return next;
        }

        private static (bool HasArg, string Name) LongHasArgs(string opt, IReadOnlyList<string> longopts)
        {
            var possibilities = new List<string>();
            foreach (string o in longopts)
                if (o.StartsWith(opt, StringComparison.Ordinal)) possibilities.Add(o);
            if (possibilities.Count == 0) throw new GetoptFailure($"option --{opt} not recognized", opt);
            if (possibilities.Contains(opt)) return (false, opt);
            if (possibilities.Contains(opt + "=")) return (true, opt);
            if (possibilities.Count > 1) throw new GetoptFailure($"option --{opt} not a unique prefix", opt);
            string match = possibilities[0];
            bool hasArg = match.EndsWith("=", StringComparison.Ordinal);
            return (hasArg, hasArg ? match.Substring(0, match.Length - 1) : match);
        }

        private static int DoShorts(List<(string, string)> opts, string optstring, string shortopts, IReadOnlyList<string> args, int next)
        {
            while (optstring.Length > 0)
            {
                string opt = optstring.Substring(0, 1);
                optstring = optstring.Substring(1);
                string optarg;
                if (ShortHasArg(opt[0], shortopts))
                {
                    if (optstring.Length == 0)
                    {
                        if (next >= args.Count) throw new GetoptFailure($"option -{opt} requires argument", opt);
                        optstring = args[next++];
                    }
                    optarg = optstring;
                    optstring = "";
                }
                else
                {
                    optarg = "";
                }
                opts.Add(("-" + opt, optarg));
            }
            return next;
        }

        private static bool ShortHasArg(char opt, string shortopts)
        {
            for (int i = 0; i < shortopts.Length; i++)
                if (opt == shortopts[i] && opt != ':')
                    return i + 1 < shortopts.Length && shortopts[i + 1] == ':';
            throw new GetoptFailure($"option -{opt} not recognized", opt.ToString());
        }
    }
}
