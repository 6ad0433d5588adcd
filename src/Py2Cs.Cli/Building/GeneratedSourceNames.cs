using Py2Cs.Lowering.Driver;

namespace Py2Cs.Cli.Building
{
    /// <summary>File names of the generated C#: one per module, named after the dotted module name.</summary>
    public static class GeneratedSourceNames
    {
        public const string EntryPointFile = "Program.cs";

        public static string FileFor(GeneratedModule module) => module.ModuleName + ".cs";
    }
}
