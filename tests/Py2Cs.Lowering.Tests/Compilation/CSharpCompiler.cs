using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Driver;

namespace Py2Cs.Lowering.Tests.Compilation
{
    /// <summary>Compiles generated C# with Roslyn against the runtime assembly. The metadata references
    /// (the shared framework + Py2Cs.Runtime) are loaded once for the whole test run.</summary>
    internal static class CSharpCompiler
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new Lazy<IReadOnlyList<MetadataReference>>(LoadReferences);

        private static Assembly RuntimeAssembly => Assembly.Load("Py2Cs.Runtime");

        public static string RuntimeAssemblyPath => RuntimeAssembly.Location;

        /// <summary>The native module names: runtime types marked [PythonModule("name")].</summary>
        public static IReadOnlyList<string> NativeModules { get; } = ScanNativeModules();

        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var list = new List<MetadataReference>();
            foreach (var dll in Directory.EnumerateFiles(frameworkDir, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                try
                {
                    using (var stream = File.OpenRead(dll))
                    using (var pe = new System.Reflection.PortableExecutable.PEReader(stream))
                        if (!pe.HasMetadata) continue;
                }
                catch (BadImageFormatException) { continue; }
                list.Add(MetadataReference.CreateFromFile(dll));
            }
            list.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath));
            return list;
        }

        private static IReadOnlyList<string> ScanNativeModules()
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            Type[] types;
            try { types = RuntimeAssembly.GetTypes(); }
            catch (ReflectionTypeLoadException e) { types = e.Types.Where(t => t != null).ToArray(); }
            foreach (var type in types)
                foreach (var a in type.GetCustomAttributesData())
                    if (a.AttributeType.Name == "PythonModuleAttribute" && a.ConstructorArguments.Count > 0 && a.ConstructorArguments[0].Value is string name)
                        found.Add(name);
            return found.ToList();
        }

        public static CSharpCompilation Compile(TranspileResult result, string assemblyName)
        {
            var trees = new List<SyntaxTree>();
            var options = new CSharpParseOptions(LanguageVersion.Latest);
            foreach (var m in result.Modules)
                trees.Add(CSharpSyntaxTree.Create(m.Syntax, options, m.ModuleName + ".g.cs", System.Text.Encoding.UTF8));
            if (result.EntryPoint != null)
                trees.Add(CSharpSyntaxTree.Create(result.EntryPoint, options, "Program.g.cs", System.Text.Encoding.UTF8));
            return CSharpCompilation.Create(assemblyName, trees, References.Value,
                new CSharpCompilationOptions(result.EntryPoint != null ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Disable));
        }

        public static IReadOnlyList<Diagnostic> Errors(CSharpCompilation compilation)
            => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
