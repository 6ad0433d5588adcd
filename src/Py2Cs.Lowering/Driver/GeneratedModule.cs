using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>The C# for one Python module: one compilation unit holding one static class.</summary>
    public sealed class GeneratedModule
    {
        public GeneratedModule(string moduleName, string sourcePath, string className, CompilationUnitSyntax syntax)
        {
            ModuleName = moduleName;
            SourcePath = sourcePath;
            ClassName = className;
            Syntax = syntax;
        }

        public string ModuleName { get; }
        public string SourcePath { get; }

        /// <summary>Name of the generated static class (inside the root namespace).</summary>
        public string ClassName { get; }

        public CompilationUnitSyntax Syntax { get; }
    }
}
