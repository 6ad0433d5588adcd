using System;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Py2Cs.Runtime.Modules.tarfile;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.tarfile
{
    /// <summary>tarfile's header pieces against values recorded from python2.7 (tarfile.itn, nti,
    /// filemode and TarInfo.tobuf).</summary>
    public class TarHeaderTests
    {
        [Theory]
        [InlineData(0, "3030303030303000")]
        [InlineData(420, "3030303036343400")]
        [InlineData(2097151, "3737373737373700")]     // 8**7 - 1: the largest octal value
        [InlineData(2097152, "8000000000200000")]     // 8**7: GNU base-256
        [InlineData(-1, "80ffffffffffffff")]
        public void Itn_writes_octal_or_gnu_base256(long n, string hex) =>
            Assert.Equal(hex, Convert.ToHexStringLower(TarHeader.Itn(n, 8, TarHeader.GnuFormat)));

        [Fact]
        public void Itn_of_a_large_size_field_and_the_ustar_overflow()
        {
            Assert.Equal("800000000000010000000000", Convert.ToHexStringLower(TarHeader.Itn(BigInteger.Pow(2, 40), 12, TarHeader.GnuFormat)));
            var e = Assert.Throws<PythonException>(() => TarHeader.Itn(2097152, 8, TarHeader.UstarFormat));
            Assert.Equal("overflow in number field", Ops.Str(e.Value).ToString());
        }

        [Theory]
        [InlineData("0000644\0", "420")]
        [InlineData(" 17 \0\0\0\0", "15")]
        [InlineData("\x80\0\0\0\0\0\x01\0", "256")]
        public void Nti_reads_octal_and_base256(string field, string value) =>
            Assert.Equal(value, Ops.Str(TarHeader.Nti(Encoding.Latin1.GetBytes(field))).ToString());

        [Fact]
        public void Nti_rejects_non_octal_text() => Assert.Null(TarHeader.Nti(Encoding.Latin1.GetBytes("12x\0\0\0\0\0")));

        [Theory]
        [InlineData(0x81a4, "-rw-r--r--")]
        [InlineData(0x41ed, "drwxr-xr-x")]
        [InlineData(0xa1ff, "lrwxrwxrwx")]
        [InlineData(0x89ed, "-rwsr-xr-x")]
        [InlineData(0x3ff, "-rwxrwxrwt")]
        [InlineData(0x5e8, "-rwxr-s---")]
        [InlineData(0x61b0, "brw-rw----")]
        [InlineData(0x2180, "crw-------")]
        [InlineData(0x11a4, "prw-r--r--")]
        public void Filemode_matches_python27(long mode, string text) => Assert.Equal(text, TarHeader.FileMode(mode));

        [Theory]
        [InlineData(0, "9fb73c9797dd128e4a9f146ff9195909", "3031333433360020")]
        [InlineData(1, "711c835d76d6d08cc8854d5c645cbb3b", "3031333337360020")]
        [InlineData(2, "9fb73c9797dd128e4a9f146ff9195909", "3031333433360020")]
        public void Tobuf_is_byte_identical_to_python27(int format, string md5, string chksumField)
        {
            // TarInfo("dir/file.txt"), size 1234, mtime 1500000000, uid/gid 1000, user/staff, mode 0600
            PyObject ti = Ops.Call(Ops.GetAttr(Importer.ImportModule("tarfile"), "TarInfo"), PyStr.FromString("dir/file.txt"));
            Ops.SetAttr(ti, PyStr.Intern("size"), PyInt.From(1234));
            Ops.SetAttr(ti, PyStr.Intern("mtime"), PyInt.From(1500000000));
            Ops.SetAttr(ti, PyStr.Intern("uid"), PyInt.From(1000));
            Ops.SetAttr(ti, PyStr.Intern("gid"), PyInt.From(1000));
            Ops.SetAttr(ti, PyStr.Intern("uname"), PyStr.FromString("user"));
            Ops.SetAttr(ti, PyStr.Intern("gname"), PyStr.FromString("staff"));
            Ops.SetAttr(ti, PyStr.Intern("mode"), PyInt.From(0x180));
            byte[] b = ((PyStr)Ops.CallMethod(ti, "tobuf", PyInt.From(format))).Bytes.ToArray();
            Assert.Equal(512, b.Length);
            Assert.Equal(md5, Convert.ToHexStringLower(MD5.HashData(b)));
            Assert.Equal(chksumField, Convert.ToHexStringLower(b[148..156]));
            var (unsigned, _) = TarHeader.Checksums(b);
            Assert.Equal(Convert.ToInt32(Encoding.ASCII.GetString(b, 148, 6), 8), unsigned);
        }

        [Fact]
        public void Frombuf_of_an_all_zero_block_is_the_end_of_file_header()
        {
            PyObject tarInfo = Ops.GetAttr(Importer.ImportModule("tarfile"), "TarInfo");
            var e = Assert.Throws<PythonException>(() => Ops.CallMethod(tarInfo, "frombuf", PyStr.FromBytes(new byte[512])));
            Assert.Equal("EOFHeaderError", Ops.GetAttr(Ops.TypeOf(e.Value), "__name__").ToString());
            Assert.Equal("end of file header", Ops.Str(e.Value).ToString());
        }
    }
}
