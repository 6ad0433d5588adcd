using System;
using System.Collections.Generic;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// What the compiler would give the source generator through CompilerVisibleProperty and
    /// CompilerVisibleItemMetadata: <c>build_property.NAME</c> globally and
    /// <c>build_metadata.AdditionalFiles.PythonModule</c> per .py file.
    /// </summary>
    public sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> perFile = new Dictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);
        private static readonly AnalyzerConfigOptions Empty = new Values(new Dictionary<string, string>());

        public BuildPropertyOptions(IDictionary<string, string> properties)
        {
            var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in properties)
                global["build_property." + property.Key] = property.Value ?? "";
            GlobalOptions = new Values(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public void SetModuleName(string fullPath, string moduleName)
        {
            perFile[fullPath] = new Values(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["build_metadata.AdditionalFiles.PythonModule"] = moduleName ?? "",
            });
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => perFile.TryGetValue(textFile.Path, out var options) ? options : Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Values(Dictionary<string, string> values)
            {
                this.values = values;
            }

#if NET
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string value) => values.TryGetValue(key, out value);
#else
            // netstandard2.0 has no public NotNullWhenAttribute (nullable annotations are off here anyway).
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value);
#endif
        }
    }
}
