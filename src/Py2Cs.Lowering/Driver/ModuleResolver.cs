using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>
    /// Finds the .py modules a program imports, as CPython 2.7's import would: native (runtime) modules
    /// first, then the importing package (Python 2's implicit relative import), then each directory of
    /// the search path, where <c>name/__init__.py</c> is a package and <c>name.py</c> a module.
    /// </summary>
    public sealed class ModuleResolver
    {
        private readonly IReadOnlyList<string> _searchPath;
        private readonly HashSet<string> _native;

        public ModuleResolver(IReadOnlyList<string> searchPath, IReadOnlyCollection<string> nativeModules)
        {
            _searchPath = searchPath ?? Array.Empty<string>();
            _native = new HashSet<string>(nativeModules ?? Array.Empty<string>());
        }

        private sealed class Found
        {
            public string Name;
            public string Path;
            public bool IsPackage;
        }

        public ModuleResolution Resolve(string mainFile)
        {
            var files = new List<PythonSourceFile>();
            var diagnostics = new List<Diagnostic>();
            var known = new Dictionary<string, Found>();
            var queue = new Queue<Found>();

            string mainName = System.IO.Path.GetFileNameWithoutExtension(mainFile);
            var main = new Found { Name = mainName, Path = mainFile, IsPackage = false };
            known[mainName] = main;
            queue.Enqueue(main);

            while (queue.Count > 0)
            {
                var module = queue.Dequeue();
                byte[] content;
                try { content = File.ReadAllBytes(module.Path); }
                catch (Exception e)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "can't open file '" + module.Path + "': " + e.Message, module.Path, default(TextSpan), 0, 0, "IOError"));
                    continue;
                }
                files.Add(new PythonSourceFile(module.Path, module.Name, content, module.IsPackage));

                var text = SourceText.FromBytes(content, module.Path);
                ParseResult parsed;
                try { parsed = Parser.Parse(text); }
                catch (NotImplementedException) { continue; }
                if (parsed.Module == null) continue;

                string package = module.IsPackage ? module.Name : Parent(module.Name);
                bool absoluteOnly = (parsed.Module.FutureFlags & FutureFlags.AbsoluteImport) != 0;
                foreach (var request in ImportCollector.Collect(parsed.Module))
                {
                    var targets = new List<string>();
                    if (request.Level > 0)
                    {
                        string basePackage = package;
                        for (int i = 1; i < request.Level && basePackage != null; i++) basePackage = Parent(basePackage);
                        if (basePackage == null) continue;  // "relative import beyond top-level package" is a run-time error
                        string target = string.IsNullOrEmpty(request.Module) ? basePackage : basePackage + "." + request.Module;
                        Require(target, null, true, request, module, text, known, queue, diagnostics, targets);
                    }
                    else
                        Require(request.Module, package, absoluteOnly, request, module, text, known, queue, diagnostics, targets);

                    // "from pkg import sub" may name submodules.
                    if (request.FromNames != null)
                        foreach (var target in targets)
                            if (known.TryGetValue(target, out var f) && f != null && f.IsPackage)
                                foreach (var name in request.FromNames)
                                    if (name != "*")
                                        TryFind(target + "." + name, known, queue);
                }
            }

            return new ModuleResolution(files, mainName, diagnostics);
        }

        private void Require(string dotted, string package, bool absoluteOnly, ImportCollector.Request request, Found importer,
            SourceText text, Dictionary<string, Found> known, Queue<Found> queue, List<Diagnostic> diagnostics, List<string> resolved)
        {
            // Python 2 tries "package.dotted" first (implicit relative import), then "dotted".
            if (!absoluteOnly && package != null)
            {
                string relative = package + "." + dotted;
                if (TryFindChain(relative, known, queue))
                {
                    resolved.Add(relative);
                    return;
                }
            }
            if (TryFindChain(dotted, known, queue))
            {
                resolved.Add(dotted);
                return;
            }
            var position = text.GetLinePosition(request.Span.Start);
            var looked = string.Join(", ", _searchPath);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning,
                "No module named " + LastMissing(dotted, known) + " (looked in the native modules and " + looked + "); importing it raises ImportError at run time",
                importer.Path, request.Span, position.Line, position.Column, "ImportError"));
        }

        private string LastMissing(string dotted, Dictionary<string, Found> known)
        {
            var parts = dotted.Split('.');
            for (int i = 1; i <= parts.Length; i++)
            {
                string prefix = string.Join(".", parts, 0, i);
                if (!known.TryGetValue(prefix, out var f) || f == null) return parts[i - 1];
            }
            return parts[parts.Length - 1];
        }

        /// <summary>Finds every package along a dotted name (importing a.b.c imports a and a.b too).</summary>
        private bool TryFindChain(string dotted, Dictionary<string, Found> known, Queue<Found> queue)
        {
            if (IsNative(dotted)) return true;
            var parts = dotted.Split('.');
            for (int i = 1; i <= parts.Length; i++)
            {
                string prefix = string.Join(".", parts, 0, i);
                if (IsNative(prefix)) continue;
                if (!TryFind(prefix, known, queue)) return false;
            }
            return true;
        }

        private bool IsNative(string name) => _native.Contains(name);

        private bool TryFind(string dotted, Dictionary<string, Found> known, Queue<Found> queue)
        {
            if (known.TryGetValue(dotted, out var existing)) return existing != null;
            if (IsNative(dotted)) return true;
            Found found = null;
            string parent = Parent(dotted);
            string last = dotted.Substring(dotted.LastIndexOf('.') + 1);
            IEnumerable<string> directories;
            if (parent == null)
                directories = _searchPath;
            else if (known.TryGetValue(parent, out var p) && p != null && p.IsPackage)
                directories = new[] { System.IO.Path.GetDirectoryName(p.Path) };
            else
                directories = Array.Empty<string>();

            foreach (var dir in directories)
            {
                string packageInit = System.IO.Path.Combine(dir, last, "__init__.py");
                if (File.Exists(packageInit)) { found = new Found { Name = dotted, Path = packageInit, IsPackage = true }; break; }
                string file = System.IO.Path.Combine(dir, last + ".py");
                if (File.Exists(file)) { found = new Found { Name = dotted, Path = file, IsPackage = false }; break; }
            }
            known[dotted] = found;
            if (found != null) queue.Enqueue(found);
            return found != null;
        }

        private static string Parent(string dotted)
        {
            int dot = dotted.LastIndexOf('.');
            return dot < 0 ? null : dotted.Substring(0, dot);
        }
    }
}
