using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using DeclaredEncoding = Py2Cs.Syntax.Text.DeclaredEncoding;

namespace Py2Cs.Build.Tasks
{
    /// <summary>A .py file handed to the source generator as an AdditionalFiles item: full path and
    /// text. A file that declares a codec other than UTF-8 (PEP 263 cookie) is decoded with it, so the
    /// generator, which encodes the text back with the declared codec, gives the front end the file's
    /// exact bytes; anything else is decoded as the compiler decodes it (UTF-8 unless a BOM says otherwise).</summary>
    public sealed class PythonAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public PythonAdditionalText(string fullPath)
        {
            Path = fullPath;
            byte[] bytes = File.ReadAllBytes(fullPath);
            text = Declared(bytes) ?? SourceText.From(new MemoryStream(bytes, writable: false));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;

        private static SourceText Declared(byte[] bytes)
        {
            bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            if (bom) return null;   // UTF-8 by the BOM; a conflicting cookie is the front end's error to report
            string cookie = DeclaredEncoding.CookieOf(Encoding.GetEncoding(28591).GetString(bytes, 0, System.Math.Min(bytes.Length, 4096)), out _);
            if (cookie == null || DeclaredEncoding.IsUtf8(cookie)) return null;
            var encoding = DeclaredEncoding.ForCookie(cookie, out _);
            return encoding == null ? null : SourceText.From(encoding.GetString(bytes), encoding);
        }
    }
}
