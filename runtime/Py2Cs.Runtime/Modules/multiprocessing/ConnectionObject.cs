using System;
using System.Buffers.Binary;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// _multiprocessing.Connection: one end of a Pipe over a descriptor (a socketpair end, or one end of
/// os.pipe()). Messages are framed as connection.c does on Unix: a 4-byte big-endian length, then the
/// bytes; send/recv carry cPickle (protocol 2) of the object. Reads, writes and poll release the GIL.
/// Errors are connection.c's (IOError "connection is read-only", EOFError at the peer's close...).
/// </summary>
public sealed unsafe class ConnectionObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("_multiprocessing.Connection", () => PyType.ObjectType, Populate);

    int _handle;
    bool _readable, _writable;

    public override PyType Type => TypeObject;

    public ConnectionObject(int handle, bool readable = true, bool writable = true)
    {
        if (handle < 0) throw Ops.IOError($"invalid handle {handle}");
        if (!readable && !writable) throw Ops.ValueError("either readable or writable must be true");
        _handle = handle;
        _readable = readable;
        _writable = writable;
    }

    // Like connection.c's dealloc: a dropped end closes its descriptor, so a reader sees EOF.
    ~ConnectionObject()
    {
        if (_handle >= 0 && !ForkableProcess.IsForkedChild) Libc.close(_handle);
    }

    public int Handle => _handle;
    public bool Closed => _handle < 0;

    public void Close()
    {
        if (_handle < 0) return;
        int h = _handle;
        _handle = -1;
        GC.SuppressFinalize(this);
        Libc.close(h);
    }

    void CheckReadable() { if (!_readable) throw Ops.IOError("connection is write-only"); }
    void CheckWritable() { if (!_writable) throw Ops.IOError("connection is read-only"); }

    static PythonException Errno(int errno) => OsErrors.ToPython(new OsFailure(errno), PyExceptionTypes.IOError);

    public void SendBytes(ReadOnlySpan<byte> message)
    {
        CheckWritable();
        var frame = new byte[4 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)message.Length);
        message.CopyTo(frame.AsSpan(4));
        WriteAll(frame);
    }

    void WriteAll(byte[] data)
    {
        int done = 0, errno = 0;
        fixed (byte* p = data)
        using (Gil.Blocking())
        {
            while (done < data.Length)
            {
                nint n = Libc.write(_handle, p + done, data.Length - done);
                if (n < 0)
                {
                    errno = Libc.Errno;
                    if (errno == 4) { errno = 0; continue; }
                    break;
                }
                done += (int)n;
            }
        }
        if (errno != 0) throw Errno(errno);
    }

    /// <summary>Reads <paramref name="count"/> bytes: true when all arrived, false at end of file before
    /// the first byte; end of file part-way is connection.c's "got end of file during message".</summary>
    bool ReadAll(byte[] buffer, int count)
    {
        int done = 0, errno = 0;
        bool eof = false;
        if (count == 0) return true;
        fixed (byte* p = buffer)
        using (Gil.Blocking())
        {
            while (done < count)
            {
                nint n = Libc.read(_handle, p + done, count - done);
                if (n < 0)
                {
                    errno = Libc.Errno;
                    if (errno == 4) { errno = 0; continue; }
                    break;
                }
                if (n == 0) { eof = true; break; }
                done += (int)n;
            }
        }
        if (errno != 0) throw Errno(errno);
        if (eof && done > 0) throw Ops.IOError("got end of file during message");
        return !eof;
    }

    /// <summary>The next message; <paramref name="maxLength"/> negative for no limit.</summary>
    public byte[] RecvBytes(long maxLength = -1)
    {
        CheckReadable();
        var header = new byte[4];
        if (!ReadAll(header, 4)) throw new PythonException(Ops.Call(PyExceptionTypes.EOFError));
        uint length = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (maxLength >= 0 && length > maxLength)
        {
            // connection.c: a duplex end becomes write-only, a read-only end is closed.
            if (!_writable) Close();
            else _readable = false;
            throw Ops.IOError("bad message length");
        }
        var body = new byte[length];
        if (!ReadAll(body, (int)length)) throw new PythonException(Ops.Call(PyExceptionTypes.EOFError));
        return body;
    }

    /// <summary>poll(timeout): seconds, negative to wait for ever.</summary>
    public bool Poll(double timeout)
    {
        CheckReadable();
        var fd = new PollSyscall.PollFd { Fd = _handle, Events = PollSyscall.POLLIN };
        int ms = timeout < 0 ? -1 : (int)Math.Min(timeout * 1000 + 0.5, int.MaxValue);
        int r, errno = 0;
        using (Gil.Blocking())
        {
            do { r = PollSyscall.poll(&fd, 1, ms); if (r < 0) errno = Libc.Errno; }
            while (r < 0 && errno == 4);
        }
        if (r < 0) throw Errno(errno);
        return r > 0;
    }

    public void Send(PyObject obj)
    {
        CheckWritable();
        SendBytes(((PyStr)Ops.Call(Pickling.Dumps, obj, PyInt.From(2))).Bytes);
    }

    public PyObject Recv() => Ops.Call(Pickling.Loads, PyStr.FromBytes(RecvBytes()));

    public override PyStr Repr()
    {
        string kind = _readable && _writable ? "read-write" : _readable ? "read-only" : "write-only";
        return PyStr.FromString($"<{kind} Connection, handle {_handle}>");
    }

    static ConnectionObject Self(PyObject o) => o as ConnectionObject ?? throw Ops.TypeError("descriptor requires a '_multiprocessing.Connection' object");

    static PyObject SendBytesMethod(PyObject self, PyObject[] a)
    {
        var conn = Self(self);
        var data = IOBases.BufferBytes(a[0]);
        long offset = a[1] == null ? 0 : Ops.IndexToLong(a[1]);
        if (offset < 0) throw Ops.ValueError("offset is negative");
        if (data.Length < offset) throw Ops.ValueError("buffer length < offset");
        long size;
        if (a[2] == null || a[2] is PyNone) size = data.Length - offset;
        else
        {
            size = Ops.IndexToLong(a[2]);
            if (size < 0) throw Ops.ValueError("size is negative");
            if (offset + size > data.Length) throw Ops.ValueError("buffer length < offset + size");
        }
        conn.SendBytes(data.AsSpan((int)offset, (int)size));
        return PyNone.None;
    }

    static PyObject RecvBytesIntoMethod(PyObject self, PyObject[] a)
    {
        var conn = Self(self);
        if (a[0] is not PyByteArray target) throw Ops.TypeError("must be read-write buffer, not " + a[0].TypeName);
        long offset = a[1] == null ? 0 : Ops.IndexToLong(a[1]);
        if (offset < 0) throw Ops.ValueError("negative offset");
        if (offset > target.Data.Count) throw Ops.ValueError("offset too large");
        var message = conn.RecvBytes();
        if (offset + message.Length > target.Data.Count)
            throw new PythonException(Ops.Call(multiprocessingModule.BufferTooShort, PyStr.FromBytes(message)));
        for (int i = 0; i < message.Length; i++) target.Data[(int)offset + i] = message[i];
        return PyInt.From(message.Length);
    }

    static void Populate(PyType t)
    {
        t.Constructor = (type, args, kwNames) =>
        {
            var a = ArgumentParser.Parse("Connection", args, kwNames, 1, 3, "handle", "readable", "writable");
            return new ConnectionObject(Ops.ToInt32(a[0]), a[1] == null || Ops.IsTrue(a[1]), a[2] == null || Ops.IsTrue(a[2]));
        };
        t.DefMethod("send", (s, o) => { Self(s).Send(o); return PyNone.None; });
        t.DefMethod("recv", s => Self(s).Recv());
        t.DefMethod("send_bytes", 1, new[] { "buffer", "offset", "size" }, SendBytesMethod);
        t.DefMethod("recv_bytes", 0, new[] { "maxlength" }, (s, a) =>
        {
            long max = -1;
            if (a[0] != null && a[0] is not PyNone)
            {
                max = Ops.IndexToLong(a[0]);
                if (max < 0) throw Ops.ValueError("maxlength < 0");
            }
            return PyStr.FromBytes(Self(s).RecvBytes(max));
        });
        t.DefMethod("recv_bytes_into", 1, new[] { "buffer", "offset" }, RecvBytesIntoMethod);
        t.DefMethod("poll", 0, new[] { "timeout" }, (s, a) =>
        {
            double timeout = 0;
            if (a[0] != null) timeout = a[0] is PyNone ? -1 : Math.Max(0, ((PyFloat)NumberTypes.FloatFromObject(a[0])).Value);
            return PyBool.From(Self(s).Poll(timeout));
        });
        t.DefMethod("fileno", s =>
        {
            var c = Self(s);
            if (c._handle < 0) throw Ops.IOError("handle is invalid");
            return PyInt.From(c._handle);
        });
        t.DefMethod("close", s => { Self(s).Close(); return PyNone.None; });
        t.DefProperty("closed", s => PyBool.From(Self(s).Closed));
        t.DefProperty("readable", s => PyBool.From(Self(s)._readable));
        t.DefProperty("writable", s => PyBool.From(Self(s)._writable));
    }
}

/// <summary>cPickle's dumps/loads, looked up once (multiprocessing pickles every message as 2.7 does).</summary>
internal static class Pickling
{
    static PyObject _dumps, _loads;
    public static PyObject Dumps => _dumps ??= Ops.GetAttr(Importer.ImportModule("cPickle"), PyStr.Intern("dumps"));
    public static PyObject Loads => _loads ??= Ops.GetAttr(Importer.ImportModule("cPickle"), PyStr.Intern("loads"));
}
