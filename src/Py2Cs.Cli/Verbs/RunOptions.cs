using System.Collections.Generic;
using CommandLine;
using CommandLine.Text;

namespace Py2Cs.Cli.Verbs
{
    [Verb("run", HelpText = "Transpile a Python 2.7 program to C#, compile it in memory and run it. "
        + "Arguments after FILE are passed to the program as sys.argv[1:]; the exit status is the program's. "
        + "The compiled program is cached, so running it again unchanged skips transpiling and compiling.")]
    public sealed class RunOptions : ICommand
    {
        public int Run() => RunCommand.Execute(this);

        [Value(0, MetaName = "FILE", Required = true,
            HelpText = "The main Python file; it runs as __main__ and sys.argv[0] is FILE as given.")]
        public string File { get; set; }

        [Option("python-path", Separator = ':', MetaValue = "DIR",
            HelpText = "An extra directory to search for imported modules after FILE's own directory "
                + "(repeatable, or several joined with ':'), like PYTHONPATH.")]
        public IEnumerable<string> PythonPath { get; set; }

        [Option("no-cache",
            HelpText = "Neither use nor update the compilation cache ($XDG_CACHE_HOME/py2cs or ~/.cache/py2cs); always transpile and compile.")]
        public bool NoCache { get; set; }

        [Option("keep",
            HelpText = "Write the generated C# to a folder and print its path on stderr before running (for reading or debugging it).")]
        public bool Keep { get; set; }

        /// <summary>The program's own arguments: everything after FILE on the command line.</summary>
        public IReadOnlyList<string> ProgramArguments { get; set; } = new string[0];

        [Usage(ApplicationAlias = "py2cs")]
        public static IEnumerable<Example> Examples => new[]
        {
            new Example("Run a program", new RunOptions { File = "hello.py" }),
            new Example("Run with modules from another folder", new RunOptions { File = "tool.py", PythonPath = new[] { "lib" } }),
            new Example("Show where the generated C# went", new RunOptions { File = "tool.py", Keep = true }),
        };
    }
}
