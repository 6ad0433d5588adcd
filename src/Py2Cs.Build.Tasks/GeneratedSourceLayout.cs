using System.IO;

namespace Py2Cs.Build.Tasks
{
    /// <summary>Where the task writes its C#: one file per module named after the dotted module name,
    /// the module registration, and <c>Program.cs</c> when a module is the entry point.</summary>
    public static class GeneratedSourceLayout
    {
        public const string RegistrationFile = "PythonModules.cs";
        public const string EntryPointFile = "Program.cs";

        public static string ModuleFile(string outputDirectory, string moduleName)
            => Path.Combine(outputDirectory, moduleName + ".cs");
    }
}
