using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// What a .NET process needs so that os.fork() gives a working child.
///
/// With W^X (on by default since .NET 7) the runtime keeps its JIT-compiled code and stubs in a
/// memfd mapped MAP_SHARED twice (once writable, once executable). After fork() parent and child
/// share those pages: code the child compiles overwrites code the parent runs, and both crash
/// (measured: a C# loop of three fork/_exit rounds dies with SIGSEGV in 5 of 20 runs; with W^X off,
/// 0 of 20). W^X can only be turned off before the runtime starts (DOTNET_EnableWriteXorExecute=0;
/// runtimeconfig.json has no knob for it), so a program whose sources mention <c>fork</c>
/// re-executes itself once at start-up with that variable set, then removes the variable again so
/// os.environ and child processes see the environment the user gave.
///
/// The same re-exec also turns off the runtime's helper threads that could hold a lock or be
/// half-way through a collection at the moment of fork (the child would wait for them forever):
/// background GC (DOTNET_gcConcurrent=0) and the tiered-compilation worker
/// (DOTNET_TieredCompilation=0: methods are compiled once, fully optimised).
/// </summary>
internal static class ForkableProcess
{
    const string Knob = "DOTNET_EnableWriteXorExecute";
    static readonly string[] Knobs = { Knob, "DOTNET_gcConcurrent", "DOTNET_TieredCompilation" };
    // Set only across our own re-exec, so the second start knows the knob was ours to remove.
    const string Marker = "PY2CS_FORKABLE_REEXEC";

    /// <summary>True in a child created by os.fork (the program's end then calls _exit, see PythonRuntime).</summary>
    public static bool IsForkedChild;

