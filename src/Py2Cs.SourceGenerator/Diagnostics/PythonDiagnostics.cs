using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Py2Cs.SourceGenerator
{
    /// <summary>The generator's diagnostic ids (stable; listed in docs/source-generator.md). The message
    /// is the transpiler's, worded like CPython 2.7 where CPython has a word for it.</summary>
    internal static class PythonDiagnostics
    {
        private const string Category = "Py2Cs";

        public static readonly DiagnosticDescriptor SyntaxError = Error("PY0001", "Python syntax error");
        public static readonly DiagnosticDescriptor NotTranslatable = Error("PY0002", "Python construct not supported by py2cs");
        public static readonly DiagnosticDescriptor UnresolvedImport = Warning("PY0003", "Python import not found");
        public static readonly DiagnosticDescriptor InternalError = Error("PY0004", "Internal error in py2cs");
        public static readonly DiagnosticDescriptor DuplicateModule = Error("PY0005", "Two Python files define the same module");
        public static readonly DiagnosticDescriptor AmbiguousEntryPoint = Error("PY0006", "More than one Python entry point");
        public static readonly DiagnosticDescriptor UnknownEntryPoint = Error("PY0007", "Python entry point not found");
        public static readonly DiagnosticDescriptor PythonWarning = Warning("PY0008", "Python warning");

        /// <summary>Opt-in (Py2CsReportDynamicDispatch=true): a site where the lowering fell back to
        /// dynamic dispatch (docs/lowering.md). Off by default: most Python code is full of them.</summary>
        public static readonly DiagnosticDescriptor DynamicDispatch = Warning("PY0100", "Python dynamic dispatch");

        private static readonly Dictionary<string, DiagnosticDescriptor> All = new Dictionary<string, DiagnosticDescriptor>
        {
            [SyntaxError.Id] = SyntaxError,
            [NotTranslatable.Id] = NotTranslatable,
            [UnresolvedImport.Id] = UnresolvedImport,
            [InternalError.Id] = InternalError,
            [DuplicateModule.Id] = DuplicateModule,
            [AmbiguousEntryPoint.Id] = AmbiguousEntryPoint,
            [UnknownEntryPoint.Id] = UnknownEntryPoint,
            [PythonWarning.Id] = PythonWarning,
            [DynamicDispatch.Id] = DynamicDispatch,
        };

        public static DiagnosticDescriptor ById(string id) => All[id];

        private static DiagnosticDescriptor Error(string id, string title)
            => new DiagnosticDescriptor(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static DiagnosticDescriptor Warning(string id, string title)
            => new DiagnosticDescriptor(id, title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    }
}
