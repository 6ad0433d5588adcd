using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using CommandLine;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli
{
    /// <summary><c>py2cs check PATH...</c>: parses Python 2 files and prints their syntax errors, CPython-style.</summary>
    [Verb("check", HelpText = "Parse Python 2.7 files (directories recursively, *.py) and report syntax errors.")]
    public sealed class CheckCommand : ICommand
    {
        [Value(0, MetaName = "PATH", Min = 1, Required = true, HelpText = "Files or directories to check.")]
        public IEnumerable<string> Paths { get; set; }

        [Option('w', "warnings", HelpText = "Also print warnings (e.g. inconsistent tabs and spaces).")]
        public bool Warnings { get; set; }

        public int Run()
        {
            var files = new List<string>();
            foreach (string path in Paths)
            {
                if (File.Exists(path))
                    files.Add(path);
                else if (Directory.Exists(path))
                {
                    var found = new List<string>(Directory.EnumerateFiles(path, "*.py", SearchOption.AllDirectories));
                    found.Sort(StringComparer.Ordinal);
                    files.AddRange(found);
                }
                else
                {
                    Console.Error.WriteLine("py2cs check: no such file or directory: " + path);
                    return 2;
                }
            }

            // Files parse independently; reports are printed in file order.
            var reports = new string[files.Count];
            var errorCounts = new int[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                SourceText text = SourceText.FromBytes(File.ReadAllBytes(files[i]), files[i]);
                ParseResult result = Py2Cs.Syntax.Parser.Parse(text);
                var report = new StringBuilder();
                foreach (Diagnostic diagnostic in result.Diagnostics)
                {
                    if (diagnostic.IsError)
                        errorCounts[i]++;
                    else if (!Warnings)
                        continue;
                    report.Append(DiagnosticFormatter.Format(diagnostic, text)).Append('\n');
                }
                reports[i] = report.ToString();
            });

            var stdout = new StringBuilder();
            int errors = 0;
            for (int i = 0; i < files.Count; i++)
            {
                stdout.Append(reports[i]);
                errors += errorCounts[i];
            }
            stdout.Append(files.Count).Append(files.Count == 1 ? " file, " : " files, ")
                .Append(errors).Append(errors == 1 ? " error" : " errors").Append('\n');
            Console.Out.Write(stdout.ToString());
            return errors > 0 ? 1 : 0;
        }
    }
}
