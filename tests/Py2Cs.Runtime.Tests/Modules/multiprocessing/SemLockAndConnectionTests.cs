using System;
using System.Buffers.Binary;
using Py2Cs.Runtime.Modules.Multiprocessing;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Multiprocessing
{
    /// <summary>
    /// _multiprocessing.SemLock and _multiprocessing.Connection through the runtime API, in one process
    /// (no fork in the test host; the cross-process behaviour is covered by
    /// tests/conformance-extra/multiprocessing). Expected values and messages were recorded from python2.7.
    /// </summary>
    public class SemLockAndConnectionTests
    {
        static string Message(Action a)
        {
            try { a(); }
            catch (PythonException e) { return Ops.ExceptionLine(e.Value); }
            return "no exception";
        }

        static PyObject Call(PyObject o, string name, params PyObject[] args) => Ops.CallMethod(o, name, args);

        [Fact]
        public void Semaphore_counts_and_refuses_to_rise_above_maxvalue()
        {
            // s = SemLock(SEMAPHORE, 2, 3)
            var s = new SemLockObject(SemLockObject.Semaphore, 2, 3);
            Assert.Equal((2, 1, 3, 0, false), (s.Value, s.Kind, s.MaxValue, s.Count, s.IsMine));
            Assert.True(s.Acquire());
            Assert.True(s.Acquire());
            Assert.False(s.Acquire(block: false));
            Assert.Equal((2, true, 0), (s.Count, s.IsMine, s.Value));
            Assert.False(s.Acquire(true, 0.01));
            // acquire(timeout=-1): a negative timeout counts as 0
            Assert.Equal(PyBool.False, Ops.Call(Ops.GetAttr(s, "acquire"), new PyObject[] { PyInt.From(-1) }, new[] { PyStr.Intern("timeout") }));
            s.Release(); s.Release(); s.Release();
            Assert.Equal("ValueError: semaphore or lock released too many times", Message(() => s.Release()));
            Assert.Equal(3, s.Value);
        }

        [Fact]
        public void Recursive_mutex_counts_the_owner_and_rejects_other_releases()
        {
            var r = new SemLockObject(SemLockObject.RecursiveMutex, 1, 1);
            Assert.True(r.Acquire());
            Assert.True(r.Acquire());
            Assert.Equal((2, 0), (r.Count, r.Value));
            r.Release(); r.Release();
            Assert.Equal("AssertionError: attempt to release recursive lock not owned by thread", Message(() => r.Release()));
            Assert.Equal("ValueError: unrecognized kind", Message(() => new SemLockObject(5, 1, 1)));
            Assert.Equal(2147483647L, ((PyInt)Ops.GetAttr(SemLockObject.TypeObject, "SEM_VALUE_MAX")).Value);
        }

        [Fact]
        public void Semaphore_wakes_a_waiter_on_another_thread()
        {
            var s = new SemLockObject(SemLockObject.Semaphore, 0, SemLockObject.SemValueMax);
            var waiter = new System.Threading.Thread(() => s.Acquire(true, 10));
            waiter.Start();
            System.Threading.Thread.Sleep(50);
            s.Release();
            Assert.True(waiter.Join(10000));
            Assert.Equal(0, s.Value);
        }

        static (int Read, int Write) Pipe() => PosixCalls.Pipe();

        [Fact]
        public void Messages_are_framed_with_a_big_endian_length()
        {
            var (r, w) = Pipe();
            var writer = new ConnectionObject(w, readable: false);
            Call(writer, "send_bytes", PyStr.FromString("abc"));
            Assert.Equal("\u0000\u0000\u0000\u0003abc", PosixCallsText(r, 100));
            writer.Send(PyTuple.Create(PyInt.From(1), PyStr.FromString("x")));
            var data = PosixCalls.Read(r, 1000);
            Assert.Equal((uint)(data.Length - 4), BinaryPrimitives.ReadUInt32BigEndian(data));
            Assert.Equal(new byte[] { 0x80, 0x02 }, data[4..6]);   // pickle protocol 2
            Assert.Equal("<write-only Connection, handle " + w + ">", Ops.Repr(writer).ToString());
            Assert.Equal("IOError: connection is write-only", Message(() => writer.RecvBytes()));
            writer.Close();
            Libc.close(r);
        }

        static string PosixCallsText(int fd, int count)
        {
            var bytes = PosixCalls.Read(fd, count);
            var chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
            return new string(chars);
        }

        [Fact]
        public void End_of_file_before_and_inside_a_message()
        {
            var (r, w) = Pipe();
            var reader = new ConnectionObject(r, writable: false);
            byte[] hello = { 0, 0, 0, 5, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' };
            PosixCalls.Write(w, hello);
            Assert.Equal("hello", PyStr.FromBytes(reader.RecvBytes()).ToString());
            Assert.False(reader.Poll(0));
            byte[] truncated = { 0, 0, 0, 3, (byte)'x', (byte)'y' };
            PosixCalls.Write(w, truncated);
            Libc.close(w);
            Assert.Equal("IOError: got end of file during message", Message(() => reader.RecvBytes()));
            Assert.Equal("EOFError", Message(() => reader.RecvBytes()));
            reader.Close();
            Assert.Equal("IOError: invalid handle -1", Message(() => new ConnectionObject(-1, false, false)));
            Assert.Equal("ValueError: either readable or writable must be true", Message(() => new ConnectionObject(1, false, false)));
        }

        [Fact]
        public void Argument_errors_of_send_bytes_and_recv_bytes()
        {
            var (a, b) = multiprocessingModule.MakePipe(duplex: true);
            var abc = PyStr.FromString("abc");
            Assert.Equal("ValueError: offset is negative", Message(() => Call(a, "send_bytes", abc, PyInt.From(-1))));
            Assert.Equal("ValueError: buffer length < offset", Message(() => Call(a, "send_bytes", abc, PyInt.From(4))));
            Assert.Equal("ValueError: size is negative", Message(() => Call(a, "send_bytes", abc, PyInt.From(1), PyInt.From(-1))));
            Assert.Equal("ValueError: buffer length < offset + size", Message(() => Call(a, "send_bytes", abc, PyInt.From(1), PyInt.From(3))));
            Assert.Equal("ValueError: maxlength < 0", Message(() => Call(a, "recv_bytes", PyInt.From(-1))));
            Call(a, "send_bytes", PyStr.FromString("hello world"), PyInt.From(6));
            Assert.Equal("world", Call(b, "recv_bytes").ToString());
            Call(a, "send_bytes", PyStr.FromString("0123456789"));
            // A message longer than maxlength: the duplex end becomes write-only (connection.c).
            Assert.Equal("IOError: bad message length", Message(() => Call(b, "recv_bytes", PyInt.From(3))));
            Assert.Equal((false, true), (Ops.IsTrue(Ops.GetAttr(b, "readable")), Ops.IsTrue(Ops.GetAttr(b, "writable"))));
            a.Close();
            Assert.Equal("IOError: handle is invalid", Message(() => Call(a, "fileno")));
            b.Close();
        }
    }
}
