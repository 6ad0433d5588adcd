using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.random
{
    /// <summary>
    /// The random module's sequences after seed(0), seed(42), seed("text") and other seeds equal
    /// CPython 2.7.18's (data/random_cases.txt, recorded by data/generate_random_cases.py): the first
    /// 1,000 results of random(), randint, choice, shuffle and gauss, and 50 of every other function.
    /// </summary>
    public class RandomSequenceTests
    {
        private static string DataFile([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", "random_cases.txt");

        // Read once: the os tests count open descriptors while other test classes run.
        private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(DataFile()));

        public static IEnumerable<object[]> Cases() =>
            Lines.Value.Where(l => l.Length > 0).Select(l => l.Split('\t'))
                .Select(f => new object[] { f[0], f[1], f.Length - 2 });

        private static PyObject Module => Importer.ImportModule("random");
        private static PyObject Fn(string name) => Ops.GetAttr(Module, name);
        private static PyObject I(long v) => PyInt.From(v);
        private static PyObject F(double v) => new PyFloat(v);

        private static PyObject SeedValue(string repr) => repr switch
        {
            "'text'" => PyStr.FromString("text"),
            "u'unicode'" => PyUnicode.FromString("unicode"),
            "3.5" => F(3.5),
            "(1, 2)" => PyTuple.Create(I(1), I(2)),
            _ when repr.EndsWith("L") => PyInt.FromBig(BigInteger.Parse(repr.TrimEnd('L'))),
            _ => I(long.Parse(repr)),
        };

        private static string Run(string call)
        {
            switch (call)
            {
                case "random()": return Repr(Ops.Call(Fn("random")));
                case "randint(1, 100)": return Repr(Ops.Call(Fn("randint"), I(1), I(100)));
                case "choice(range(50))": return Repr(Ops.Call(Fn("choice"), Range(50)));
                case "shuffle(range(10))":
                {
                    PyObject x = Range(10);
                    Ops.Call(Fn("shuffle"), x);
                    return string.Join(" ", Ops.Enumerate(x).Select(Repr));
                }
                case "gauss(0, 1)": return Repr(Ops.Call(Fn("gauss"), I(0), I(1)));
                case "uniform(-3, 7)": return Repr(Ops.Call(Fn("uniform"), I(-3), I(7)));
                case "randrange(0, 1000, 7)": return Repr(Ops.Call(Fn("randrange"), I(0), I(1000), I(7)));
                case "randrange(10)": return Repr(Ops.Call(Fn("randrange"), I(10)));
                case "randrange(2**60)": return Repr(Ops.Call(Fn("randrange"), I(1L << 60)));
                case "getrandbits(1)": return Repr(Ops.Call(Fn("getrandbits"), I(1)));
                case "getrandbits(32)": return Repr(Ops.Call(Fn("getrandbits"), I(32)));
                case "getrandbits(100)": return Repr(Ops.Call(Fn("getrandbits"), I(100)));
                case "sample(range(100), 5)": return string.Join(" ", Ops.Enumerate(Ops.Call(Fn("sample"), Range(100), I(5))).Select(Repr));
                case "sample(range(10000), 30)": return string.Join(" ", Ops.Enumerate(Ops.Call(Fn("sample"), Range(10000), I(30))).Select(Repr));
                case "triangular(0, 10, 3)": return Repr(Ops.Call(Fn("triangular"), I(0), I(10), I(3)));
                case "normalvariate(5, 2)": return Repr(Ops.Call(Fn("normalvariate"), I(5), I(2)));
                case "lognormvariate(0, 1)": return Repr(Ops.Call(Fn("lognormvariate"), I(0), I(1)));
                case "expovariate(1.5)": return Repr(Ops.Call(Fn("expovariate"), F(1.5)));
                case "vonmisesvariate(1, 2)": return Repr(Ops.Call(Fn("vonmisesvariate"), I(1), I(2)));
                case "gammavariate(0.5, 1)": return Repr(Ops.Call(Fn("gammavariate"), F(0.5), I(1)));
                case "gammavariate(1, 2)": return Repr(Ops.Call(Fn("gammavariate"), I(1), I(2)));
                case "gammavariate(3, 2)": return Repr(Ops.Call(Fn("gammavariate"), I(3), I(2)));
                case "betavariate(2, 3)": return Repr(Ops.Call(Fn("betavariate"), I(2), I(3)));
                case "paretovariate(2)": return Repr(Ops.Call(Fn("paretovariate"), I(2)));
                case "weibullvariate(1, 2)": return Repr(Ops.Call(Fn("weibullvariate"), I(1), I(2)));
                case "jumpahead(12345)":
                    Ops.Call(Fn("jumpahead"), I(12345));
                    return Repr(Ops.Call(Fn("random")));
                default: throw new InvalidOperationException("unknown recorded call " + call);
            }
        }

        private static PyObject Range(int n)
        {
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = I(i);
            return PyList.FromArray(items);
        }

        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Theory]
        [MemberData(nameof(Cases))]
        public void SequenceEqualsCPython(string seed, string call, int count)
        {
            string[] expected = Lines.Value.Select(l => l.Split('\t')).First(f => f[0] == seed && f[1] == call)[2..];
            Assert.Equal(count, expected.Length);
            Ops.Call(Fn("seed"), SeedValue(seed));
            for (int i = 0; i < expected.Length; i++)
            {
                string got = Run(call);
                Assert.True(got == expected[i], $"after seed({seed}), call {i + 1} of {call}: got {got}, CPython {expected[i]}");
            }
        }

        [Fact]
        public void GetstateSetstateReplaysTheSequence()
        {
            Ops.Call(Fn("seed"), I(7));
            PyObject state = Ops.Call(Fn("getstate"));
            string first = Repr(Ops.Call(Fn("random")));
            Ops.Call(Fn("setstate"), state);
            Assert.Equal(first, Repr(Ops.Call(Fn("random"))));
            Assert.Equal("3", Repr(Ops.GetItem(state, PyInt.Zero)));
        }

        [Fact]
        public void ErrorsAreCPythons()
        {
            var e = Assert.Throws<PythonException>(() => Ops.Call(Fn("randrange"), I(0)));
            Assert.Equal("ValueError: empty range for randrange()", Ops.ExceptionLine(e.Value));
            e = Assert.Throws<PythonException>(() => Ops.Call(Fn("randrange"), I(5), I(5)));
            Assert.Equal("ValueError: empty range for randrange() (5,5, 0)", Ops.ExceptionLine(e.Value));
            e = Assert.Throws<PythonException>(() => Ops.Call(Fn("sample"), Range(3), I(4)));
            Assert.Equal("ValueError: sample larger than population", Ops.ExceptionLine(e.Value));
            e = Assert.Throws<PythonException>(() => Ops.Call(Fn("getrandbits"), I(0)));
            Assert.Equal("ValueError: number of bits must be greater than zero", Ops.ExceptionLine(e.Value));
            e = Assert.Throws<PythonException>(() => Ops.Call(Fn("choice"), PyList.FromArray(Array.Empty<PyObject>())));
            Assert.Equal("IndexError: list index out of range", Ops.ExceptionLine(e.Value));
        }
    }
}
