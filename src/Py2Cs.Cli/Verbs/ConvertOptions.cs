using System.Collections.Generic;
using CommandLine;
using CommandLine.Text;

namespace Py2Cs.Cli.Verbs
{
    [Verb("convert", HelpText = "Convert a Python 2.7 program into a C# project that builds with 'dotnet build' and runs with 'dotnet run': "
        + "one .cs file per Python module, a Program.cs entry point and a .csproj referencing the py2cs runtime.")]
    public sealed class ConvertOptions : ICommand
    {
        public int Run() => ConvertCommand.Execute(this);

        [Value(0, MetaName = "PATH", Required = true,
            HelpText = "The main Python file, then optionally folders (or files in folders) to search for the modules it imports, "
                + "as --python-path does. Every imported module that is found is converted with it.")]
        public IEnumerable<string> Paths { get; set; }

        [Option('o', "output", Required = true, MetaValue = "DIR",
            HelpText = "The folder to write the project to. It must be empty or absent, unless --force is given.")]
        public string Output { get; set; }

        [Option("force", HelpText = "Write into DIR even if it is not empty, replacing files of the same name (other files are left alone).")]
        public bool Force { get; set; }

        [Option("python-path", Separator = ':', MetaValue = "DIR",
            HelpText = "An extra directory to search for imported modules (repeatable, or joined with ':').")]
        public IEnumerable<string> PythonPath { get; set; }

        [Usage(ApplicationAlias = "py2cs")]
        public static IEnumerable<Example> Examples => new[]
        {
            new Example("Convert a program and build it", new ConvertOptions { Paths = new[] { "tool.py" }, Output = "tool-cs" }),
            new Example("Convert into an existing folder", new ConvertOptions { Paths = new[] { "tool.py" }, Output = "out", Force = true }),
        };
    }
}
