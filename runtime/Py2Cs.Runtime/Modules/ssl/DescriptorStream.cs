using System;
using System.IO;
using Py2Cs.Runtime.Modules.Socket;

namespace Py2Cs.Runtime.Modules.Ssl;

/// <summary>
/// The byte stream SslStream runs over: recv/send on the Python socket's descriptor. It is used
/// only while the GIL is released, so it touches no Python object: errors are IOExceptions carrying
/// the errno (<see cref="ErrnoIOException"/>), turned into Python exceptions by the caller.
/// </summary>
internal sealed unsafe class DescriptorStream : Stream
{
    const int MSG_NOSIGNAL = 0x4000, EINTR = 4;
    readonly SocketState state;

    public DescriptorStream(SocketState state) { this.state = state; }

    public override bool CanRead => true;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    // SslStream reads ahead; handing it one TLS record at a time keeps whatever follows the peer's
    // close_notify (plain data after unwrap()) in the socket, as OpenSSL's record reads do.
    readonly byte[] header = new byte[5];
    int headerLength, headerDelivered, recordRemaining;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0) return 0;
        if (headerDelivered < headerLength)
        {
            int n = Math.Min(count, headerLength - headerDelivered);
            Array.Copy(header, headerDelivered, buffer, offset, n);
            headerDelivered += n;
            return n;
        }
        if (recordRemaining == 0)
        {
            headerLength = headerDelivered = 0;
            while (headerLength < 5)
            {
                int got = Receive(header, headerLength, 5 - headerLength);
                if (got == 0) break;
                headerLength += got;
            }
            if (headerLength == 0) return 0;
            if (headerLength == 5) recordRemaining = (header[3] << 8) | header[4];
            return Read(buffer, offset, count);
        }
        int r = Receive(buffer, offset, Math.Min(count, recordRemaining));
        recordRemaining -= r;
        if (r == 0) recordRemaining = 0;
        return r;
    }

    int Receive(byte[] buffer, int offset, int count)
    {
        int fd = state.Fd;
        if (fd < 0) throw new ErrnoIOException(9);
        nint n;
        fixed (byte* p = buffer)
        {
            do n = SocketCalls.recv(fd, p + offset, count, 0); while (n < 0 && Libc.Errno == EINTR);
        }
        if (n < 0) throw new ErrnoIOException(Libc.Errno);
        return (int)n;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            int fd = state.Fd;
            if (fd < 0) throw new ErrnoIOException(9);
            nint n;
            fixed (byte* p = buffer)
            {
                do n = SocketCalls.send(fd, p + offset, count, MSG_NOSIGNAL); while (n < 0 && Libc.Errno == EINTR);
            }
            if (n < 0) throw new ErrnoIOException(Libc.Errno);
            offset += (int)n; count -= (int)n;
        }
    }
}

/// <summary>A failed system call under SslStream: the errno, for socket.error(errno, strerror).</summary>
internal sealed class ErrnoIOException : IOException
{
    public int Errno { get; }
    public ErrnoIOException(int errno) : base("errno " + errno) { Errno = errno; }
}
