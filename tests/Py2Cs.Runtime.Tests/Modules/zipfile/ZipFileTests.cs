using System;
using System.Security.Cryptography;
using Py2Cs.Runtime.Modules.zipfile;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.zipfile
{
    /// <summary>zipfile's records and a stored archive, byte for byte against python2.7's.</summary>
    public class ZipFileTests
    {
        private static PyObject Module => Importer.ImportModule("zipfile");
        private static PyObject S(string s) => PyStr.FromString(s);
        private static PyObject I(long v) => PyInt.From(v);

        [Fact]
        public void Stored_archive_is_byte_identical_to_python27()
        {
            // python2.7: ZipInfo("hello.txt", (2020, 2, 29, 23, 59, 58)), external_attr 0644 << 16, writestr "hello zip\n"
            PyObject buf = Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"));
            PyObject z = Ops.Call(Ops.GetAttr(Module, "ZipFile"), buf, S("w"));
            PyObject zi = Ops.Call(Ops.GetAttr(Module, "ZipInfo"), S("hello.txt"), PyTuple.Create(I(2020), I(2), I(29), I(23), I(59), I(58)));
            Ops.SetAttr(zi, PyStr.Intern("external_attr"), I(0x1a4 << 16));
            Ops.CallMethod(z, "writestr", zi, S("hello zip\n"));
            Ops.CallMethod(z, "close");
            byte[] v = ((PyStr)Ops.CallMethod(buf, "getvalue")).Bytes.ToArray();
            Assert.Equal(126, v.Length);
            Assert.Equal("8c70102a85d5f35d7c60511e5b1bfe3c", Convert.ToHexStringLower(MD5.HashData(v)));
            Assert.Equal("504b03041400000000007dbf5d5048c911480a0000000a00000009000000", Convert.ToHexStringLower(v[..30]));
        }

        [Fact]
        public void Record_writer_packs_little_endian_like_struct()
        {
            byte[] b = new ZipRecords.Writer().Sig(5, 6).H(0).H(0).H(1).H(1).L(55).L(65).H(0).ToArray();
            Assert.Equal(ZipRecords.SizeEndCentDir, b.Length);
            Assert.Equal("504b0506000000000100010037000000410000000000", Convert.ToHexStringLower(b));
        }

        [Fact]
        public void Reading_garbage_raises_badzipfile()
        {
            PyObject buf = Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"), S("definitely not a zip archive"));
            var e = Assert.Throws<PythonException>(() => Ops.Call(Ops.GetAttr(Module, "ZipFile"), buf));
            Assert.True(e.Matches(Ops.GetAttr(Module, "BadZipfile")));
            Assert.Equal("File is not a zip file", Ops.Str(e.Value).ToString());
        }

        [Fact]
        public void Dos_date_and_time_as_zipfile_py_packs_them()
        {
            var (time, date) = ZipInfoClass.DosDateTime(PyTuple.Create(I(2020), I(2), I(29), I(23), I(59), I(58)));
            Assert.Equal(0xbf7d, time);
            Assert.Equal(0x505d, date);
        }
    }
}
