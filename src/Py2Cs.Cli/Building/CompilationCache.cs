using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Py2Cs.Cli.Building
{
    /// <summary>
    /// Compiled programs kept between runs under <c>$XDG_CACHE_HOME/py2cs</c> (else <c>~/.cache/py2cs</c>).
    /// An entry is found by the main file, the search path and the py2cs build; it is valid only while
    /// every input file it was built from still has the content hash recorded in its manifest, so a
    /// second run of an unchanged program skips transpiling and compiling.
    /// </summary>
    public sealed class CompilationCache
    {
        private const string ManifestName = "inputs.txt";
        private const string AssemblyFileName = "program.dll";

        public CompilationCache(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public static CompilationCache ForCurrentUser()
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return new CompilationCache(Path.Combine(root, "py2cs"));
        }

        /// <summary>
        /// Identifies this py2cs build: its version plus the module version ids of the assemblies that
        /// decide what a program compiles to, so a rebuilt py2cs never reuses a stale entry.
        /// </summary>
        public static string ToolFingerprint
        {
            get
            {
                var builder = new StringBuilder();
                builder.Append(typeof(CompilationCache).Assembly.GetName().Version);
                foreach (var name in new[] { "py2cs", "Py2Cs.Syntax", "Py2Cs.Lowering", "Py2Cs.Runtime" })
                    builder.Append('|').Append(Assembly.Load(name).ManifestModule.ModuleVersionId);
                return builder.ToString();
            }
        }

        /// <summary>The folder of the entry for running <paramref name="mainFile"/> (as spelled on the command line) with this search path.</summary>
        public string EntryDirectory(string mainFile, IEnumerable<string> searchPath)
        {
            var key = new StringBuilder()
                .Append(ToolFingerprint).Append('\n')
                .Append(Path.GetFullPath(mainFile)).Append('\n')
                // The spelling too: it is compiled in as sys.argv[0] and __file__.
                .Append(mainFile).Append('\n')
                .Append(string.Join("\n", searchPath.Select(Path.GetFullPath)));
            return Path.Combine(Directory, Hash(Encoding.UTF8.GetBytes(key.ToString())).Substring(0, 32));
        }

        /// <summary>The cached assembly's path if the entry exists and all its inputs are unchanged; else null.</summary>
        public string TryGet(string entryDirectory)
        {
            var manifest = Path.Combine(entryDirectory, ManifestName);
            var assembly = Path.Combine(entryDirectory, AssemblyFileName);
            if (!File.Exists(manifest) || !File.Exists(assembly))
                return null;
            foreach (var line in File.ReadAllLines(manifest))
            {
                var tab = line.IndexOf('\t');
                if (tab < 0)
                    return null;
                var path = line.Substring(tab + 1);
                if (!File.Exists(path) || HashFile(path) != line.Substring(0, tab))
                    return null;
            }
            return assembly;
        }

        /// <summary>Stores a compiled program with the files it was built from; returns the assembly's path.</summary>
        public string Store(string entryDirectory, byte[] image, IEnumerable<string> inputFiles)
        {
            System.IO.Directory.CreateDirectory(entryDirectory);
            var assembly = Path.Combine(entryDirectory, AssemblyFileName);
            // Written to a temp name and moved, so a concurrent run never loads half an assembly.
            var temp = assembly + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, image);
            File.Move(temp, assembly, overwrite: true);
            var lines = inputFiles.Select(Path.GetFullPath).Distinct().Select(p => HashFile(p) + "\t" + p);
            var manifestTemp = Path.Combine(entryDirectory, ManifestName + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.WriteAllLines(manifestTemp, lines);
            File.Move(manifestTemp, Path.Combine(entryDirectory, ManifestName), overwrite: true);
            return assembly;
        }

        private static string HashFile(string path) => Hash(File.ReadAllBytes(path));

        private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }
}
