using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Py2Cs.SourceGenerator.Model;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>
    /// Finds the native modules (types marked <c>[PythonModule("name")]</c>) in the compilation's
    /// references: Py2Cs.Runtime and any library built on it. An import of one of them is never looked
    /// for among the .py files. Referenced assemblies' symbols are reused between compilations, so the
    /// result is cached per assembly symbol and a C# edit costs a lookup, not a scan.
    /// </summary>
    internal static class NativeModuleScanner
    {
        public const string RuntimeAssemblyName = "Py2Cs.Runtime";

        private sealed class Names
        {
            public List<string> Value;
        }

        private static readonly ConditionalWeakTable<IAssemblySymbol, Names> Cache = new ConditionalWeakTable<IAssemblySymbol, Names>();

        public static RuntimeInfo Scan(Compilation compilation)
        {
            bool referenced = false;
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var reference in compilation.References)
            {
                if (!(compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)) continue;
                bool isRuntime = assembly.Name == RuntimeAssemblyName;
                referenced |= isRuntime;
                if (!isRuntime && !assembly.Modules.Any(m => m.ReferencedAssemblies.Any(a => a.Name == RuntimeAssemblyName))) continue;
                foreach (var name in Cache.GetValue(assembly, a => new Names { Value = ScanAssembly(a) }).Value) names.Add(name);
            }
            return new RuntimeInfo(referenced, EquatableArray.From(names));
        }

        private static List<string> ScanAssembly(IAssemblySymbol assembly)
        {
            var found = new List<string>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                foreach (var member in current.GetMembers())
                {
                    if (member is INamespaceSymbol ns) { pending.Push(ns); continue; }
                    if (!(member is INamedTypeSymbol type)) continue;
                    pending.Push(type);
                    foreach (var attribute in type.GetAttributes())
                    {
                        if (attribute.AttributeClass?.Name != "PythonModuleAttribute" || attribute.ConstructorArguments.Length == 0) continue;
                        if (attribute.ConstructorArguments[0].Value is string name) found.Add(name);
                    }
                }
            }
            return found;
        }
    }
}
