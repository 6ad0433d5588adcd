using System;

namespace Py2Cs.Cli
{
    /// <summary>The <c>py2cs</c> command line: one verb class per front door (check, run, convert).</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.Error.WriteLine("py2cs: no verbs are available yet");
            return 2;
        }
    }
}
