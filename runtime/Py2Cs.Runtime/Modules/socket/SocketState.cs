using System;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>
/// One open socket: descriptor, family/type/proto and the timeout (-1 = blocking), with the
/// system calls CPython's socketmodule.c makes, including its timeout discipline: each operation on a
/// socket with a timeout first polls for readiness (socket.timeout when none). Unlike CPython the
/// descriptor is O_NONBLOCK only for timeout 0.0 (setblocking(0)): with a positive timeout the calls
/// pass MSG_DONTWAIT and connect switches O_NONBLOCK on only for its duration, because makefile()'s
/// file shares the descriptor's flags and its reads would fail with EAGAIN where 2.7's _fileobject
/// waits (through sock.recv).
/// Blocking waits release the GIL. Dropped sockets close their descriptor when collected, as
/// CPython's refcounting does.
/// </summary>
internal sealed unsafe class SocketState
{
    const int MSG_NOSIGNAL = 0x4000, MSG_DONTWAIT = 0x40, EINTR = 4, EAGAIN = 11, EINPROGRESS = 115, EBADF = 9;

    public int Fd;
    public int Family, Type, Proto;
    public double Timeout = -1;

    public SocketState(int fd, int family, int type, int proto, double timeout)
    {
        Fd = fd; Family = family; Type = type; Proto = proto;
        SetTimeout(timeout);
    }

    ~SocketState() { if (Fd >= 0) Libc.close(Fd); }

    public int CheckedFd => Fd >= 0 ? Fd : throw SocketErrors.FromErrno(EBADF);

    public void Close()
    {
        if (Fd >= 0) { Libc.close(Fd); Fd = -1; }
        GC.SuppressFinalize(this);
    }

    public void SetTimeout(double timeout)
    {
        Timeout = timeout;
        if (Fd < 0) return;
        SetNonBlocking(timeout == 0);
    }

    void SetNonBlocking(bool on)
    {
        int flags = Libc.fcntl(Fd, 3 /* F_GETFL */, 0);
        if (flags < 0) return;
        Libc.fcntl(Fd, 4 /* F_SETFL */, on ? flags | PollSyscall.O_NONBLOCK : flags & ~PollSyscall.O_NONBLOCK);
    }

    /// <summary>After a successful readiness poll the call must not block (CPython's fd is O_NONBLOCK).</summary>
    int TimedFlags => Timeout > 0 ? MSG_DONTWAIT : 0;

    /// <summary>internal_select: false when the timeout expired first.</summary>
    public bool WaitReady(bool forWrite)
    {
        if (Timeout <= 0) return true;
        var p = new PollSyscall.PollFd { Fd = CheckedFd, Events = forWrite ? PollSyscall.POLLOUT : PollSyscall.POLLIN };
        int ms = (int)(Timeout * 1000 + 0.5);
        int r;
        using (Gil.Blocking())
        {
            do r = PollSyscall.poll(&p, 1, ms); while (r < 0 && Libc.Errno == EINTR);
        }
        if (r < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return r > 0;
    }

    void Ready(bool forWrite) { if (!WaitReady(forWrite)) throw SocketErrors.TimedOut(); }

    public int Recv(byte* buffer, int length, int flags, byte* addr, int* addrLen)
    {
        int fd = CheckedFd;
        Ready(false);
        flags |= TimedFlags;
        nint n;
        using (Gil.Blocking())
        {
            do n = addr == null ? SocketCalls.recv(fd, buffer, length, flags) : SocketCalls.recvfrom(fd, buffer, length, flags, addr, addrLen);
            while (n < 0 && Libc.Errno == EINTR);
        }
        if (n < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return (int)n;
    }

    public int Send(byte* data, int length, int flags, byte* addr = null, int addrLen = 0)
    {
        int fd = CheckedFd;
        Ready(true);
        flags |= TimedFlags;
        nint n;
        using (Gil.Blocking())
        {
            do n = addr == null ? SocketCalls.send(fd, data, length, flags | MSG_NOSIGNAL) : SocketCalls.sendto(fd, data, length, flags | MSG_NOSIGNAL, addr, addrLen);
            while (n < 0 && Libc.Errno == EINTR);
        }
        if (n < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return (int)n;
    }

    public void SendAll(byte* data, int length, int flags)
    {
        int done = 0;
        while (done < length)
        {
            int fd = CheckedFd;
            Ready(true);
            nint n;
            using (Gil.Blocking()) n = SocketCalls.send(fd, data + done, length - done, flags | TimedFlags | MSG_NOSIGNAL);
            if (n < 0)
            {
                int e = Libc.Errno;
                if (e == EINTR) { Safepoint.Poll(); continue; }
                if (e == EAGAIN && Timeout > 0) continue;
                throw SocketErrors.FromErrno(e);
            }
            done += (int)n;
        }
    }

    public (int Fd, PyObject Address) Accept()
    {
        int fd = CheckedFd;
        Ready(false);
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.MaxLength, r;
        using (Gil.Blocking())
        {
            do r = SocketCalls.accept4(fd, addr, &len, PollSyscall.O_CLOEXEC);
            while (r < 0 && Libc.Errno == EINTR);
        }
        if (r < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return (r, SocketAddress.ToPython(addr, len));
    }

    /// <summary>internal_connect: 0 or the errno; timedOut when the timeout expired.</summary>
    public int Connect(byte* addr, int len, out bool timedOut)
    {
        timedOut = false;
        int fd = CheckedFd, r, err;
        if (Timeout > 0) SetNonBlocking(true);
        try
        {
            using (Gil.Blocking())
            {
                do { r = SocketCalls.connect(fd, addr, len); err = r < 0 ? Libc.Errno : 0; } while (r < 0 && err == EINTR);
            }
            if (r == 0) return 0;
            if (Timeout > 0 && err == EINPROGRESS)
            {
                if (!WaitReady(true)) { timedOut = true; return EAGAIN; }
                int soError = 0, optLen = 4;
                if (SocketCalls.getsockopt(fd, 1 /* SOL_SOCKET */, 4 /* SO_ERROR */, (byte*)&soError, &optLen) < 0) return Libc.Errno;
                return soError;
            }
            return err;
        }
        finally { if (Timeout > 0 && Fd >= 0) SetNonBlocking(false); }
    }
}
