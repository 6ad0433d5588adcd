using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Struct
{
    /// <summary>The struct codec against thousands of results recorded from python2.7 (data/struct_cases.txt).</summary>
    public class StructCodecTests
    {
        [Fact]
        public void Native_alignment_pads_before_wider_items()
        {
            Assert.Equal(16, StructLayout.Parse("ciq").Size);
            Assert.Equal(5, StructLayout.Parse("<ci").Size);
            Assert.Equal(8, StructLayout.Parse("c0l").Size);   // a zero count still aligns
        }

        [Fact]
        public void Calcsize_matches_recorded_python_output() =>
            AssertAll(ModuleCases.Read("struct", "struct_cases.txt").Where(f => f[0] == "calcsize"), f =>
                (f[2], Outcome(() => StructLayout.Parse(f[1]).Size.ToString(CultureInfo.InvariantCulture))));

        [Fact]
        public void Pack_matches_recorded_python_output() =>
            AssertAll(ModuleCases.Read("struct", "struct_cases.txt").Where(f => f[0] == "pack"), f =>
            {
                int arrow = Array.IndexOf(f, "=>");
                return (f[arrow + 1], Outcome(() => Pack(f[1], f[2..arrow])));
            });

        [Fact]
        public void Unpack_matches_recorded_python_output() =>
            AssertAll(ModuleCases.Read("struct", "struct_cases.txt").Where(f => f[0] == "unpack"), f =>
                (string.Join("\t", f[4..]), Outcome(() => Unpack(f[1], ModuleCases.FromHex(f[2])))));

        static string Pack(string format, string[] values)
        {
            var layout = StructLayout.Parse(format);
            layout.RequirePackCount(values.Length);
            var buffer = new byte[layout.Size];
            for (int i = 0; i < layout.Items.Length; i++)
            {
                var item = layout.Items[i];
                string v = values[i].Substring(2);
                switch (item.Kind)
                {
                    case StructValueKind.Integer: StructCodec.PackInteger(buffer, item, BigInteger.Parse(v, CultureInfo.InvariantCulture)); break;
                    case StructValueKind.Float: StructCodec.PackFloat(buffer, item, ParseFloat(v)); break;
                    case StructValueKind.Bool: StructCodec.PackBool(buffer, item, v == "1"); break;
                    case StructValueKind.Char:
                        string c = ModuleCases.FromHex(v);
                        if (c.Length != 1) throw new StructFailure("char format require string of length 1");
                        StructCodec.PackChar(buffer, item, c);
                        break;
                    case StructValueKind.Bytes: StructCodec.PackBytes(buffer, item, ModuleCases.FromHex(v)); break;
                }
            }
            return ModuleCases.ToHex(buffer);
        }

        static string Unpack(string format, string data)
        {
            var layout = StructLayout.Parse(format);
            layout.RequireUnpackLength(data.Length);
            var buffer = data.Select(ch => (byte)ch).ToArray();
            var parts = new List<string>();
            foreach (var item in layout.Items)
            {
                switch (item.Kind)
                {
                    case StructValueKind.Integer:
                        parts.Add("i:" + (item.IsSigned ? StructCodec.UnpackSigned(buffer, item).ToString(CultureInfo.InvariantCulture)
                                                        : StructCodec.UnpackUnsigned(buffer, item).ToString(CultureInfo.InvariantCulture)));
                        break;
                    case StructValueKind.Float: parts.Add("f:" + FloatRepr(StructCodec.UnpackFloat(buffer, item))); break;
                    case StructValueKind.Bool: parts.Add("b:" + (StructCodec.UnpackBool(buffer, item) ? "1" : "0")); break;
                    default: parts.Add("s:" + ModuleCases.ToHex(StructCodec.UnpackBytes(buffer, item).Select(ch => (byte)ch).ToArray())); break;
                }
            }
            return string.Join("\t", parts);
        }

        static double ParseFloat(string s) => s switch
        {
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => BitConverter.UInt64BitsToDouble(0xfff8000000000000),   // CPython's float('nan') on x86
            _ => double.Parse(s, CultureInfo.InvariantCulture),
        };

        // Enough of repr(float) for the values in the data: compared by parsing, not by text.
        static string FloatRepr(double d) =>
            double.IsNaN(d) ? "nan" : double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : d.ToString("R", CultureInfo.InvariantCulture);

        static string Outcome(Func<string> run)
        {
            try { return run(); }
            catch (StructFailure e) { return "!" + e.PythonType + ": " + e.Message; }
        }

        static void AssertAll(IEnumerable<string[]> cases, Func<string[], (string Expected, string Actual)> check)
        {
            var failures = new List<string>();
            int count = 0;
            foreach (var f in cases)
            {
                count++;
                var (expected, actual) = check(f);
                if (!SameOutcome(expected, actual)) failures.Add(string.Join(" ", f) + "\n    got " + actual);
            }
            Assert.True(count > 50, "the recorded data is missing");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases differ:\n" + string.Join("\n", failures.Take(30)));
        }

        /// <summary>Equal text, or equal floats where python's repr and .NET's round-trip text differ.</summary>
        static bool SameOutcome(string expected, string actual)
        {
            if (expected == actual) return true;
            var e = expected.Split('\t');
            var a = actual.Split('\t');
            if (e.Length != a.Length) return false;
            for (int i = 0; i < e.Length; i++)
            {
                if (e[i] == a[i]) continue;
                if (!e[i].StartsWith("f:") || !a[i].StartsWith("f:")) return false;
                double x = ParseFloat(e[i].Substring(2)), y = ParseFloat(a[i].Substring(2));
                if (!(x.Equals(y))) return false;
            }
            return true;
        }
    }
}
