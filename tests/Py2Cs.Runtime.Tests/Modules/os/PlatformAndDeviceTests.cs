using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Os
{
    /// <summary>
    /// platform.system_alias and os's device-number and configuration-name functions. Expected
    /// values recorded from python2.7 on Linux x86_64 (glibc).
    /// </summary>
    public sealed class PlatformAndDeviceTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static PyObject S(string s) => PyStr.FromString(s);
        static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Theory]
        [InlineData("SunOS", "5.11", "x", "('Solaris', '2.11', 'x')")]
        [InlineData("SunOS", "6.x", "v", "('Solaris', '3.x', 'v')")]
        [InlineData("SunOS", "4.1", "v", "('SunOS', '4.1', 'v')")]
        [InlineData("IRIX64", "6", "", "('IRIX', '6', '64bit')")]
        [InlineData("Rhapsody", "5", "v", "('MacOS X Server', 'Rhapsody5', 'v')")]
        [InlineData("Linux", "3.2", "#1", "('Linux', '3.2', '#1')")]
        public void System_alias_renames_as_platform_py(string system, string release, string version, string expected) =>
            Assert.Equal(expected, Repr(platformModule.system_alias(S(system), S(release), S(version))));

        [Fact]
        public void Python_implementation_and_version_are_cpython_2_7_18()
        {
            Assert.Equal("'CPython'", Repr(platformModule.python_implementation()));
            Assert.Equal("'2.7.18'", Repr(platformModule.python_version()));
            Assert.Equal("('2', '7', '18')", Repr(platformModule.python_version_tuple()));
        }

        [Theory]
        [InlineData(0, 0, 0)]
        [InlineData(0x12345678, 1110, 74616)]
        [InlineData(2049, 8, 1)]
        public void Major_and_minor_split_a_device_number_as_glibc(long device, long major, long minor)
        {
            Assert.Equal(major, os.major(I(device)));
            Assert.Equal(minor, os.minor(I(device)));
        }

        [Theory]
        [InlineData(4095, 255, "1048575")]
        [InlineData(4096, 256, "17592187092992")]
        [InlineData(8, 1, "2049")]
        public void Makedev_packs_large_numbers_into_the_high_bits(long major, long minor, string expected)
        {
            var device = os.makedev(I(major), I(minor));
            Assert.Equal(expected, Repr(device));
            Assert.Equal(major, os.major(device));
            Assert.Equal(minor, os.minor(device));
        }

        [Fact]
        public void Configuration_names_are_checked_like_posixmodule()
        {
            var unknown = Assert.Throws<PythonException>(() => os.sysconf(S("SC_NO_SUCH_NAME")));
            Assert.True(unknown.Matches(PyExceptionTypes.ValueError));
            Assert.Equal("unrecognized configuration name", Ops.Str(unknown.Value).ToString());
            var wrongType = Assert.Throws<PythonException>(() => os.sysconf(new PyFloat(1.5)));
            Assert.True(wrongType.Matches(PyExceptionTypes.TypeError));
            Assert.Equal("configuration names must be strings or integers", Ops.Str(wrongType.Value).ToString());
            Assert.Equal(os.sysconf(S("SC_PAGESIZE")), os.sysconf(I(30)));
            Assert.Equal("'/bin:/usr/bin'", Repr(os.confstr(S("CS_PATH"))));
        }
    }
}
