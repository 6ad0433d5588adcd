using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Os
{
    /// <summary>
    /// The os module's system calls on a scratch directory. Expected errno values, file names and
    /// texts were recorded from python2.7 on Linux (the scratch path written as &lt;base&gt;).
    /// </summary>
    [CollectionDefinition("descriptor count", DisableParallelization = true)]
    public sealed class DescriptorCountCollection { }

    [Collection("descriptor count")]
    public sealed class PosixCallsTests : IDisposable
    {
        readonly string _base;

        public PosixCallsTests()
        {
            _base = Directory.CreateTempSubdirectory("py2cs-os-").FullName;
            File.WriteAllText(Path.Combine(_base, "f"), "");
            Directory.CreateDirectory(Path.Combine(_base, "d"));
            File.WriteAllText(Path.Combine(_base, "d", "x"), "");
        }

        public void Dispose() => Directory.Delete(_base, true);

        [Theory]
        [InlineData("stat missing", "[Errno 2] No such file or directory: '<base>/missing'")]
        [InlineData("mkdir file", "[Errno 17] File exists: '<base>/f'")]
        [InlineData("rmdir nonempty", "[Errno 39] Directory not empty: '<base>/d'")]
        [InlineData("rmdir file", "[Errno 20] Not a directory: '<base>/f'")]
        [InlineData("unlink dir", "[Errno 21] Is a directory: '<base>/d'")]
        [InlineData("rename missing", "[Errno 2] No such file or directory")]
        [InlineData("listdir file", "[Errno 20] Not a directory: '<base>/f'")]
        [InlineData("read badfd", "[Errno 9] Bad file descriptor")]
        [InlineData("close badfd", "[Errno 9] Bad file descriptor")]
        [InlineData("open excl", "[Errno 17] File exists: '<base>/f'")]
        [InlineData("chdir file", "[Errno 20] Not a directory: '<base>/f'")]
        [InlineData("readlink file", "[Errno 22] Invalid argument: '<base>/f'")]
        [InlineData("symlink exists", "[Errno 17] File exists")]
        [InlineData("lseek badfd", "[Errno 9] Bad file descriptor")]
        [InlineData("chmod missing", "[Errno 2] No such file or directory: '<base>/missing'")]
        [InlineData("open nonascii", "[Errno 2] No such file or directory: \"<base>/\\xe9'x\"")]
        public void Failures_carry_errno_text_and_file_name_as_cpython_shows_them(string call, string expected)
        {
            string b = _base;
            Action run = call switch
            {
                "stat missing" => () => PosixCalls.Stat(b + "/missing"),
                "mkdir file" => () => PosixCalls.Mkdir(b + "/f", 0x1ff),
                "rmdir nonempty" => () => PosixCalls.Rmdir(b + "/d"),
                "rmdir file" => () => PosixCalls.Rmdir(b + "/f"),
                "unlink dir" => () => PosixCalls.Unlink(b + "/d"),
                "rename missing" => () => PosixCalls.Rename(b + "/missing", b + "/m2"),
                "listdir file" => () => PosixCalls.ListDir(b + "/f"),
                "read badfd" => () => PosixCalls.Read(9999, 1),
                "close badfd" => () => PosixCalls.Close(9999),
                "open excl" => () => PosixCalls.Open(b + "/f", OsConstants.O_CREAT | OsConstants.O_EXCL | OsConstants.O_WRONLY, 0x1ff),
                "chdir file" => () => PosixCalls.Chdir(b + "/f"),
                "readlink file" => () => PosixCalls.Readlink(b + "/f"),
                "symlink exists" => () => PosixCalls.Symlink("x", b + "/f"),
                "lseek badfd" => () => PosixCalls.Lseek(9999, 0, 0),
                "chmod missing" => () => PosixCalls.Chmod(b + "/missing", 0),
                "open nonascii" => () => PosixCalls.Open(b + "/\u00e9'x", 0, 0),
                _ => throw new InvalidOperationException(call),
            };
            var failure = Assert.Throws<OsFailure>(run);
            Assert.Equal(expected.Replace("<base>", _base), failure.PythonText);
        }

        [Fact]
        public void Stat_reports_size_kind_and_times()
        {
            string p = Path.Combine(_base, "sized");
            File.WriteAllBytes(p, new byte[1234]);
            var st = PosixCalls.Stat(p);
            Assert.Equal(1234, st.Size);
            Assert.Equal(0x8000u, st.Mode & 0xF000u);   // S_IFREG
            Assert.Equal(0x4000u, PosixCalls.Stat(_base).Mode & 0xF000u);
            Assert.InRange(st.Mtime, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
            PosixCalls.Symlink(p, p + ".link");
            Assert.Equal(0xA000u, PosixCalls.Stat(p + ".link", followSymlinks: false).Mode & 0xF000u);
            Assert.Equal(p, PosixCalls.Readlink(p + ".link"));
        }

        [Fact]
        public void Listdir_omits_dot_entries()
        {
            Assert.Equal(new[] { "d", "f" }, PosixCalls.ListDir(_base).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void File_descriptor_round_trip()
        {
            string p = Path.Combine(_base, "fd.txt");
            int fd = PosixCalls.Open(p, OsConstants.O_RDWR | OsConstants.O_CREAT | OsConstants.O_TRUNC, 0x1a4);
            Assert.Equal(5, PosixCalls.Write(fd, "hello"u8));
            Assert.Equal(1, PosixCalls.Lseek(fd, 1, 0));
            Assert.Equal("ell", System.Text.Encoding.ASCII.GetString(PosixCalls.Read(fd, 3)));
            PosixCalls.Ftruncate(fd, 2);
            Assert.Equal(2, PosixCalls.FStat(fd).Size);
            PosixCalls.Fsync(fd);
            PosixCalls.Close(fd);
        }

        [Fact]
        public void Exclusive_create_works_as_a_lock_file()
        {
            string p = Path.Combine(_base, "lock");
            int fd = PosixCalls.Open(p, OsConstants.O_CREAT | OsConstants.O_EXCL | OsConstants.O_WRONLY, 0x1a4);
            Assert.Equal(17, Assert.Throws<OsFailure>(() => PosixCalls.Open(p, OsConstants.O_CREAT | OsConstants.O_EXCL | OsConstants.O_WRONLY, 0x1a4)).Errno);
            PosixCalls.Close(fd);
            PosixCalls.Unlink(p);
        }

        [Fact]
        public void Pipe_carries_bytes()
        {
            var (r, w) = PosixCalls.Pipe();
            PosixCalls.Write(w, "ping"u8);
            PosixCalls.Close(w);
            Assert.Equal("ping", System.Text.Encoding.ASCII.GetString(PosixCalls.Read(r, 100)));
            Assert.Empty(PosixCalls.Read(r, 100));
            PosixCalls.Close(r);
        }

        [Fact]
        public void Ten_thousand_opens_and_closes_leave_the_descriptor_count_flat()
        {
            // Count only descriptors open on this test's own file, so files other tests open
            // in parallel (in this process) cannot disturb the figure.
            string p = Path.Combine(_base, "f");
            Assert.Equal(0, DescriptorsOpenOn(p));
            for (int i = 0; i < 10_000; i++) PosixCalls.Close(PosixCalls.Open(p, 0, 0));
            Assert.Equal(0, DescriptorsOpenOn(p));
            int held = PosixCalls.Open(p, 0, 0);
            Assert.Equal(1, DescriptorsOpenOn(p)); // the count does see an open descriptor
            PosixCalls.Close(held);
        }

        [Fact]
        public void Ten_thousand_os_open_fdopen_close_cycles_leave_the_descriptor_count_flat()
        {
            string p = Path.Combine(_base, "g");
            File.WriteAllText(p, "data\n");
            var name = PyStr.FromString(p);
            for (int i = 0; i < 10_000; i++)
            {
                // os.close(os.open(p, O_RDONLY)) and os.fdopen(os.open(p, O_RDONLY)).close()
                os.close(PyInt.From(os.open_(name, PyInt.From(0))));
                var f = os.fdopen(PyInt.From(os.open_(name, PyInt.From(0))));
                Ops.CallMethod(f, "read");
                Ops.CallMethod(f, "close");
            }
            Assert.Equal(0, DescriptorsOpenOn(p));
            var held = os.fdopen(PyInt.From(os.open_(name, PyInt.From(0))));
            Assert.Equal(1, DescriptorsOpenOn(p));
            Ops.CallMethod(held, "close");
            Assert.Equal(0, DescriptorsOpenOn(p));
        }

        static int DescriptorsOpenOn(string path) =>
            Directory.GetFiles("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget == path);

        [Fact]
        public void Password_database_entry_of_root()
        {
            // python2.7: pwd.getpwnam('root') == ('root', 'x', 0, 0, 'root', '/root', '/bin/bash')
            var root = PasswordDatabase.ByName("root");
            Assert.Equal(("root", 0, 0, "/root", "/bin/bash"), (root.Name, root.Uid, root.Gid, root.Home, root.Shell));
            Assert.Null(PasswordDatabase.ByName("no-such-user-here"));
        }

        [Fact]
        public void Umask_returns_the_previous_mask()
        {
            int old = PosixCalls.Umask(0x12);
            Assert.Equal(0x12, PosixCalls.Umask(old));
        }
    }
}