    // Asynchronous signals .NET may catch (System.Native, PosixSignalRegistration). Its handler
    // writes the signal into a pipe read by a thread of the *parent* (the child has no such thread
    // but shares the pipe), so a SIGTERM sent to the child would terminate the parent. The child
    // gets the default action back instead; ignored signals stay ignored. Synchronous signals
    // (SIGSEGV, SIGFPE...) keep .NET's handlers: they turn into NullReferenceException and the like.
    static readonly int[] AsynchronousSignals = { 1, 2, 3, 10, 12, 14, 15, 17, 18, 20, 21, 22, 23, 28 };
    const nint SIG_DFL = 0, SIG_IGN = 1;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "pthread_sigmask")]
    static extern unsafe int pthread_sigmask(int how, ulong* set, ulong* oldSet);

    /// <summary>The forking thread's signal mask before <see cref="BlockAsynchronousSignals"/> (sigset_t: 1024 bits).</summary>
    public struct SignalMask { public unsafe fixed ulong Bits[16]; }

    /// <summary>Blocks the asynchronous signals in the calling thread until <see cref="RestoreSignals"/>.
    /// Called around fork(): a signal sent to the child before it has reset .NET's handlers (e.g. a
    /// terminate() right after start() on a loaded machine) would otherwise run .NET's handler, which
    /// writes into the pipe shared with the parent, and the parent would act on it (measured: the
    /// parent ended with status 143). Blocked, it stays pending until the child's handlers are the
    /// defaults, then acts on the child.</summary>
    public static unsafe SignalMask BlockAsynchronousSignals()
    {
        var old = new SignalMask();
        ulong* set = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) set[i] = 0;
        foreach (int signum in AsynchronousSignals) set[(signum - 1) / 64] |= 1UL << ((signum - 1) % 64);
        pthread_sigmask(0 /* SIG_BLOCK */, set, old.Bits);
        return old;
    }

    public static unsafe void RestoreSignals(SignalMask old) => pthread_sigmask(2 /* SIG_SETMASK */, old.Bits, null);

    /// <summary>Called in the child right after fork().</summary>
    public static void BecomeChild()
    {
        IsForkedChild = true;
        Gil.BecomeSoleThread();
        ForgetSymbolReaders();
        foreach (int signum in AsynchronousSignals)
            if (Libc.signal(signum, SIG_DFL) == SIG_IGN) Libc.signal(signum, SIG_IGN);
    }

    // The runtime keeps one reader of the program's (embedded) PDB once a stack trace with file and line
    // information was taken; a forked child that used the parent's reader died with an
    // AccessViolationException (measured: a traceback or logging call in a child after the parent had
    // printed one). Dropping the cached symbol reader (StackFrameHelper.s_stackTraceSymbolsCache) makes the child open its own.
    static void ForgetSymbolReaders()
    {
        try
        {
            var helper = typeof(object).Assembly.GetType("System.Diagnostics.StackFrameHelper");
            var field = helper?.GetField("s_stackTraceSymbolsCache", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            field?.SetValue(null, null);
        }
        catch (Exception) { }
    }

    /// <summary>Called before the program runs: re-executes the process with W^X off when one of
    /// <paramref name="sourceFiles"/> mentions fork or multiprocessing and the user has not chosen the knob.</summary>
    public static void PrepareAtStartup(IEnumerable<string> sourceFiles)
    {
        if (!OperatingSystem.IsLinux()) return;
        if (Environment.GetEnvironmentVariable(Marker) is string added)
        {
            Unset(Marker);
            foreach (var name in added.Split(',', StringSplitOptions.RemoveEmptyEntries)) Unset(name);
            return;
        }
        if (Environment.GetEnvironmentVariable(Knob) != null) return;
        if (!MentionsFork(sourceFiles)) return;
        Reexecute();
    }

    static bool MentionsFork(IEnumerable<string> sourceFiles)
    {
        foreach (var file in sourceFiles)
        {
            try
            {
                if (file != null && File.Exists(file) && MentionsForkingModule(File.ReadAllText(file, Encoding.Latin1)))
                    return true;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return false;
    }

    // multiprocessing forks on Unix (2.7 has no other start method), so importing it counts as a mention.
    static bool MentionsForkingModule(string source) =>
        source.Contains("fork", StringComparison.OrdinalIgnoreCase) || source.Contains("multiprocessing", StringComparison.Ordinal);

    static void Unset(string name)
    {
        Libc.unsetenv(Encoding.UTF8.GetBytes(name + "\0"));
        Environment.SetEnvironmentVariable(name, null);
    }

    // The same executable, argv and (start-up) environment, plus the two variables. On failure the
    // program simply runs with W^X on: fork then still works most of the time.
    static unsafe void Reexecute()
    {
        byte[][] argv, envp;
        try
        {
            argv = SplitNul(File.ReadAllBytes("/proc/self/cmdline"));
            var env = new List<byte[]>(SplitNul(File.ReadAllBytes("/proc/self/environ")));
            var added = new List<string>();
            foreach (var name in Knobs)
            {
                if (Environment.GetEnvironmentVariable(name) != null) continue;
                env.Add(Encoding.ASCII.GetBytes(name + "=0"));
                added.Add(name);
            }
            env.Add(Encoding.ASCII.GetBytes(Marker + "=" + string.Join(",", added)));
            envp = env.ToArray();
        }
        catch (IOException) { return; }
        catch (UnauthorizedAccessException) { return; }
        if (argv.Length == 0) return;
        nint* args = NulTerminatedArray(argv);
        nint* environ = NulTerminatedArray(envp);
        Libc.execve(Encoding.ASCII.GetBytes("/proc/self/exe\0"), args, environ);
        // execve returned: it failed; carry on in this process.
    }

    static byte[][] SplitNul(byte[] block)
    {
        var parts = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < block.Length; i++)
        {
            if (block[i] != 0) continue;
            parts.Add(block.AsSpan(start, i - start).ToArray());
            start = i + 1;
        }
        if (start < block.Length) parts.Add(block.AsSpan(start).ToArray());
        return parts.ToArray();
    }

    // Unmanaged NUL-terminated strings in a NULL-terminated array; left allocated (the process image
    // is replaced, or the failure path keeps a few bytes).
    static unsafe nint* NulTerminatedArray(byte[][] strings)
    {
        var array = (nint*)Marshal.AllocHGlobal((strings.Length + 1) * sizeof(nint));
        for (int i = 0; i < strings.Length; i++)
        {
            var s = (byte*)Marshal.AllocHGlobal(strings[i].Length + 1);
            strings[i].AsSpan().CopyTo(new Span<byte>(s, strings[i].Length));
            s[strings[i].Length] = 0;
            array[i] = (nint)s;
        }
        array[strings.Length] = 0;
        return array;
    }
}
