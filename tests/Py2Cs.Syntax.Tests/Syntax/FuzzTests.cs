using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Syntax.Tests.Syntax
{
    /// <summary>
    /// Seeded mutations of the conformance corpus (deleted, duplicated and swapped tokens and bytes): every one
    /// ends in a tree or diagnostics, never an exception, within a per-input time bound.
    /// </summary>
    public class FuzzTests
    {
        private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(1, 1500)]
        [InlineData(2, 1500)]
        public void Mutated_corpus_never_throws_or_hangs(int seed, int count)
        {
            List<byte[]> corpus = TestFiles.ConformancePrograms.Select(File.ReadAllBytes).ToList();
            var random = new Random(seed);
            int withErrors = 0;
            var slowest = TimeSpan.Zero;
            for (int n = 0; n < count; n++)
            {
                byte[] original = corpus[random.Next(corpus.Count)];
                byte[] mutated = Mutate(original, random);
                var watch = Stopwatch.StartNew();
                ParseResult result = RobustnessTests.ParseOnSmallStack(mutated, PerInput);
                if (watch.Elapsed > slowest) slowest = watch.Elapsed;
                if (result.HasErrors) withErrors++;
            }
            _output.WriteLine(count + " mutants, " + withErrors + " with errors, slowest " + slowest.TotalMilliseconds + " ms");
            Assert.True(withErrors > count / 10, "mutations should break many inputs");
        }

        /// <summary>Applies 1–4 edits; "tokens" are runs of word characters, single punctuation, or whitespace.</summary>
        private static byte[] Mutate(byte[] source, Random random)
        {
            var bytes = new List<byte>(source);
            int edits = random.Next(1, 5);
            for (int e = 0; e < edits && bytes.Count > 0; e++)
            {
                int at = random.Next(bytes.Count);
                (int start, int length) = TokenAt(bytes, at);
                switch (random.Next(7))
                {
                    case 0: bytes.RemoveRange(start, length); break;
                    case 1: bytes.InsertRange(start, bytes.GetRange(start, length)); break;
                    case 2:
                    {
                        int other = random.Next(bytes.Count);
                        (int s2, int l2) = TokenAt(bytes, other);
                        if (s2 > start + length)
                        {
                            List<byte> b = bytes.GetRange(s2, l2), a = bytes.GetRange(start, length);
                            bytes.RemoveRange(s2, l2);
                            bytes.InsertRange(s2, a);
                            bytes.RemoveRange(start, length);
                            bytes.InsertRange(start, b);
                        }
                        break;
                    }
                    case 3: bytes.RemoveAt(at); break;
                    case 4: bytes.Insert(at, bytes[random.Next(bytes.Count)]); break;
                    case 5: bytes[at] = (byte)random.Next(256); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
                }
            }
            return bytes.ToArray();
        }

        private static (int start, int length) TokenAt(List<byte> bytes, int at)
        {
            bool Word(byte b) => b == '_' || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
            if (!Word(bytes[at]))
                return (at, 1);
            int start = at, end = at;
            while (start > 0 && Word(bytes[start - 1])) start--;
            while (end < bytes.Count && Word(bytes[end])) end++;
            return (start, end - start);
        }
    }
}
