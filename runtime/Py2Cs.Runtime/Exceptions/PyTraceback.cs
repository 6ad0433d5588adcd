using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>The traceback object of <c>sys.exc_info()[2]</c>: wraps the .NET exception whose stack the
/// traceback printer maps back to Python frames. <see cref="Depth"/> selects one entry of the chain
/// (0 = outermost, as CPython's tb), so <c>tb_next</c> walks inwards.</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("traceback", () => PyType.ObjectType, Populate);
    public PythonException Exception { get; }
    public int Depth { get; }
    public PyTraceback(PythonException e) : this(e, 0) { }
    PyTraceback(PythonException e, int depth) { Exception = e; Depth = depth; }
    public override PyType Type => TypeObject;

    List<TracebackPrinter.Frame> _frames;
    List<TracebackPrinter.Frame> Frames => _frames ??= TracebackPrinter.Frames(Exception);

    TracebackPrinter.Frame? Entry => Depth < Frames.Count ? Frames[Depth] : null;

    static PyTraceback T(PyObject o) => (PyTraceback)o;

    static void Populate(PyType t)
    {
        t.DefProperty("tb_lineno", o => PyInt.From(T(o).Entry?.Line ?? 0));
        t.DefProperty("tb_lasti", o => PyInt.From(-1));
        t.DefProperty("tb_frame", o => T(o).Entry is { } f ? new PyFrame(f, null) : PyNone.None);
        t.DefProperty("tb_next", o =>
        {
            var tb = T(o);
            return tb.Depth + 1 < tb.Frames.Count ? new PyTraceback(tb.Exception, tb.Depth + 1) { _frames = tb._frames } : PyNone.None;
        });
    }
}
