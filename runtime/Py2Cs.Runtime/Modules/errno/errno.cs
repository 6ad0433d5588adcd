namespace Py2Cs.Runtime;

/// <summary>
/// The errno module: every Linux errno constant (ErrnoConstants.Generated.cs) and errorcode, the
/// number → name dict (one name per number, as CPython keeps it).
/// </summary>
[PythonModule("errno")]
public static partial class errno
{
    public static readonly PyObject errorcode = BuildErrorCode();

    static PyDict BuildErrorCode()
    {
        var d = new PyDict();
        foreach (var (number, name) in ErrnoTable.ErrorCode) d.SetItem(PyInt.From(number), PyStr.FromString(name));
        return d;
    }
}
