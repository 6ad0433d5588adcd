namespace Py2Cs.Runtime;

/// <summary>One remembered result of <see cref="PyType.Lookup(PyStr)"/>: valid while the global type
/// version is unchanged. Immutable, so a reader sees a consistent entry without locking.</summary>
internal sealed class TypeLookupEntry
{
    public readonly PyType Type;
    public readonly int Version;
    public readonly PyObject Value;

    public TypeLookupEntry(PyType type, int version, PyObject value)
    {
        Type = type;
        Version = version;
        Value = value;
    }
}
