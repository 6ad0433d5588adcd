using System.IO;

namespace Py2Cs.Runtime.Modules.Subprocess;

/// <summary>
/// communicate()'s loop: writes the input to the child's stdin while draining its stdout and stderr,
/// with poll(2) so neither side blocks on a full pipe (CPython's _communicate_with_poll). Runs without
/// the GIL: it touches only descriptors and byte buffers.
/// </summary>
internal static unsafe class PipeExchange
{
    const int PipeBuf = 512, ReadChunk = 32768;

    public static void Run(int inFd, byte[] input, int outFd, MemoryStream outBuf, int errFd, MemoryStream errBuf)
    {
        using var _ = Gil.Blocking();
        int written = 0;
        var fds = stackalloc PollSyscall.PollFd[3];
        byte* chunk = stackalloc byte[ReadChunk];
        while (inFd >= 0 || outFd >= 0 || errFd >= 0)
        {
            int n = 0;
            if (inFd >= 0) fds[n++] = new PollSyscall.PollFd { Fd = inFd, Events = PollSyscall.POLLOUT };
            if (outFd >= 0) fds[n++] = new PollSyscall.PollFd { Fd = outFd, Events = PollSyscall.POLLIN | PollSyscall.POLLPRI };
            if (errFd >= 0) fds[n++] = new PollSyscall.PollFd { Fd = errFd, Events = PollSyscall.POLLIN | PollSyscall.POLLPRI };
            int r = PollSyscall.poll(fds, (nuint)n, -1);
            if (r < 0) { if (Libc.Errno == 4) continue; throw new OsFailure(Libc.Errno); }
            for (int i = 0; i < n; i++)
            {
                var ev = fds[i].Revents;
                if (ev == 0) continue;
                int fd = fds[i].Fd;
                if (fd == inFd)
                {
                    if ((ev & PollSyscall.POLLOUT) != 0)
                    {
                        int len = System.Math.Min(PipeBuf, input.Length - written);
                        nint w;
                        fixed (byte* p = input) w = Libc.write(fd, p + written, len);
                        if (w < 0 && Libc.Errno == 32) written = input.Length;   // EPIPE: the child stopped reading
                        else if (w > 0) written += (int)w;
                    }
                    else written = input.Length;
                    if (written >= input.Length) { Libc.close(inFd); inFd = -1; }
                }
                else
                {
                    nint got = Libc.read(fd, chunk, ReadChunk);
                    if (got < 0 && Libc.Errno == 4) continue;
                    if (got <= 0) { if (fd == outFd) outFd = -1; else errFd = -1; continue; }
                    (fd == outFd ? outBuf : errBuf).Write(new System.ReadOnlySpan<byte>(chunk, (int)got));
                }
            }
        }
    }
}
