using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Py2Cs.Build.Tasks
{
    /// <summary>A .py file handed to the source generator as the compiler would hand an AdditionalFiles
    /// item: full path, text decoded as the compiler decodes it (UTF-8 unless a BOM says otherwise).</summary>
    public sealed class PythonAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public PythonAdditionalText(string fullPath)
        {
            Path = fullPath;
            using (var stream = File.OpenRead(fullPath))
                text = SourceText.From(stream);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
