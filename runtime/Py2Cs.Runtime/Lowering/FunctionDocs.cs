namespace Py2Cs.Runtime;

/// <summary>Sets a function's docstring inside an expression (a def's function object is built as one).
/// Added by the lowering (see docs/lowering.md).</summary>
public static class FunctionDocs
{
    public static PyFunction WithDoc(this PyFunction function, PyObject doc)
    {
        function.Doc = doc;
        return function;
    }
}
