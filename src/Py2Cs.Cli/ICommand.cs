namespace Py2Cs.Cli
{
    /// <summary>A verb of the command line: options bound by CommandLineParser, then run.</summary>
    public interface ICommand
    {
        /// <summary>Runs the verb and returns the process exit status (0 success, 1 failures found, 2 bad usage).</summary>
        int Run();
    }
}
