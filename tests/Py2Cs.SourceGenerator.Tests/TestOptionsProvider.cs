using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>What MSBuild passes the generator through CompilerVisibleProperty (build_property.X)
    /// and CompilerVisibleItemMetadata (build_metadata.AdditionalFiles.X, per file).</summary>
    public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global;
        private readonly Dictionary<string, DictionaryOptions> _perFile = new Dictionary<string, DictionaryOptions>();

        public TestOptionsProvider(IDictionary<string, string> properties = null, IDictionary<string, IDictionary<string, string>> fileMetadata = null)
        {
            var global = new Dictionary<string, string>();
            foreach (var p in properties ?? new Dictionary<string, string>()) global["build_property." + p.Key] = p.Value;
            _global = new DictionaryOptions(global);
            foreach (var file in fileMetadata ?? new Dictionary<string, IDictionary<string, string>>())
            {
                var values = new Dictionary<string, string>();
                foreach (var m in file.Value) values["build_metadata.AdditionalFiles." + m.Key] = m.Value;
                _perFile[file.Key] = new DictionaryOptions(values);
            }
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public DictionaryOptions(Dictionary<string, string> values) { _values = values; }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string value) => _values.TryGetValue(key, out value);
        }
    }
}
