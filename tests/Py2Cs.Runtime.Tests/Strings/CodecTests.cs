using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.codecs;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class CodecTests
    {
        static string Latin1(byte[] b)
        {
            var c = new char[b.Length];
            for (int i = 0; i < b.Length; i++) c[i] = (char)b[i];
            return new string(c);
        }

        [Fact]
        public void Ascii_errors_are_worded_as_cpython()
        {
            var e = Assert.Throws<CodecFailure>(() => RangeCodec.Ascii.Decode(new byte[] { 0xc3, 0xa9 }, "strict"));
            Assert.Equal("'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)", e.Message);
            var u = Assert.Throws<CodecFailure>(() => RangeCodec.Ascii.Encode("a\u00e9\u00e8b", "strict"));
            Assert.Equal("'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)", u.Message);
        }

        [Fact]
        public void Names_and_aliases_resolve()
        {
            Assert.Same(Utf8Codec.Instance, CodecRegistry.Lookup("UTF-8"));
            Assert.Same(RangeCodec.Latin1, CodecRegistry.Lookup("ISO-8859-1"));
            Assert.Same(Cp1252Codec.Instance, CodecRegistry.Lookup("windows-1252"));
            Assert.Equal("unknown encoding: nope", Assert.Throws<CodecLookupFailure>(() => CodecRegistry.Lookup("nope")).Message);
        }

        /// <summary>Every case of data/codec_cases.txt, recorded from python2.7.</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (string[] f in RecordedCases.Read("codec_cases.txt"))
            {
                string op = f[0], encoding = f[2], errors = f[3], expected = f[4];
                if (expected.StartsWith("!")) expected = "!" + RecordedCases.Unescape(expected.Substring(1));
                string actual;
                try
                {
                    Codec codec = CodecRegistry.Lookup(encoding);
                    switch (op)
                    {
                        case "encode":
                            actual = Convert.ToHexString(codec.Encode(RecordedCases.Unescape(f[1]), errors)).ToLowerInvariant();
                            break;
                        case "bencode":
                            actual = Convert.ToHexString(codec.Encode(Latin1(Convert.FromHexString(f[1])), errors)).ToLowerInvariant();
                            break;
                        case "decode":
                            actual = RecordedCases.Escape(codec.Decode(Convert.FromHexString(f[1]), errors));
                            break;
                        default:
                            string text = codec.Decode(Convert.FromHexString(f[1]), errors);
                            var bytes = new byte[text.Length];
                            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)text[i];
                            actual = Convert.ToHexString(bytes).ToLowerInvariant();
                            break;
                    }
                }
                catch (Exception e)
                {
                    actual = "!" + ErrorText.Describe(e);
                }
                count++;
                if (actual != expected) failures.Add($"{op} {f[1]} {encoding} {errors}: expected {expected}, got {actual}");
            }
            Assert.True(count > 2000, "too few recorded cases: " + count);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.GetRange(0, Math.Min(40, failures.Count))));
        }
    }
}
