using System;
using System.Security.Cryptography;
using System.Text;
using Py2Cs.Runtime.Modules.gzip;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.gzip
{
    /// <summary>The raw deflate decoder and GzipFile, against bytes and values recorded from python2.7.</summary>
    public class GzipTests
    {
        // zlib.compressobj(9, zlib.DEFLATED, -15) of 300 "row %d,%s\n" lines (4384 bytes, md5 75c530f2...),
        // as python2.7 produced it, followed by the 7 bytes "TRAILER"
        private const string DeflatedRowsThenTrailer = "6dd74d721e210c45d1795691057c03de13086955a9ca24597e1c373f02f5c8c0e8e2b2759adfbffefc2c9f1fbfbf7ee0f3f7fb273f7f9f857c2d9e55fdbf7a96ed7bf9acf5593f9b3e36cfcee6eed9fada3e7b947d304e104ec611e3d13893115b472ddacc85ae5ef41d0c0bc5f098cc7234136734795553ee6ad654cd96aba94f35fbfc1ddbaca6af6a29bb5a10aa85b15ae4a8967a564bbbaa45ef6ae9a95a2c578b3fd5b58cea8a595db9ff366457d71aaa6b8bd5558feadacfea6a5775f5bbba9554dd90ab1b9fea26a3bad559dddaaa6e1afea47ba86e16ab9b1fd55ace6ac555adbcab5552b5d65cadeda9561dd5da67b5daaa56dfd5bd84ea8ee35f91477597b3bad7abbab7bbba6baaee3d57777baabb8f6a2bb3dab0aa8dbbda24545b8dd5d6ce09a267b5f5abdaecae364fd55e72b5e3a9768e6a9759ed75557bdbd5aea1da7bac763baadd3fd7a02b69f421cdbec23cfc8abc4cbf52c7f82b6dcebfa26b0096be2760b130028bc719b886efd8e2730e625e5780dc5740cde3bbe52b405faef0359bc7c2e615bea7f218f9655f61cce3b161bcc29ac4635bcf2b84193c0ef4be027bba02ed85207f33688a29d34cc85213b2dd84043921d14ec8a127e4f41372090a4986d68c687d51b4be315a97a30bd2ba25ad81d21a2dad07a6f5d014ede414edf214ed06152d898a9649457b31156da08ad6d7b7c062156dbb0a0db042a3acd08356e8692bf4c2157aeb0a4dbc42b3afd01760a14358f4492cfa32169de18326288b1e99453f9c453fa145bfa445bfa9454fd6c232b6b0176d61835bd8f416b6c0856d71611a3fcaa2b9b0035dd8a92efc62177ebb0b4ff0c2b3bcf0177ae1c35ef8c417bef4856f7ee1c15f9608300bce2fcb936096cb60961b6196a4304b6698e5c561960131cb9498581413db6222604c448d898363a25d5fc717c8c42d32914826b2c9e40bcae450999c2c93cb6572c34c0699c9483379d84c9e389397ce94923ef193ce94ac33e54567cad0993275a62c9d295b674ad0991275663d74663d7566bd7466bd7566adf9999275667dd19975e8cc3a75665d3ab36d9dd982ce6c5167b64367b65367b64b67b65b67b6a4339bbd3cb5fcedad3574a6ae17ad2e9da95b676ad0991a75a61e3a534f9da997ced45b67f6a4337bd699fd45677699efc5a933fbd2997debcc1e74668f3ab39f6f5dbb1ebb76bf762d3d772dbf77ede5c16b6f2f5e9b4f5edb6fdefde8b5ad333de84c8f3ad30f9de9a7cef44b67faad333de94ccf3ad35f74e6d7b4fff10f545241494c4552";

        private static string Md5(byte[] b) => Convert.ToHexStringLower(MD5.HashData(b));

        [Fact]
        public void Decoder_inflates_zlib_output_and_reports_where_the_stream_ends()
        {
            byte[] input = Convert.FromHexString(DeflatedRowsThenTrailer);
            byte[] output = DeflateDecoder.Decode(input, 0, out int end);
            Assert.Equal(4384, output.Length);
            Assert.Equal("75c530f2a5441f7d8912f6bfd12547e2", Md5(output));
            Assert.Equal(919, end);
            Assert.Equal("TRAILER", Encoding.ASCII.GetString(input, end, input.Length - end));
        }

        [Fact]
        public void Decoder_signals_a_truncated_stream_and_decode_available_keeps_the_prefix()
        {
            byte[] input = Convert.FromHexString(DeflatedRowsThenTrailer)[..400];
            Assert.Throws<DeflateDecoder.TruncatedException>(() => DeflateDecoder.Decode(input, 0, out _));
            byte[] partial = DeflateDecoder.DecodeAvailable(input, 0);
            Assert.True(partial.Length > 0 && partial.Length < 4384);
            Assert.StartsWith("row 0,\nrow 1,x\n", Encoding.ASCII.GetString(partial));
        }

        [Fact]
        public void Decoder_inflates_dotnet_deflate_at_every_level()
        {
            byte[] text = Encoding.ASCII.GetBytes(string.Concat(System.Linq.Enumerable.Repeat("abcabcabd 0123456789\n", 200)));
            for (int level = 0; level <= 9; level++)
            {
                var ms = new System.IO.MemoryStream();
                using (var z = new System.IO.Compression.DeflateStream(ms, new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = level }, true))
                    z.Write(text);
                byte[] compressed = ms.ToArray();
                Assert.Equal(text, DeflateDecoder.Decode(compressed, 0, out int end));
                Assert.Equal(compressed.Length, end);
            }
        }

        private static PyObject Module => Importer.ImportModule("gzip");
        private static PyObject S(string s) => PyStr.FromString(s);

        [Fact]
        public void Header_and_trailer_match_python27_for_a_fixed_mtime()
        {
            // python2.7: GzipFile(filename="notes.txt", mode="wb", fileobj=buf, mtime=1500000000).write("hello gzip\n")
            PyObject buf = Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"));
            PyObject g = Ops.Call(Ops.GetAttr(Module, "GzipFile"), new[] { S("notes.txt"), S("wb"), buf, PyInt.From(1500000000) },
                new[] { PyStr.Intern("filename"), PyStr.Intern("mode"), PyStr.Intern("fileobj"), PyStr.Intern("mtime") });
            Ops.CallMethod(g, "write", S("hello gzip\n"));
            Ops.CallMethod(g, "close");
            byte[] v = ((PyStr)Ops.CallMethod(buf, "getvalue")).Bytes.ToArray();
            Assert.Equal("1f8b0808002f685902ff6e6f7465732e74787400", Convert.ToHexStringLower(v[..20]));
            Assert.Equal("397c63560b000000", Convert.ToHexStringLower(v[^8..]));
            PyObject back = Ops.Call(Ops.GetAttr(Module, "GzipFile"), new[] { Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"), PyStr.FromBytes(v)) },
                new[] { PyStr.Intern("fileobj") });
            Assert.Equal("hello gzip\n", Ops.CallMethod(back, "read").ToString());
            Assert.Equal("1500000000", Ops.Str(Ops.GetAttr(back, "mtime")).ToString());
        }

        [Theory]
        [InlineData("not gzip at all", "Not a gzipped file")]
        [InlineData("\x1f\x8b\x07rest", "Unknown compression method")]
        public void Bad_input_raises_ioerror_with_python27_message(string data, string message)
        {
            PyObject f = Ops.Call(Ops.GetAttr(Module, "GzipFile"), new[] { Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"), S(data)) },
                new[] { PyStr.Intern("fileobj") });
            var e = Assert.Throws<PythonException>(() => Ops.CallMethod(f, "read"));
            Assert.True(e.Matches(PyExceptionTypes.IOError));
            Assert.Equal(message, Ops.Str(e.Value).ToString());
        }
    }
}
