using System;
using System.IO;

namespace Py2Cs.Runtime;

/// <summary>
/// An unbuffered stream over a POSIX file descriptor: every Read/Write/Seek is one system call, so
/// the file object and io.FileIO see exactly what CPython's stdio and _io see (errno included:
/// writing to /dev/full fails with ENOSPC at the call that reaches the kernel). Failures raise the
/// Python IOError, "[Errno N] text", as CPython's file and FileIO methods do.
/// </summary>
internal sealed unsafe class DescriptorStream : Stream
{
    int _fd;
    readonly bool _closeFd;
    readonly bool _canRead, _canWrite;
    bool? _canSeek;

    public DescriptorStream(int fd, bool canRead, bool canWrite, bool closeFd = true)
    {
        _fd = fd;
        _canRead = canRead;
        _canWrite = canWrite;
        _closeFd = closeFd;
    }

    public int Descriptor => _fd;

    /// <summary>For socket.makefile on a socket in timeout mode (its descriptor is O_NONBLOCK): how long a
    /// read or write waits for readiness before raising socket.timeout, as 2.7's _fileobject does through
    /// recv/sendall. Negative: EAGAIN is an error as for any file.</summary>
    internal double SocketTimeout { get; init; } = -1;

    /// <summary>EAGAIN on a socket file in timeout mode: wait for readiness (true to retry), or raise socket.timeout.</summary>
    bool WaitForSocket(bool forWrite)
    {
        if (SocketTimeout <= 0 || Libc.Errno != 11) return false;
        var p = new PollSyscall.PollFd { Fd = _fd, Events = forWrite ? PollSyscall.POLLOUT : PollSyscall.POLLIN };
        int r;
        using (Gil.Blocking())
        {
            do r = PollSyscall.poll(&p, 1, (int)(SocketTimeout * 1000 + 0.5)); while (r < 0 && Libc.Errno == 4);
        }
        if (r == 0) throw Modules.Socket.SocketErrors.TimedOut();
        return true;
    }

    internal static PythonException Fail()
    {
        int errno = Libc.Errno;
        return Ops.EnvironmentError(PyExceptionTypes.IOError, errno, ErrnoTable.Message(errno), null);
    }

    public override bool CanRead => _canRead;
    public override bool CanWrite => _canWrite;
    public override bool CanSeek => _canSeek ??= _fd >= 0 && Libc.lseek(_fd, 0, 1) >= 0;
    public override long Length => PosixCalls.FStat(_fd).Size;

    public override long Position
    {
        get => Seek(0, SeekOrigin.Current);
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        nint n;
        // A read from a pipe, socket or terminal can block: other Python threads run meanwhile.
        do
        {
            fixed (byte* p = buffer)
            using (Gil.Blocking())
            {
                do n = Libc.read(_fd, p, buffer.Length);
                while (n < 0 && Libc.Errno == 4);   // EINTR: retry, as CPython does after running signal handlers
            }
        }
        while (n < 0 && WaitForSocket(forWrite: false));
        if (n < 0) throw Fail();
        return (int)n;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            int n = WriteSome(buffer);
            buffer = buffer[n..];
        }
    }

    /// <summary>One write(2): the number of bytes the kernel took.</summary>
    public int WriteSome(ReadOnlySpan<byte> buffer)
    {
        nint n;
        fixed (byte* p = buffer)
        {
            do n = Libc.write(_fd, p, buffer.Length);
            while (n < 0 && (Libc.Errno == 4 || WaitForSocket(forWrite: true)));
        }
        if (n < 0) throw Fail();
        return (int)n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        long r = Libc.lseek(_fd, offset, (int)origin);
        if (r < 0) throw Fail();
        return r;
    }

    public override void SetLength(long value)
    {
        if (Libc.ftruncate(_fd, value) < 0) throw Fail();
    }

    public override void Flush() { }

    /// <summary>close(2) now, reporting its error (Dispose swallows nothing either).</summary>
    public void CloseDescriptor()
    {
        int fd = _fd;
        if (fd < 0) return;
        _fd = -1;
        if (_closeFd && Libc.close(fd) < 0) throw Fail();
    }

    protected override void Dispose(bool disposing)
    {
        if (_fd >= 0 && _closeFd) Libc.close(_fd);
        _fd = -1;
        base.Dispose(disposing);
    }
}
