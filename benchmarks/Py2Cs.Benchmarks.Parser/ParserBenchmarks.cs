using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Tokens;

namespace Py2Cs.Benchmarks.Parser
{
    /// <summary>
    /// Throughput of the tokenizer and the parser on the conformance corpus replicated to at least 100,000
    /// lines. Divide <see cref="Lines"/> by the mean time for lines/second; MemoryDiagnoser's "Allocated"
    /// divided by Lines gives bytes per line.
    /// </summary>
    [MemoryDiagnoser]
    public class ParserBenchmarks
    {
        public const int MinimumLines = 100_000;

        private List<SourceText> _texts;

        public static int Lines { get; private set; }

        [GlobalSetup]
        public void Setup()
        {
            string corpus = Path.Combine(CorpusLocator.RepositoryRoot(), "tests", "conformance");
            var files = Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => SourceText.FromBytes(File.ReadAllBytes(p), p)).ToList();
            _texts = new List<SourceText>();
            int lines = 0;
            while (lines < MinimumLines)
            {
                foreach (SourceText text in files)
                {
                    _texts.Add(text);
                    lines += text.LineCount;
                }
            }
            Lines = lines;
            Console.WriteLine("// corpus: " + _texts.Count + " files, " + lines + " lines, " + _texts.Sum(t => (long)t.Length) + " chars");
        }

        [Benchmark]
        public int Tokenize()
        {
            int tokens = 0;
            foreach (SourceText text in _texts)
            {
                var tokenizer = new Tokenizer(text, new DiagnosticBag(text));
                while (tokenizer.Next().Kind != TokenKind.EndOfFile)
                    tokens++;
            }
            return tokens;
        }

        [Benchmark]
        public int Parse()
        {
            int statements = 0;
            foreach (SourceText text in _texts)
                statements += Py2Cs.Syntax.Parser.Parse(text).Module.Body.Count;
            return statements;
        }
    }
}
