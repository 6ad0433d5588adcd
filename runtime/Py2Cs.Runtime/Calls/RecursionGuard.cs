using System;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's recursion limit (sys.setrecursionlimit): every Python function call enters and exits the
/// guard, so runaway recursion raises RuntimeError instead of overflowing the .NET stack. Generated
/// code that calls a function body directly (bypassing <see cref="PyFunction"/>) must do the same.
/// </summary>
public static class RecursionGuard
{
    [ThreadStatic] static int _depth;

    /// <summary>sys.getrecursionlimit(); the module body counts as one level, as in CPython.</summary>
    public static int Limit { get; set; } = 1000;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        // Every Python call is a safepoint (GIL switch requests, pending signal handlers); polled
        // before the depth changes so a handler's exception leaves the count balanced.
        Safepoint.Poll();
        if (++_depth >= Limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) Overflow();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit() => _depth--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Overflow()
    {
        _depth--;
        throw Ops.RuntimeError("maximum recursion depth exceeded");
    }
}
