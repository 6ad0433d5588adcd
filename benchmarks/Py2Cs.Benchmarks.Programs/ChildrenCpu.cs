using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>CPU time used by this process's waited-for children (Linux getrusage). On a machine
    /// shared with other work, CPU time varies much less than wall time, so the table shows both.</summary>
    public static class ChildrenCpu
    {
        [StructLayout(LayoutKind.Sequential)]
        private struct TimeVal { public long Seconds; public long Microseconds; }

        [StructLayout(LayoutKind.Sequential)]
        private struct RUsage
        {
            public TimeVal User;
            public TimeVal System;
            [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)] public long[] Rest;
        }

        private const int RusageChildren = -1;

        [DllImport("libc", SetLastError = true)]
        private static extern int getrusage(int who, ref RUsage usage);

        public static TimeSpan Total()
        {
            if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
            var usage = new RUsage { Rest = new long[14] };
            if (getrusage(RusageChildren, ref usage) != 0) return TimeSpan.Zero;
            long micros = usage.User.Seconds * 1_000_000 + usage.User.Microseconds + usage.System.Seconds * 1_000_000 + usage.System.Microseconds;
            return TimeSpan.FromTicks(micros * 10);
        }
    }
}
