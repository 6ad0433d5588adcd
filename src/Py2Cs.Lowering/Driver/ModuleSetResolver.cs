using System.Collections.Generic;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>
    /// Module resolution over a known set of modules instead of the file system: the source generator
    /// is given every .py of the project up front, so an import is found when its dotted name (or, by
    /// Python 2's implicit relative import, the importing package's name plus it) is one of the
    /// project's modules or a native one. The rules are <see cref="ModuleResolver"/>'s.
    /// </summary>
    public sealed class ModuleSetResolver
    {
        private readonly ISet<string> _modules;
        private readonly ISet<string> _native;

        public ModuleSetResolver(ISet<string> modules, ISet<string> nativeModules)
        {
            _modules = modules ?? new HashSet<string>();
            _native = nativeModules ?? new HashSet<string>();
        }

        /// <summary>A warning per import that names no known module (at run time it raises ImportError,
        /// which a guarded <c>try: import x except ImportError</c> may expect).</summary>
        public IReadOnlyList<Diagnostic> UnresolvedImports(PythonSourceFile file, Module syntax, SourceText text)
        {
            var diagnostics = new List<Diagnostic>();
            string package = file.IsPackageInit ? file.ModuleName : Parent(file.ModuleName);
            bool absoluteOnly = (syntax.FutureFlags & FutureFlags.AbsoluteImport) != 0;
            foreach (var request in ImportCollector.Collect(syntax))
            {
                string missing;
                if (request.Level > 0)
                {
                    string basePackage = package;
                    for (int i = 1; i < request.Level && basePackage != null; i++) basePackage = Parent(basePackage);
                    if (basePackage == null) continue;  // a run-time ValueError, as in CPython
                    string target = string.IsNullOrEmpty(request.Module) ? basePackage : basePackage + "." + request.Module;
                    missing = Missing(target);
                }
                else
                {
                    missing = Missing(request.Module);
                    if (missing != null && !absoluteOnly && package != null && Missing(package + "." + request.Module) == null)
                        missing = null;
                }
                if (missing == null) continue;
                var position = text.GetLinePosition(request.Span.Start);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning,
                    "No module named " + missing + " among the project's Python files and the runtime's native modules; importing it raises ImportError at run time",
                    file.Path, request.Span, position.Line, position.Column, "ImportError"));
            }
            return diagnostics;
        }

        /// <summary>The first part of a dotted name that is not a module, or null when all are.</summary>
        private string Missing(string dotted)
        {
            if (_native.Contains(dotted) || dotted == "sys" || dotted == "__builtin__") return null;
            var parts = dotted.Split('.');
            for (int i = 1; i <= parts.Length; i++)
            {
                string prefix = string.Join(".", parts, 0, i);
                // os.path is not a [PythonModule] of its own: importing os installs posixpath under that name.
                if (_native.Contains(prefix) || prefix == "os.path" && _native.Contains("os")) continue;
                if (!_modules.Contains(prefix)) return parts[i - 1];
            }
            return null;
        }

        private static string Parent(string dotted)
        {
            int dot = dotted.LastIndexOf('.');
            return dot < 0 ? null : dotted.Substring(0, dot);
        }
    }
}
