using System;
using System.Collections.Generic;
using System.Linq;
using Py2Cs.Lowering.Interop;
using Py2Cs.SourceGenerator.Model;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>The program-wide output: the registry of modules and, when asked for, the entry point.</summary>
    internal sealed record ProgramOutput(string RegistryCode, string EntryPointCode, EquatableArray<DiagnosticInfo> Diagnostics);

    internal static class ProgramAssembler
    {
        public static ProgramOutput Assemble(EquatableArray<ModuleInfo> modules, ModuleTable table, GeneratorOptions options, RuntimeInfo runtime)
        {
            var diagnostics = new List<DiagnosticInfo>(table.Diagnostics);
            if (modules.Count == 0) return new ProgramOutput(null, null, EquatableArray.From(diagnostics));
            if (!runtime.RuntimeReferenced)
                diagnostics.Add(DiagnosticInfo.Unlocated(PythonDiagnostics.InternalError.Id,
                    "the project has Python files but does not reference " + NativeModuleScanner.RuntimeAssemblyName + "; the generated C# needs it"));

            var generated = modules.Where(m => m.Generated).ToList();
            var registered = generated.Select(m => new RegisteredModule(m.ModuleName, m.ClassName, m.DisplayPath, m.IsPackage)).ToList();
            string registry = ProgramRegistryWriter.WriteRegistry(options.RootNamespace, registered);

            string entry = null;
            var choice = (options.EntryPoint ?? "").Trim();
            if (choice.Length > 0 && !choice.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                ModuleInfo main = null;
                if (choice.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    var candidates = modules.Where(m => m.HasMainGuard).ToList();
                    if (candidates.Count == 1)
                        main = candidates[0];
                    else if (candidates.Count == 0)
                        diagnostics.Add(DiagnosticInfo.Unlocated(PythonDiagnostics.UnknownEntryPoint.Id,
                            "Py2CsEntryPoint is true but no Python module has if __name__ == '__main__'; set Py2CsEntryPoint to a module name"));
                    else
                        diagnostics.Add(DiagnosticInfo.Unlocated(PythonDiagnostics.AmbiguousEntryPoint.Id,
                            "Py2CsEntryPoint is true and several modules have if __name__ == '__main__' ("
                            + string.Join(", ", candidates.Select(c => c.ModuleName)) + "); set Py2CsEntryPoint to the module to run"));
                }
                else
                {
                    main = modules.FirstOrDefault(m => m.ModuleName == choice);
                    if (main == null)
                        diagnostics.Add(DiagnosticInfo.Unlocated(PythonDiagnostics.UnknownEntryPoint.Id,
                            "Py2CsEntryPoint names module " + choice + ", which is not among the project's Python files"));
                }
                // A main module with errors has no C#; its own diagnostics explain why there is no Main.
                if (main != null && main.Generated)
                    entry = ProgramRegistryWriter.WriteEntryPoint(options.RootNamespace,
                        new RegisteredModule(main.ModuleName, main.ClassName, main.DisplayPath, main.IsPackage));
            }
            return new ProgramOutput(registry, entry, EquatableArray.From(diagnostics));
        }
    }
}
