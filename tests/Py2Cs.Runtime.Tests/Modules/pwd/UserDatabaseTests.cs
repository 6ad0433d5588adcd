using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Pwd
{
    /// <summary>
    /// pwd and grp over libc. Expected values recorded from python2.7 on this Linux image (root is
    /// uid 0 with home /root; uid 99999 and the named users do not exist).
    /// </summary>
    public sealed class UserDatabaseTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static PyObject S(string s) => PyStr.FromString(s);
        static string Repr(PyObject o) => Ops.Repr(o).ToString();

        static string Raised(System.Func<PyObject> call)
        {
            var e = Assert.Throws<PythonException>(() => call());
            return Ops.ExceptionLine(e.Value);
        }

        [Fact]
        public void Getpwuid_of_root_is_a_seven_field_struct()
        {
            var root = pwd.getpwuid(I(0));
            Assert.Equal("pwd.struct_passwd(pw_name='root', pw_passwd='x', pw_uid=0, pw_gid=0, pw_gecos='root', pw_dir='/root', pw_shell='/bin/bash')", Repr(root));
            Assert.Equal("'/root'", Repr(Ops.GetAttr(root, "pw_dir")));
            Assert.Equal(7, ((PyTuple)root).Count);
        }

        [Fact]
        public void Getgrgid_of_root_lists_members()
        {
            Assert.Equal("grp.struct_group(gr_name='root', gr_passwd='x', gr_gid=0, gr_mem=[])", Repr(grp.getgrgid(I(0))));
            Assert.Equal("grp.struct_group(gr_name='root', gr_passwd='x', gr_gid=0, gr_mem=[])", Repr(grp.getgrnam(S("root"))));
        }

        [Theory]
        [InlineData(99999, "KeyError: 'getpwuid(): uid not found: 99999'")]
        [InlineData(-1, "KeyError: 'getpwuid(): uid not found: 4294967295'")]
        [InlineData(-2, "KeyError: 'getpwuid(): uid not found'")]
        [InlineData(1L << 40, "KeyError: 'getpwuid(): uid not found'")]
        public void Getpwuid_misses_raise_key_error(long uid, string expected) =>
            Assert.Equal(expected, Raised(() => pwd.getpwuid(I(uid))));

        [Theory]
        [InlineData(99999, "KeyError: 'getgrgid(): gid not found: 99999'")]
        [InlineData(-1, "KeyError: 'getgrgid(): gid not found: 4294967295'")]
        [InlineData(-2, "OverflowError: group id is less than minimum")]
        [InlineData(1L << 40, "OverflowError: group id is greater than maximum")]
        public void Getgrgid_misses_and_overflows(long gid, string expected) =>
            Assert.Equal(expected, Raised(() => grp.getgrgid(I(gid))));

        [Fact]
        public void Name_lookups_report_the_missing_name()
        {
            Assert.Equal("KeyError: 'getpwnam(): name not found: no-such-user-xyz'", Raised(() => pwd.getpwnam(S("no-such-user-xyz"))));
            Assert.Equal("KeyError: 'getgrnam(): name not found: no-such-group-xyz'", Raised(() => grp.getgrnam(S("no-such-group-xyz"))));
            Assert.Equal("TypeError: getpwnam() argument 1 must be string, not int", Raised(() => pwd.getpwnam(I(1))));
            Assert.Equal("TypeError: getpwnam() argument 1 must be string without null bytes, not str", Raised(() => pwd.getpwnam(S("a\0b"))));
        }

        [Fact]
        public void Getpwall_contains_root()
        {
            string root = Repr(pwd.getpwuid(I(0))), rootGroup = Repr(grp.getgrgid(I(0)));
            Assert.Contains(root, System.Linq.Enumerable.Select(Ops.Enumerate(pwd.getpwall()), Repr));
            Assert.Contains(rootGroup, System.Linq.Enumerable.Select(Ops.Enumerate(grp.getgrall()), Repr));
        }
    }
}
