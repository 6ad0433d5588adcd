using Xunit;

namespace Py2Cs.Samples.Tests
{
    /// <summary>Tests that run dotnet builds run one at a time: each build already keeps the 2 cores busy,
    /// and they share the referenced projects' outputs.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class DotnetBuildCollection
    {
        public const string Name = "dotnet build";
    }
}
