using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.hashlib
{
    /// <summary>hashlib, binascii, base64 and zlib through their module objects; values recorded from python2.7
    /// (tests/conformance-extra/encodings_std/hash_and_binary.stdout).</summary>
    public class HashAndBinaryTests
    {
        private static PyObject Call(string module, string name, params PyObject[] args) =>
            Ops.Call(Ops.GetAttr(Importer.ImportModule(module), name), args);
        private static PyObject S(string s) => PyStr.FromString(s);
        private static string Text(PyObject o) => Ops.Str(o).ToString();

        [Theory]
        [InlineData("md5", "900150983cd24fb0d6963f7d28e17f72", "e80b5017098950fc58aad83c8c14978e")]
        [InlineData("sha1", "a9993e364706816aba3e25717850c26c9cd0d89d", "1f8ac10f23c5b5bc1167bda84b833e5c057a77d2")]
        [InlineData("sha224", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7", "7043631cb415556a275a4ebecb802c74ee9f6153908e1792a90b6a98")]
        [InlineData("sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721")]
        public void HexdigestOfAbcAndCopyExtendedWithDef(string name, string abc, string abcdef)
        {
            PyObject h = Call("hashlib", "new", S(name), S("abc"));
            PyObject c = Ops.CallMethod(h, "copy");
            Ops.CallMethod(c, "update", S("def"));
            Assert.Equal(abc, Text(Ops.CallMethod(h, "hexdigest")));
            Assert.Equal(abcdef, Text(Ops.CallMethod(c, "hexdigest")));
        }

        [Theory]
        [InlineData("", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")]
        [InlineData("a", "abd37534c7d9a2efb9465de931cd7055ffdb8879563ae98078d6d6d5")]
        public void Sha224IsImplementedNatively(string data, string hex) =>
            Assert.Equal(hex, Text(Ops.CallMethod(Call("hashlib", "sha224", S(data)), "hexdigest")));

        [Theory]
        [InlineData("hello", "907060870", "103547413", "50018")]
        [InlineData("The quick brown fox jumps over the lazy dog", "1095738169", "1541148634", "61640")]
        public void ChecksumsAreSigned(string data, string crc, string adler, string hqx)
        {
            Assert.Equal(crc, Text(Call("zlib", "crc32", S(data))));
            Assert.Equal(crc, Text(Call("binascii", "crc32", S(data))));
            Assert.Equal(adler, Text(Call("zlib", "adler32", S(data))));
            Assert.Equal(hqx, Text(Call("binascii", "crc_hqx", S(data), PyInt.From(0))));
        }

        [Fact]
        public void NegativeChecksumOfHighBytes()
        {
            Assert.Equal("-874344015", Text(Call("binascii", "crc32", S(new string('\u00ff', 100)), PyInt.From(12345))));
            Assert.Equal("-1480105059", Text(Call("zlib", "adler32", S(new string('\u00ff', 100)))));
        }

        [Fact]
        public void Base64Forms()
        {
            Assert.Equal("-_-_", Text(Call("base64", "urlsafe_b64encode", S("\u00fb\u00ff\u00bf"))));
            Assert.Equal("+/+/", Text(Call("base64", "b64encode", S("\u00fb\u00ff\u00bf"))));
            Assert.Equal("-_8=", Text(Call("base64", "b64encode", S("\u00fb\u00ff"), S("-_"))));
            var e = Assert.Throws<PythonException>(() => Call("base64", "b64decode", S("abc")));
            Assert.Equal("TypeError: Incorrect padding", Ops.ExceptionLine(e.Value));
        }

        [Fact]
        public void ZlibRoundTripAndEmptyStream()
        {
            PyObject text = S(string.Concat(System.Linq.Enumerable.Repeat("hello hello hello hello zlib ", 20)));
            Assert.True(Ops.Eq(text, Call("zlib", "decompress", Call("zlib", "compress", text))));
            Assert.Equal("'x\\x9c\\x03\\x00\\x00\\x00\\x00\\x01'", Ops.Repr(Call("zlib", "compress", S(""))).ToString());
        }
    }
}
