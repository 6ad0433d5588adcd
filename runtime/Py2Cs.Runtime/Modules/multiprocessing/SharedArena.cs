using System;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// Memory every process forked afterwards shares with this one: anonymous MAP_SHARED mappings, handed
/// out in small aligned blocks (like 2.7's multiprocessing.heap arenas). Blocks are never returned: the
/// objects living in them (locks, Values, Arrays) are few and usually live as long as the program.
/// </summary>
internal static unsafe class SharedArena
{
    const int ArenaSize = 1 << 16;
    static readonly object Gate = new();
    static byte* _arena;
    static int _used = ArenaSize;

    /// <summary>Zeroed shared memory of <paramref name="size"/> bytes, 16-byte aligned.</summary>
    public static byte* Allocate(int size)
    {
        int rounded = (Math.Max(size, 1) + 15) & ~15;
        lock (Gate)
        {
            if (rounded > ArenaSize / 4) return Map(rounded);
            if (_used + rounded > ArenaSize)
            {
                _arena = Map(ArenaSize);
                _used = 0;
            }
            byte* block = _arena + _used;
            _used += rounded;
            return block;
        }
    }

    static byte* Map(int size)
    {
        nint p = SyncCalls.mmap(0, (nuint)size, SyncCalls.PROT_READ | SyncCalls.PROT_WRITE,
            SyncCalls.MAP_SHARED | SyncCalls.MAP_ANONYMOUS, -1, 0);
        if (p == -1) throw OsErrors.ToPython(new OsFailure(SyncCalls.Errno));
        return (byte*)p;
    }
}
