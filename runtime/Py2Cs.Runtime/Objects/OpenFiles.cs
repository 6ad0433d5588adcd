using System;
using System.Collections.Generic;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>A writable file-like object whose buffered data must reach the kernel at exit.</summary>
internal interface IExitFlush
{
    /// <summary>Registry slot (-1 when not registered).</summary>
    int RegistrySlot { get; set; }

    /// <summary>Writes buffered data out (at exit; errors are ignored by the caller).</summary>
    void FlushAtExit();
}

/// <summary>
/// The writable file objects that are open, so that buffered data is never lost: CPython flushes a
/// file when its reference count drops to zero and every open file at exit. Here the registry
/// holds weak references (an unreachable file is finalized, which flushes and closes it), counts the
/// built-in files whose buffer holds unwritten data, and at exit flushes the live ones and lets the
/// collector finalize the rest.
/// </summary>
public static class OpenFiles
{
    static readonly object Lock = new();
    static readonly List<WeakReference<IExitFlush>> Slots = new();
    static readonly Stack<int> FreeSlots = new();
    static int _dirty;
    // Bumped each time a file comes to hold unwritten data; _fruitlessEpoch is the epoch at which a
    // collection last found every such file still referenced (see SettleUnreferenced).
    static long _dirtyEpoch;
    static long _fruitlessEpoch = -1;

    internal static void Register(IExitFlush f)
    {
        lock (Lock)
        {
            if (f.RegistrySlot >= 0) return;
            if (FreeSlots.Count > 0) { f.RegistrySlot = FreeSlots.Pop(); Slots[f.RegistrySlot] = new WeakReference<IExitFlush>(f); }
            else { f.RegistrySlot = Slots.Count; Slots.Add(new WeakReference<IExitFlush>(f)); }
        }
    }

    internal static void Unregister(IExitFlush f)
    {
        lock (Lock)
        {
            if (f.RegistrySlot < 0) return;
            Slots[f.RegistrySlot] = null;
            FreeSlots.Push(f.RegistrySlot);
            f.RegistrySlot = -1;
        }
    }

    internal static void MarkDirty()
    {
        Interlocked.Increment(ref _dirty);
        Interlocked.Increment(ref _dirtyEpoch);
    }
    internal static void MarkClean() => Interlocked.Decrement(ref _dirty);

    /// <summary>True when some built-in file holds written data that has not reached the kernel.</summary>
    public static bool AnyUnflushed => Volatile.Read(ref _dirty) > 0;

    /// <summary>
    /// Before the program observes files from outside a file object (opening a file, os.stat,
    /// listdir, running a child process...): files nobody references any more are flushed and
    /// closed, as CPython's reference counting would already have done. Cheap when no file holds
    /// unwritten data.
    /// </summary>
    public static void SettleUnreferenced()
    {
        if (!AnyUnflushed) return;
        // A forked child has no finalizer thread (waiting for it would hang): flush instead.
        if (ForkableProcess.IsForkedChild) { FlushLive(); return; }
        // A program that keeps an output file open with buffered data while it opens or stats other
        // files would otherwise pay a full collection per call (CPython pays nothing). When the last
        // collection found every file with unwritten data still referenced and no file has become
        // dirty since, another collection would find the same: skip it. The cost: a file dropped
        // while dirty after that collection, with no write to any file since, is flushed at the next
        // collection that runs (or at exit) rather than before this observation (docs/runtime.md).
        long epoch = Interlocked.Read(ref _dirtyEpoch);
        if (epoch == Interlocked.Read(ref _fruitlessEpoch)) return;
        int before = Volatile.Read(ref _dirty);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (Volatile.Read(ref _dirty) >= before) Interlocked.Exchange(ref _fruitlessEpoch, epoch);
    }

    static void FlushLive()
    {
        var live = new List<IExitFlush>();
        lock (Lock)
        {
            foreach (var w in Slots)
                if (w != null && w.TryGetTarget(out var f)) live.Add(f);
        }
        foreach (var f in live)
        {
            try { f.FlushAtExit(); } catch (Exception) { }
        }
    }

    /// <summary>At exit: every open file's buffer reaches the kernel (errors are ignored, as CPython does).</summary>
    public static void FlushAll()
    {
        FlushLive();
        if (AnyUnflushed && !ForkableProcess.IsForkedChild)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
