using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Py2Cs.SourceGenerator.Model;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>
    /// Dotted module names for the project's .py files, from their paths alone: a directory holding an
    /// <c>__init__.py</c> (among the given files) is a package, so <c>scripts/pkg/sub.py</c> is
    /// <c>pkg.sub</c> when <c>scripts/pkg/__init__.py</c> is given and <c>scripts/</c> has none.
    /// The item metadata <c>PythonModule</c> overrides the name.
    /// </summary>
    internal static class ModuleNaming
    {
        public static ModuleTable Build(IEnumerable<PythonFileEntry> entries, string projectDirectory)
        {
            var files = entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
            var initDirectories = new HashSet<string>(
                files.Where(f => IsInit(f.Path)).Select(f => Directory(f.Path)), StringComparer.Ordinal);
            var modules = new List<ModuleEntry>();
            var diagnostics = new List<DiagnosticInfo>();
            var byName = new Dictionary<string, ModuleEntry>();
            foreach (var file in files)
            {
                bool isPackage = IsInit(file.Path);
                string name = string.IsNullOrWhiteSpace(file.ModuleOverride)
                    ? NameFromPath(file.Path, isPackage, initDirectories)
                    : file.ModuleOverride.Trim();
                var entry = new ModuleEntry(file.Path, name, isPackage, DisplayPath(file.Path, projectDirectory));
                if (byName.TryGetValue(name, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Unlocated(PythonDiagnostics.DuplicateModule.Id,
                        "module " + name + " is defined by both " + first.Path + " and " + file.Path + "; " + file.Path + " is ignored (set PythonModule metadata to rename one)"));
                    continue;
                }
                byName[name] = entry;
                modules.Add(entry);
            }
            return new ModuleTable(EquatableArray.From(modules), EquatableArray.From(diagnostics));
        }

        private static string NameFromPath(string path, bool isPackage, HashSet<string> initDirectories)
        {
            var parts = new List<string>();
            string directory = Directory(path);
            if (!isPackage) parts.Add(Stem(path));
            while (directory != null && initDirectories.Contains(directory))
            {
                parts.Insert(0, LastSegment(directory));
                directory = Parent(directory);
            }
            if (parts.Count == 0) parts.Add(Stem(path));   // a lone __init__.py: name it after the file
            return string.Join(".", parts);
        }

        /// <summary>The path relative to the project directory with '/' separators (stable across
        /// machines; used in #line directives, __file__ and tracebacks), else the full path.</summary>
        public static string DisplayPath(string path, string projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            if (string.IsNullOrEmpty(projectDirectory)) return normalized;
            string root = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
            return normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? normalized.Substring(root.Length) : normalized;
        }

        private static bool IsInit(string path) => string.Equals(FileName(path), "__init__.py", StringComparison.OrdinalIgnoreCase);

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return path.Substring(slash + 1);
        }

        private static string Stem(string path)
        {
            string name = FileName(path);
            int dot = name.LastIndexOf('.');
            return dot <= 0 ? name : name.Substring(0, dot);
        }

        private static string Directory(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash <= 0 ? null : path.Substring(0, slash);
        }

        private static string Parent(string directory) => Directory(directory);

        private static string LastSegment(string directory) => FileName(directory);
    }
}
