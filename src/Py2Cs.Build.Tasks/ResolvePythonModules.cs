using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// Names each <c>PythonSource</c> item's module and the C# file it becomes. It runs on every build,
    /// cheaply (no parsing, no Roslyn), so the generated files can join <c>Compile</c> even when
    /// <see cref="TranspilePython"/> is skipped as up to date.
    /// </summary>
    public sealed class ResolvePythonModules : Task
    {
        [Required]
        public ITaskItem[] Sources { get; set; }

        [Required]
        public string OutputDirectory { get; set; }

        /// <summary>Module whose <c>if __name__ == '__main__'</c> code becomes the program's entry point; empty for none.</summary>
        public string EntryModule { get; set; }

        /// <summary>The sources with <c>ModuleName</c>, <c>IsPackageInit</c> and <c>GeneratedFile</c> metadata.</summary>
        [Output]
        public ITaskItem[] Modules { get; set; }

        /// <summary>Every C# file the transpilation writes: one per module, the registration, the entry point.</summary>
        [Output]
        public ITaskItem[] GeneratedFiles { get; set; }

        public override bool Execute()
        {
            var modules = new List<ITaskItem>();
            var generated = new List<ITaskItem>();
            var byName = new Dictionary<string, ITaskItem>(StringComparer.Ordinal);
            foreach (var source in Sources ?? Array.Empty<ITaskItem>())
            {
                var name = PythonModuleName.Of(source);
                if (byName.TryGetValue(name.Name, out var first))
                {
                    Log.LogError(null, "PY0007", null, source.ItemSpec, 0, 0, 0, 0,
                        "module '{0}' is defined twice, by '{1}' and '{2}'; set ModuleName metadata on one of them", name.Name, first.ItemSpec, source.ItemSpec);
                    continue;
                }
                byName[name.Name] = source;
                var file = GeneratedSourceLayout.ModuleFile(OutputDirectory, name.Name);
                var module = new TaskItem(source);
                module.SetMetadata("ModuleName", name.Name);
                module.SetMetadata("IsPackageInit", name.IsPackageInit ? "true" : "false");
                module.SetMetadata("GeneratedFile", file);
                modules.Add(module);
                generated.Add(new TaskItem(file));
            }
            if (!string.IsNullOrEmpty(EntryModule) && !byName.ContainsKey(EntryModule))
                Log.LogError(null, "PY0008", null, null, 0, 0, 0, 0,
                    "Py2CsEntryModule is '{0}', but no PythonSource item is that module", EntryModule);
            if (modules.Count > 0)
                generated.Add(new TaskItem(Path.Combine(OutputDirectory, GeneratedSourceLayout.RegistrationFile)));
            if (!string.IsNullOrEmpty(EntryModule))
                generated.Add(new TaskItem(Path.Combine(OutputDirectory, GeneratedSourceLayout.EntryPointFile)));
            Modules = modules.ToArray();
            GeneratedFiles = generated.ToArray();
            return !Log.HasLoggedErrors;
        }
    }
}
