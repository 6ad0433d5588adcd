using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// getpass: getuser from LOGNAME/USER/LNAME/USERNAME or the password database; getpass reads a line
/// from the terminal with echo turned off (termios), falling back to stdin with CPython's warning text
/// when there is no terminal.
/// </summary>
[PythonModule("getpass")]
public static partial class getpass
{
    public static PyObject getuser()
    {
        foreach (var name in new[] { "LOGNAME", "USER", "LNAME", "USERNAME" })
        {
            var v = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(v)) return PyStr.FromString(v);
        }
        var entry = PasswordDatabase.ByUid(Libc.getuid()) ?? throw Ops.KeyError($"getpwuid(): uid not found: {Libc.getuid()}");
        return PyStr.FromString(entry.Name);
    }

    [PythonName("getpass")]
    public static PyObject getpass_(PyObject prompt = null, PyObject stream = null)
    {
        string p = prompt == null ? "Password: " : Ops.StrValue(prompt);
        int fd = Libc.open(Libc.Path("/dev/tty"), OsConstants.O_RDWR | OsConstants.O_NOCTTY, 0);
        if (fd < 0)
        {
            SysModule.Stderr?.Write(Encoding.Latin1.GetBytes("Warning: Password input may be echoed.\n"));
            SysModule.Stderr?.Write(Encoding.Latin1.GetBytes(p));
            SysModule.Stderr?.Flush();
            var line = Ops.CallMethod(SysModule.Stdin, "readline");
            string s = Ops.StrValue(line);
            if (s.Length == 0) throw Ops.Error(PyExceptionTypes.EOFError);
            return PyStr.FromString(s.TrimEnd('\n'));
        }
        try { return PyStr.FromString(ReadWithoutEcho(fd, p)); }
        finally { Libc.close(fd); }
    }

    const uint ECHO = 0x8;
    const int TCSAFLUSH = 2;

    [LibraryImport("libc", SetLastError = true)] private static unsafe partial int tcgetattr(int fd, byte* termios);
    [LibraryImport("libc", SetLastError = true)] private static unsafe partial int tcsetattr(int fd, int when, byte* termios);

    static unsafe string ReadWithoutEcho(int fd, string prompt)
    {
        // struct termios on Linux: c_iflag, c_oflag, c_cflag, c_lflag (4 bytes each), then the rest.
        byte* old = stackalloc byte[64];
        byte* quiet = stackalloc byte[64];
        bool restore = tcgetattr(fd, old) == 0;
        if (restore)
        {
            Buffer.MemoryCopy(old, quiet, 64, 64);
            *(uint*)(quiet + 12) &= ~ECHO;
            tcsetattr(fd, TCSAFLUSH, quiet);
        }
        try
        {
            PosixCalls.Write(fd, Encoding.Latin1.GetBytes(prompt));
            var sb = new StringBuilder();
            while (true)
            {
                var b = PosixCalls.Read(fd, 1);
                if (b.Length == 0 || b[0] == '\n') break;
                sb.Append((char)b[0]);
            }
            return sb.ToString();
        }
        finally
        {
            if (restore) tcsetattr(fd, TCSAFLUSH, old);
            PosixCalls.Write(fd, "\n"u8);
        }
    }
}
