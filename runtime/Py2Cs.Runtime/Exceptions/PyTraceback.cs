namespace Py2Cs.Runtime;

/// <summary>The traceback object of <c>sys.exc_info()[2]</c>: wraps the .NET exception whose stack the
/// traceback printer maps back to Python frames.</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("traceback", () => PyType.ObjectType, null);
    public PythonException Exception { get; }
    public PyTraceback(PythonException e) { Exception = e; }
    public override PyType Type => TypeObject;
}
