using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.Subprocess;

/// <summary>
/// preexec_fn without a fork: runs it in the parent, gives the child the working directory and
/// environment it left behind, then restores the parent's (os.environ and the C environment through
/// os.environ's own item assignment, so both stay in step). Calls with other process-wide effects
/// (setsid, setrlimit, signal dispositions) would affect the parent: documented in network-process.md.
/// </summary>
internal static class PreexecInParent
{
    public static void Run(LaunchPlan plan)
    {
        var environ = Ops.GetAttr(Importer.ImportModule("os"), "environ");
        var before = new Dictionary<string, PyObject>();
        foreach (var k in Ops.Enumerate(environ)) before[k.ToString()] = Ops.GetItem(environ, k);
        string cwd = PosixCalls.GetCwd();
        try
        {
            Ops.Call(plan.PreexecFn);
            string after = PosixCalls.GetCwd();
            if (after != cwd) plan.Cwd = after;
            if (plan.Environment == null)
            {
                plan.Environment = new List<string>();
                foreach (var k in Ops.Enumerate(environ)) plan.Environment.Add(k + "=" + Ops.GetItem(environ, k));
            }
        }
        finally
        {
            PosixCalls.Chdir(cwd);
            var keys = new List<PyObject>();
            foreach (var k in Ops.Enumerate(environ)) keys.Add(k);
            foreach (var k in keys) if (!before.ContainsKey(k.ToString())) Ops.DelItem(environ, k);
            foreach (var (k, v) in before)
            {
                var key = PyStr.FromString(k);
                var now = Ops.Contains(environ, key) ? Ops.GetItem(environ, key) : null;
                if (now == null || !Ops.Eq(now, v)) Ops.SetItem(environ, key, v);
            }
        }
    }
}
