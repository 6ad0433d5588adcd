using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>
    /// PEP 263 coding cookies other than UTF-8. The compiler hands the generator decoded text; the
    /// generator encodes it back with the declared codec so the front end reads CPython's bytes.
    /// Projects/encodings holds a cp1252 and a latin-1 module with non-ASCII literals (bytes on disk in
    /// those codecs) and a main module printing them; expected.stdout is CPython 2.7.18's (record.sh).
    /// </summary>
    public class EncodingTests
    {
        static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        private static string Scripts => Path.Combine(AppContext.BaseDirectory, "Projects", "encodings", "scripts");

        /// <summary>The file as the compiler hands it over: decoded with <paramref name="encoding"/>
        /// (the project's CodePage), or as UTF-8 when no CodePage is set.</summary>
        private static AdditionalText Decoded(string name, Encoding encoding)
            => new InMemoryAdditionalText(GeneratorHarness.PathOf("scripts/" + name), encoding.GetString(File.ReadAllBytes(Path.Combine(Scripts, name))));

        [Fact]
        public void Cp1252AndLatin1LiteralsHaveTheBytesCPythonReads()
        {
            var files = new[]
            {
                Decoded("main.py", new UTF8Encoding(false)),
                Decoded("euro.py", Encoding.GetEncoding(1252)),
                Decoded("accents.py", Encoding.GetEncoding(28591)),
            };
            var (output, diagnostics, _) = GeneratorHarness.Run(files, new[] { StdoutCapture.Source },
                new TestOptionsProvider(GeneratorHarness.Properties(("Py2CsEntryPoint", "main"))), executable: true);

            Assert.Empty(diagnostics);
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
            using var program = IsolatedProgram.Load(output);
            var result = (string)program.Invoke(StdoutCapture.TypeName, "Main", "Py2Cs.Generated.PythonProgram", new string[0]);
            Assert.Equal("0\n" + GeneratorHarness.ProjectFile("encodings", "expected.stdout"), result);
        }

        [Fact]
        public void Cp1252FileDecodedAsUtf8IsAPY0001SayingHowToFixIt()
        {
            // Without a CodePage the compiler decodes the cp1252 bytes as UTF-8; 0x80 0x20... are not
            // UTF-8, so they arrive as U+FFFD and the file's bytes cannot be recovered.
            var (_, diagnostics, _) = GeneratorHarness.Run(new[] { Decoded("euro.py", new UTF8Encoding(false)) }, null);

            var d = Assert.Single(diagnostics);
            Assert.Equal("PY0001", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);   // line 3 holds the first non-UTF-8 byte
            Assert.Equal("the file declares cp1252 but the compiler decoded it as UTF-8 and lost its other bytes; set the project's " +
                "CodePage property to 1252 (the compiler then reads the file as cp1252), build with Py2CsMode=Task, or save the file " +
                "as UTF-8 with a utf-8 coding cookie", d.GetMessage());
        }

        [Fact]
        public void EveryCodePageCookieTheFrontEndKnowsRoundTrips()
        {
            // Text that each codec can encode comes back as exactly the codec's bytes.
            foreach (var (cookie, codePage, sample) in new[]
            {
                ("iso-8859-15", 28605, "\u20ac\u0160\u017e"),
                ("koi8-r", 20866, "\u043f\u0440\u0438\u0432\u0435\u0442"),
                ("cp1251", 1251, "\u0416\u0436"),
                ("latin-1", 28591, "\u00e9\u00ff"),
                ("cp437", 437, "\u00e7\u2591"),
                ("cp1250", 1250, "\u0159\u0161"),
                ("iso8859_15", 28605, "\u20ac"),
                ("latin9", 28605, "\u0153"),
                ("mac-roman", 10000, "\u00e9\u2020"),
            })
            {
                string text = "# coding: " + cookie + "\nS = '" + sample + "'\n";
                byte[] bytes = Pipeline.FileTranspiler.Encode(text, out string problem, out _);
                Assert.Null(problem);
                Assert.Equal(Encoding.GetEncoding(codePage).GetBytes(text), bytes);
            }
        }
    }
}
