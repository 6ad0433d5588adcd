using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>A frame as <c>sys._getframe()</c> and <c>tb.tb_frame</c> show it: the function's code
/// (name, file), the current line and the calling frame. Built from the .NET stack mapped through
/// <c>#line</c> directives (see <see cref="TracebackPrinter"/>), so it is a snapshot, not a live frame.</summary>
public sealed class PyFrame : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("frame", () => PyType.ObjectType, Populate);
    readonly TracebackPrinter.Frame _frame;
    readonly PyObject _back;

    public PyFrame(TracebackPrinter.Frame frame, PyObject back) { _frame = frame; _back = back; }
    public override PyType Type => TypeObject;

    /// <summary><c>sys._getframe(depth)</c>: the caller's frame, or the one <paramref name="depth"/> levels up.</summary>
    public static PyFrame Current(int depth)
    {
        List<TracebackPrinter.Frame> stack = TracebackPrinter.CurrentStack();
        int index = stack.Count - 1 - depth;
        if (depth < 0 || index < 0) throw Ops.ValueError("call stack is not deep enough");
        PyFrame frame = null;
        for (int i = 0; i <= index; i++) frame = new PyFrame(stack[i], (PyObject)frame ?? PyNone.None);
        return frame;
    }

    static PyFrame F(PyObject o) => (PyFrame)o;

    static void Populate(PyType t)
    {
        t.DefProperty("f_code", o => PyCode.ForFrame(F(o)._frame.Function, F(o)._frame.File));
        t.DefProperty("f_lineno", o => PyInt.From(F(o)._frame.Line));
        t.DefProperty("f_back", o => F(o)._back ?? PyNone.None);
    }

    public override PyStr Repr() => PyStr.FromString($"<frame object at 0x{Ops.Id(this):x}>");
}
