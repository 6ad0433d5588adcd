namespace Py2Cs.Cli.Converting
{
    /// <summary>How a converted project reaches the py2cs runtime.</summary>
    public enum RuntimeReferenceKind
    {
        /// <summary>A ProjectReference to runtime/Py2Cs.Runtime/Py2Cs.Runtime.csproj of the py2cs checkout py2cs runs from.</summary>
        ProjectReference,

        /// <summary>A copy of Py2Cs.Runtime.dll in the project's lib/ folder (py2cs installed without its sources).</summary>
        AssemblyCopy,
    }
}
