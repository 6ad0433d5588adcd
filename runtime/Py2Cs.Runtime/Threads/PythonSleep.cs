using System;
using System.Diagnostics;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// time.sleep as CPython 2.7 does it: the GIL is released while sleeping, and on the main thread a
/// signal ends the sleep early (select() returns EINTR), after which the signal's Python handler runs —
/// an exception it raises propagates out of sleep.
/// </summary>
public static class PythonSleep
{
    public static void Sleep(double seconds)
    {
        bool main = Safepoint.IsMainThread;
        var timer = Stopwatch.StartNew();
        using (Gil.Blocking())
        {
            if (!main) { Thread.Sleep(TimeSpan.FromSeconds(seconds)); }
            else
            {
                double remaining = seconds;
                while (remaining > 0 && !Safepoint.HasPendingSignals)
                {
                    int ms = (int)Math.Min(Math.Ceiling(remaining * 1000), int.MaxValue - 1);
                    Safepoint.SignalArrived.Wait(ms);
                    remaining = seconds - timer.Elapsed.TotalSeconds;
                }
            }
        }
        Safepoint.Poll();
    }
}
