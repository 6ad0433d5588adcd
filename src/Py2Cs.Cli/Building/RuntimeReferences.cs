using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Py2Cs.Cli.Building
{
    /// <summary>
    /// The metadata references every generated program compiles against: the .NET shared framework
    /// this process runs on, plus the py2cs runtime assembly. Built once per process, because loading
    /// ~170 framework references is the expensive part of setting up a Roslyn compilation.
    /// </summary>
    public static class RuntimeReferences
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> all =
            new Lazy<IReadOnlyList<MetadataReference>>(Load);

        /// <summary>Path of Py2Cs.Runtime.dll as loaded by this process (it sits beside py2cs.dll).</summary>
        public static string RuntimeAssemblyPath => Path.Combine(AppContext.BaseDirectory, "Py2Cs.Runtime.dll");

        public static IReadOnlyList<MetadataReference> All => all.Value;

        private static IReadOnlyList<MetadataReference> Load()
        {
            // The shared framework directory holds exactly the assemblies a net10.0 app can reference
            // at run time; typeof(object) lives there.
            var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var references = new List<MetadataReference>();
            foreach (var dll in Directory.EnumerateFiles(frameworkDir, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                if (IsManagedAssembly(dll))
                    references.Add(MetadataReference.CreateFromFile(dll));
            }
            references.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath));
            return references;
        }

        // The framework folder also carries native libraries (libclrjit.so is not a .dll, but
        // Microsoft.DiaSymReader.Native.*.dll and similar can be); Roslyn rejects those.
        private static bool IsManagedAssembly(string path)
        {
            try
            {
                using (var stream = File.OpenRead(path))
                using (var pe = new System.Reflection.PortableExecutable.PEReader(stream))
                    return pe.HasMetadata;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
