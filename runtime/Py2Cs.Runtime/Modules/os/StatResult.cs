namespace Py2Cs.Runtime;

/// <summary>The fields of os.stat_result as the kernel reports them (times in seconds, with fractions).</summary>
internal readonly record struct StatResult(
    uint Mode, ulong Ino, ulong Dev, ulong Nlink, uint Uid, uint Gid, long Size,
    double Atime, double Mtime, double Ctime, long Blocks, long BlockSize, ulong Rdev);
