using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>dlopen/dlsym/dlclose of the C library (glibc 2.34+ has them in libc.so.6), so the mode
/// flags (RTLD_GLOBAL/RTLD_LOCAL) and the exact dlerror() texts CPython shows are those of the system.</summary>
public static unsafe partial class DynamicLibrary
{
    public const int RTLD_LAZY = 1, RTLD_NOW = 2, RTLD_LOCAL = 0, RTLD_GLOBAL = 256;

    [LibraryImport("libc", EntryPoint = "dlopen")] private static partial nint dlopen_(byte* file, int mode);
    [LibraryImport("libc", EntryPoint = "dlsym")] private static partial nint dlsym_(nint handle, byte* name);
    [LibraryImport("libc", EntryPoint = "dlclose")] private static partial int dlclose_(nint handle);
    [LibraryImport("libc", EntryPoint = "dlerror")] private static partial nint dlerror_();
    [LibraryImport("libc", EntryPoint = "mmap")] private static partial nint mmap_(nint addr, nuint length, int prot, int flags, int fd, long offset);

    [LibraryImport("libc", EntryPoint = "fflush")] private static partial int fflush_(nint stream);

    static nint _stdoutFile = -1;

    /// <summary>fflush(stdout): writes what C code left in the stdout buffer (fflush(NULL) when the
    /// stdout symbol cannot be found).</summary>
    public static void FlushCStdio()
    {
        if (_stdoutFile == -1)
        {
            nint self = Open(null, RTLD_LOCAL, out _);
            nint symbol = self == 0 ? 0 : Symbol(self, "stdout", out _);
            _stdoutFile = symbol == 0 ? 0 : *(nint*)symbol;
        }
        fflush_(_stdoutFile);
    }

    static string LastError()
    {
        nint e = dlerror_();
        return e == 0 ? "" : System.Text.Encoding.Latin1.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)e));
    }

    static byte[] Terminated(string s)
    {
        var b = new byte[s.Length + 1];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }

    /// <summary>dlopen(name or null, mode | RTLD_NOW); 0 and the dlerror text on failure.</summary>
    public static nint Open(string name, int mode, out string error)
    {
        error = null;
        dlerror_();
        nint h;
        if (name == null) h = dlopen_(null, mode | RTLD_NOW);
        else fixed (byte* p = Terminated(name)) h = dlopen_(p, mode | RTLD_NOW);
        if (h == 0) error = LastError();
        return h;
    }

    public static nint Symbol(nint handle, string name, out string error)
    {
        error = null;
        dlerror_();
        nint a;
        fixed (byte* p = Terminated(name)) a = dlsym_(handle, p);
        if (a == 0) error = LastError();
        if (a == 0 && string.IsNullOrEmpty(error)) error = $"symbol '{name}' not found";
        return a;
    }

    public static int Close(nint handle, out string error)
    {
        error = null;
        int r = dlclose_(handle);
        if (r != 0) error = LastError();
        return r;
    }

    // ---- variadic-safe entry ------------------------------------------------------------------

    static readonly Dictionary<nint, nint> Trampolines = new();
    static nint _page;
    static int _used;
    const int PageSize = 4096, TrampolineSize = 24;

    /// <summary>An entry that sets %al to 8 and jumps to <paramref name="target"/>: a variadic C function
    /// (printf) reads %al as the upper bound of vector registers holding arguments, and the .NET call
    /// does not set it. Non-variadic functions ignore %al.</summary>
    public static nint VariadicSafeEntry(nint target)
    {
        lock (Trampolines)
        {
            if (Trampolines.TryGetValue(target, out var t)) return t;
            if (_page == 0 || _used + TrampolineSize > PageSize)
            {
                // PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS
                _page = mmap_(0, PageSize, 7, 0x22, -1, 0);
                if (_page == -1 || _page == 0) { _page = 0; return target; }
                _used = 0;
            }
            byte* p = (byte*)_page + _used;
            p[0] = 0x49; p[1] = 0xBB; *(long*)(p + 2) = target;      // mov r11, target
            p[10] = 0xB8; *(int*)(p + 11) = 8;                        // mov eax, 8
            p[15] = 0x41; p[16] = 0xFF; p[17] = 0xE3;                 // jmp r11
            t = (nint)p;
            _used += TrampolineSize;
            Trampolines[target] = t;
            return t;
        }
    }
}
