using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.ConfigParser
{
    /// <summary>
    /// Tests that open files run alone: other tests count this process's open descriptors
    /// (/proc/self/fd) and would see ours come and go.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class FileReadingCollection
    {
        public const string Name = "ConfigParser file reading";
    }
}
