using System;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace Py2Cs.Cli.Running
{
    /// <summary>
    /// Runs a compiled program inside the py2cs process: the assembly is loaded beside the runtime
    /// py2cs itself references, and its entry point gets the program's arguments. Loading from the
    /// file (not from bytes) lets .NET read the embedded PDB for stack-trace line numbers.
    /// </summary>
    public static class InProcessRunner
    {
        public static int Run(string assemblyPath, string[] programArguments)
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);
            var entry = assembly.EntryPoint
                ?? throw new InvalidOperationException(assemblyPath + " has no entry point");
            var parameters = entry.GetParameters().Length == 0 ? null : new object[] { programArguments };
            try
            {
                var status = entry.Invoke(null, parameters);
                return status is int code ? code : 0;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                // The runtime's Main handles Python exceptions itself; anything escaping is a py2cs bug
                // and keeps its original stack trace.
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
