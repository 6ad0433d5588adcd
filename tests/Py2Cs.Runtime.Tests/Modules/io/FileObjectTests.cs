using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Io
{
    /// <summary>
    /// The built-in file object and io.open on a scratch directory: nothing is lost (descriptors
    /// are closed, failed writes raise, buffered data reaches the disk), and the buffering and
    /// chunk-boundary behaviour CPython shows. Expected values were recorded from python2.7.
    /// </summary>
    [Collection("descriptor count")]
    public sealed class FileObjectTests : IDisposable
    {
        readonly string _base = Directory.CreateTempSubdirectory("py2cs-io-").FullName;

        public void Dispose() => Directory.Delete(_base, true);

        string PathOf(string name) => Path.Combine(_base, name);

        static PyStr S(string s) => PyStr.FromString(s);

        static int DescriptorsOpenOn(string path) =>
            Directory.GetFiles("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget == path);

        [Fact]
        public void Ten_thousand_file_objects_opened_and_closed_leave_no_descriptor()
        {
            string p = PathOf("f");
            File.WriteAllText(p, "x");
            for (int i = 0; i < 10_000; i++)
            {
                var f = PyFile.Open(S(p), i % 2 == 0 ? "r" : "a", -1);
                if (i % 2 == 1) f.WriteObject(S("y"));
                f.Close();
            }
            Assert.Equal(0, DescriptorsOpenOn(p));
            Assert.Equal(1 + 5_000, new FileInfo(p).Length);
            var held = PyFile.Open(S(p), "r", -1);
            Assert.Equal(1, DescriptorsOpenOn(p));   // the count does see an open file
            held.Close();
        }

        [Fact]
        public void Ten_thousand_io_open_calls_closed_by_with_leave_no_descriptor()
        {
            string p = PathOf("g");
            File.WriteAllText(p, "text\n");
            var close = PyStr.Intern("close");
            for (int i = 0; i < 10_000; i++)
            {
                var f = io.open(S(p), S(i % 3 == 0 ? "rb" : i % 3 == 1 ? "r" : "r+b"));
                Ops.CallMethod(f, close);
            }
            Assert.Equal(0, DescriptorsOpenOn(p));
        }

        [Fact]
        public void Unreferenced_files_are_closed_by_the_collector()
        {
            string p = PathOf("h");
            File.WriteAllText(p, "x");
            OpenAndDrop(p, 200);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.Equal(0, DescriptorsOpenOn(p));
        }

        static void OpenAndDrop(string p, int n)
        {
            for (int i = 0; i < n; i++) PyFile.Open(S(p), "r", -1);
        }

        [Fact]
        public void Writing_to_dev_full_raises_no_space_left_on_device()
        {
            // python2.7: open('/dev/full', 'w').write('x' * 10000) -> IOError(28, 'No space left on device'), filename None
            var f = PyFile.Open(S("/dev/full"), "w", -1);
            var e = Assert.Throws<PythonException>(() => f.WriteObject(S(new string('x', 10_000))));
            Assert.True(e.Is(PyExceptionTypes.IOError));
            Assert.Equal("[Errno 28] No space left on device", Ops.Str(e.Value).ToString());
            f.Close();
        }

        [Fact]
        public void A_small_write_to_dev_full_fails_at_flush_and_the_data_is_dropped()
        {
            // python2.7: g.write('small') is buffered; g.flush() raises [Errno 28]; g.close() then succeeds
            var f = PyFile.Open(S("/dev/full"), "w", -1);
            f.WriteObject(S("small"));
            var e = Assert.Throws<PythonException>(() => f.FlushChecked());
            Assert.Equal("[Errno 28] No space left on device", Ops.Str(e.Value).ToString());
            f.Close();
            Assert.True(f.IsClosed);
        }

        [Fact]
        public void Closing_with_unflushable_data_raises_but_still_closes()
        {
            var f = PyFile.Open(S("/dev/full"), "w", -1);
            f.WriteObject(S("small"));
            Assert.Throws<PythonException>(() => f.Close());
            Assert.True(f.IsClosed);
        }

        [Fact]
        public void Buffered_data_of_a_referenced_file_stays_buffered_until_flush()
        {
            // python2.7: g = open(p, 'w'); g.write('held'); os.path.getsize(p) -> 0
            string p = PathOf("held");
            var f = PyFile.Open(S(p), "w", -1);
            f.WriteObject(S("held"));
            OpenFiles.SettleUnreferenced();
            Assert.Equal(0, new FileInfo(p).Length);
            f.FlushChecked();
            Assert.Equal(4, new FileInfo(p).Length);
            f.Close();
        }

        [Fact]
        public void A_file_nobody_references_is_flushed_before_the_next_open()
        {
            // python2.7: open(p, 'w').write('data'); os.path.getsize(p) -> 4 (refcounting closed it)
            string p = PathOf("dropped");
            WriteAndDrop(p, "data");
            var again = PyFile.Open(S(p), "r", -1);
            Assert.Equal("data", again.Read().ToString());
            again.Close();
        }

        static void WriteAndDrop(string p, string text) => PyFile.Open(S(p), "w", -1).WriteObject(S(text));

        [Fact]
        public void At_exit_every_open_file_is_flushed()
        {
            string p = PathOf("atexit");
            var f = PyFile.Open(S(p), "w", -1);
            f.WriteObject(S("never closed"));
            Assert.Equal(0, new FileInfo(p).Length);
            OpenFiles.FlushAll();
            Assert.Equal(12, new FileInfo(p).Length);
            f.Close();
        }

        [Fact]
        public void Dropped_io_writers_are_flushed_and_closed_by_the_collector()
        {
            // CPython's dealloc closes (so flushes) text and buffered writers nobody references
            string text = PathOf("io-text"), binary = PathOf("io-binary");
            DropIoWriters(text, binary);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.Equal("caf\u00e9\n", File.ReadAllText(text));
            Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(binary));
            Assert.Equal(0, DescriptorsOpenOn(text));
            Assert.Equal(0, DescriptorsOpenOn(binary));
        }

        static void DropIoWriters(string text, string binary)
        {
            var write = PyStr.Intern("write");
            Ops.CallMethod(io.open(S(text), S("w"), encoding: S("utf-8")), write, PyUnicode.FromString("caf\u00e9\n"));
            Ops.CallMethod(io.open(S(binary), S("wb")), write, PyStr.FromBytes(new byte[] { 1, 2, 3 }));
            for (int i = 0; i < 50; i++) io.open(S(text), S("r"));   // dropped readers: their descriptors must close too
        }

        [Fact]
        public void Io_writers_never_closed_are_flushed_at_exit()
        {
            string p = PathOf("io-exit");
            var f = io.open(S(p), S("w"));
            Ops.CallMethod(f, PyStr.Intern("write"), PyUnicode.FromString("pending"));
            Assert.Equal(0, new FileInfo(p).Length);
            OpenFiles.FlushAll();
            Assert.Equal("pending", File.ReadAllText(p));
            Ops.CallMethod(f, PyStr.Intern("close"));
        }

        [Fact]
        public void Line_buffered_files_write_up_to_the_last_newline()
        {
            // python2.7: f = open(p, 'w', 1); f.write('line buffered\nrest'); getsize -> 14
            string p = PathOf("lb");
            var f = PyFile.Open(S(p), "w", 1);
            f.WriteObject(S("line buffered\nrest"));
            Assert.Equal(14, new FileInfo(p).Length);
            f.Close();
            Assert.Equal(18, new FileInfo(p).Length);
        }

        [Fact]
        public void Universal_newlines_join_a_crlf_split_across_read_chunks()
        {
            // python2.7: 'a'*8191 + '\r\nb' read with 'rU' -> line lengths [8192, 1], newlines '\r\n'
            string p = PathOf("u");
            File.WriteAllBytes(p, Enumerable.Repeat((byte)'a', 8191).Concat("\r\nb"u8.ToArray()).ToArray());
            var f = PyFile.Open(S(p), "rU", -1);
            var lines = f.ReadLines(0);
            Assert.Equal(new[] { 8192, 1 }, lines.ToArray().Select(l => l.Len()));
            Assert.Equal("\r\n", f.Newlines.ToString());
            f.Close();
        }

        [Fact]
        public void A_carriage_return_at_the_end_of_the_file_is_translated_but_not_counted()
        {
            // python2.7: 'a'*8191 + '\r' read with 'rU' -> [8192], newlines None
            string p = PathOf("cr");
            File.WriteAllBytes(p, Enumerable.Repeat((byte)'a', 8191).Concat("\r"u8.ToArray()).ToArray());
            var f = PyFile.Open(S(p), "rU", -1);
            var lines = f.ReadLines(0);
            Assert.Equal(new[] { 8192 }, lines.ToArray().Select(l => l.Len()));
            Assert.Same(PyNone.None, f.Newlines);
            f.Close();
        }

        [Fact]
        public void Text_files_decode_a_character_split_across_chunks()
        {
            // python2.7: 'a'*8191 + '\xc3\xa9z\n' with io.open(encoding='utf-8'): readline() has 8194
            // characters ending u'\xe9z\n' and tell() is 8195; read(8192) then tell() is 8193
            string p = PathOf("utf8");
            File.WriteAllBytes(p, Enumerable.Repeat((byte)'a', 8191).Concat(new byte[] { 0xC3, 0xA9, (byte)'z', (byte)'\n' }).ToArray());
            var readline = PyStr.Intern("readline");
            var tell = PyStr.Intern("tell");
            var f = io.open(S(p), S("r"), encoding: S("utf-8"));
            var line = (PyUnicode)Ops.CallMethod(f, readline);
            Assert.Equal(8194, line.Len());
            Assert.EndsWith("\u00e9z\n", line.Value);
            Assert.Equal(8195L, Ops.IndexToLong(Ops.CallMethod(f, tell)));
            Ops.CallMethod(f, PyStr.Intern("close"));
            f = io.open(S(p), S("r"), encoding: S("utf-8"));
            Assert.Equal(8192, Ops.CallMethod(f, PyStr.Intern("read"), PyInt.From(8192)).Len());
            Assert.Equal(8193L, Ops.IndexToLong(Ops.CallMethod(f, tell)));
            Ops.CallMethod(f, PyStr.Intern("close"));
        }

        [Fact]
        public void Untranslated_universal_mode_keeps_lone_carriage_returns_across_chunks()
        {
            // python2.7: 'x\r' * 5000 with io.open(newline='') -> 5000 lines, last u'x\r';
            // with the default newline=None -> 5000 lines, last u'x\n', newlines u'\r'
            string p = PathOf("crs");
            File.WriteAllText(p, string.Concat(Enumerable.Repeat("x\r", 5000)));
            var readlines = PyStr.Intern("readlines");
            var f = io.open(S(p), newline: PyUnicode.FromString(""));
            var lines = (PyList)Ops.CallMethod(f, readlines);
            Assert.Equal(5000, lines.Len());
            Assert.Equal("x\r", ((PyUnicode)lines.ToArray()[^1]).Value);
            f = io.open(S(p));
            lines = (PyList)Ops.CallMethod(f, readlines);
            Assert.Equal(5000, lines.Len());
            Assert.Equal("x\n", ((PyUnicode)lines.ToArray()[^1]).Value);
            Assert.Equal("\r", Ops.GetAttr(f, PyStr.Intern("newlines")).ToString());
        }

        [Fact]
        public void Mixing_iteration_and_read_is_refused_while_read_ahead_data_remains()
        {
            string p = PathOf("mix");
            File.WriteAllText(p, "one\ntwo\n");
            var f = PyFile.Open(S(p), "r", -1);
            Assert.Equal("one\n", f.Next().ToString());
            var e = Assert.Throws<PythonException>(() => f.Read(1));
            Assert.Equal("Mixing iteration and read methods would lose data", Ops.Str(e.Value).ToString());
            f.Seek(0, 0);
            Assert.Equal("o", f.Read(1).ToString());
            f.Close();
        }

        [Fact]
        public void Opening_a_missing_file_reports_errno_text_and_name()
        {
            // python2.7: open('missing.txt') -> IOError: [Errno 2] No such file or directory: '<path>'
            string p = PathOf("missing.txt");
            var e = Assert.Throws<PythonException>(() => PyFile.Open(S(p), "r", -1));
            Assert.True(e.Is(PyExceptionTypes.IOError));
            Assert.Equal($"[Errno 2] No such file or directory: '{p}'", Ops.Str(e.Value).ToString());
        }

        [Theory]
        [InlineData("", "empty mode string")]
        [InlineData("z", "mode string must begin with one of 'r', 'w', 'a' or 'U', not 'z'")]
        [InlineData("wU", "universal newline mode can only be used with modes starting with 'r'")]
        public void Bad_modes_are_refused_with_cpythons_messages(string mode, string message)
        {
            var e = Assert.Throws<PythonException>(() => PyFile.Open(S(PathOf("m")), mode, -1));
            Assert.True(e.Is(PyExceptionTypes.ValueError));
            Assert.Equal(message, Ops.Str(e.Value).ToString());
        }
    }
}
