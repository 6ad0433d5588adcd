using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.Lowering.Driver;
using Py2Cs.SourceGenerator.Pipeline;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>The generator prints lowered trees with CompactCSharpWriter instead of NormalizeWhitespace:
    /// for every program of the conformance corpus, the text must parse without diagnostics into the
    /// same tree as the laid-out text, with every #line directive and comment kept.</summary>
    public class CompactCSharpWriterTests
    {
        public static IEnumerable<object[]> CorpusFiles()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) dir = dir.Parent;
            var corpus = Path.Combine(dir.FullName, "tests", "conformance");
            return Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { Path.GetRelativePath(corpus, p) });
        }

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void PrintedTextParsesBackToTheSameTree(string relativePath)
        {
            var path = FullPath(relativePath);
            var file = new PythonSourceFile(relativePath, Path.GetFileNameWithoutExtension(relativePath), File.ReadAllBytes(path));
            var compact = new Transpiler(new TranspilerOptions { LayOutWhitespace = false }).TranspileModule(file, new HashSet<string>());
            if (compact.Module == null) return;   // a program py2cs rejects has no tree to print
            var laidOut = new Transpiler(new TranspilerOptions()).TranspileModule(file, new HashSet<string>());

            // Compared with the laid-out text parsed back (not with the lowered tree itself: the lowering
            // builds some nodes the parser never does, e.g. a literal token "-1L" for a negative constant).
            var expected = CSharpSyntaxTree.ParseText(laidOut.Module.Syntax.ToFullString()).GetCompilationUnitRoot();
            var parsed = CSharpSyntaxTree.ParseText(CompactCSharpWriter.Write(compact.Module.Syntax)).GetCompilationUnitRoot();
            Assert.Empty(parsed.GetDiagnostics());
            // Same tokens (directives' included, in place) and the same node structure.
            Assert.Equal(Tokens(expected), Tokens(parsed));
            Assert.Equal(expected.DescendantNodes().Select(n => n.Kind()), parsed.DescendantNodes().Select(n => n.Kind()));
            Assert.Equal(Count(expected, SyntaxKind.LineDirectiveTrivia), Count(parsed, SyntaxKind.LineDirectiveTrivia));
            Assert.Equal(Count(expected, SyntaxKind.SingleLineCommentTrivia), Count(parsed, SyntaxKind.SingleLineCommentTrivia));
            Assert.True(Count(parsed, SyntaxKind.LineDirectiveTrivia) > 0);
        }

        private static IEnumerable<string> Tokens(SyntaxNode node)
            => node.DescendantTokens(descendIntoTrivia: true).Select(t => t.Kind() + " " + t.Text);

        private static int Count(SyntaxNode node, SyntaxKind kind)
            => node.DescendantTrivia(descendIntoTrivia: true).Count(t => t.IsKind(kind));

        private static string FullPath(string relativePath)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (!Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) dir = dir.Parent;
            return Path.Combine(dir.FullName, "tests", "conformance", relativePath);
        }
    }
}
