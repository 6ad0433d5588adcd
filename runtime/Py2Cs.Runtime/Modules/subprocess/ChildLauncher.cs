using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.Modules.Subprocess;

/// <summary>
/// What a child process gets: the descriptors for 0/1/2 (-1 = inherit), the parent's pipe ends to
/// close in the child, argv, the executables to try (PATH search done up front), env, cwd.
/// </summary>
internal sealed class LaunchPlan
{
    public List<string> Argv = new();
    public List<string> Candidates = new();
    public List<string> Environment;   // null: inherit the C environ as it is at exec time
    public string Cwd;
    public int P2cRead = -1, P2cWrite = -1, C2pRead = -1, C2pWrite = -1, ErrRead = -1, ErrWrite = -1;
    public bool CloseFds;
    public PyObject PreexecFn;
}

/// <summary>
/// Starts a child the way CPython 2.7's _execute_child does on POSIX — descriptors onto 0/1/2,
/// close_fds, cwd, then exec of each PATH candidate — but with posix_spawn: a forked .NET process
/// cannot run managed code before exec (the JIT's shared W^X code mappings and the GC's thread
/// suspension break in the child: even os.fork + os.execv dies with SIGSEGV there). posix_spawn
/// reports exec and chdir failures as its return value, so the parent raises OSError
/// ("[Errno 2] No such file or directory") as CPython does after reading its child's error pipe.
/// preexec_fn cannot run in the child: it runs in the parent between snapshots of the working
/// directory and the environment, the child gets the state it produced, and the parent's is restored.
/// </summary>
internal static unsafe partial class ChildLauncher
{
    const string Lib = "libc";
    const int FileActionsSize = 256, AttributesSize = 512;

    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_init(nint actions);
    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_destroy(nint actions);
    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_adddup2(nint actions, int fd, int newFd);
    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_addclose(nint actions, int fd);
    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_addclosefrom_np(nint actions, int from);
    [LibraryImport(Lib)] private static partial int posix_spawn_file_actions_addchdir_np(nint actions, byte* path);
    [LibraryImport(Lib)] private static partial int posix_spawn(int* pid, byte* path, nint actions, nint attributes, nint* argv, nint* envp);

    /// <summary>Starts the child; returns its pid or throws the Python OSError of the failed step.</summary>
    public static int Launch(LaunchPlan plan)
    {
        var allocations = new List<nint>();
        var temporaries = new List<int>();
        nint actions = Marshal.AllocHGlobal(FileActionsSize);
        posix_spawn_file_actions_init(actions);
        try
        {
            if (plan.PreexecFn != null) PreexecInParent.Run(plan);
            nint[] argv = NullTerminated(plan.Argv, allocations);
            nint[] env = plan.Environment == null ? null : NullTerminated(plan.Environment, allocations);
            nint cwd = plan.Cwd == null ? 0 : CString(plan.Cwd, allocations);
            int p2cread = plan.P2cRead, c2pwrite = plan.C2pWrite, errwrite = plan.ErrWrite;
            // A descriptor already sitting on 0 or 1 would be overwritten by the dup2 before it (bpo-12607).
            if (c2pwrite == 0) temporaries.Add(c2pwrite = DupHigh(c2pwrite));
            if (errwrite == 0 || errwrite == 1) temporaries.Add(errwrite = DupHigh(errwrite));
            if (p2cread >= 0 && p2cread != 0) posix_spawn_file_actions_adddup2(actions, p2cread, 0);
            if (c2pwrite >= 0 && c2pwrite != 1) posix_spawn_file_actions_adddup2(actions, c2pwrite, 1);
            if (errwrite >= 0 && errwrite != 2) posix_spawn_file_actions_adddup2(actions, errwrite, 2);
            if (p2cread > 2) posix_spawn_file_actions_addclose(actions, p2cread);
            if (c2pwrite > 2 && c2pwrite != p2cread) posix_spawn_file_actions_addclose(actions, c2pwrite);
            if (errwrite > 2 && errwrite != p2cread && errwrite != c2pwrite) posix_spawn_file_actions_addclose(actions, errwrite);
            if (plan.CloseFds) posix_spawn_file_actions_addclosefrom_np(actions, 3);
            if (cwd != 0) posix_spawn_file_actions_addchdir_np(actions, (byte*)cwd);

            SysModule.Stdout?.Flush();
            SysModule.Stderr?.Flush();
            // Files dropped without close() must reach the disk before the child reads them (CPython's refcounting closes them).
            OpenFiles.SettleUnreferenced();
            int saved = 0, last = 2;
            fixed (nint* a = argv, e = env)
            {
                nint* envp = e != null ? e : *(nint**)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "environ");
                foreach (var candidate in plan.Candidates)
                {
                    nint path = CString(candidate, allocations);
                    int pid;
                    last = posix_spawn(&pid, (byte*)path, actions, 0, a, envp);
                    if (last == 0) return pid;
                    if (saved == 0 && last != 2 && last != 20) saved = last;
                }
            }
            int errno = saved != 0 ? saved : last;
            if (plan.Cwd != null && !IsEnterableDirectory(plan.Cwd, out int cwdErrno))
                throw OsErrors.ToPython(new OsFailure(cwdErrno, plan.Cwd));
            throw OsErrors.ToPython(new OsFailure(errno));
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            Marshal.FreeHGlobal(actions);
            foreach (var fd in temporaries) Libc.close(fd);
            foreach (var p in allocations) Marshal.FreeHGlobal(p);
        }
    }

    static int DupHigh(int fd)
    {
        int copy = Libc.fcntl(fd, 1030 /* F_DUPFD_CLOEXEC */, 3);
        if (copy < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return copy;
    }

    static bool IsEnterableDirectory(string path, out int errno)
    {
        int fd = Libc.open(Libc.Path(path), 0x10000 /* O_DIRECTORY */ | PollSyscall.O_CLOEXEC, 0);
        errno = fd < 0 ? Libc.Errno : 0;
        if (fd >= 0) Libc.close(fd);
        return fd >= 0;
    }

    static nint CString(string bytesAsChars, List<nint> allocations)
    {
        nint p = Marshal.AllocHGlobal(bytesAsChars.Length + 1);
        allocations.Add(p);
        byte* b = (byte*)p;
        for (int i = 0; i < bytesAsChars.Length; i++) b[i] = (byte)bytesAsChars[i];
        b[bytesAsChars.Length] = 0;
        return p;
    }

    static nint[] NullTerminated(List<string> items, List<nint> allocations)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++) arr[i] = CString(items[i], allocations);
        return arr;
    }
}
