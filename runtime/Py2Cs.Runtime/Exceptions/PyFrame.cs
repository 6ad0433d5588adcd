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
    /// <summary>Index of the frame in the stack, outermost first, when taken from the live stack (else -1).</summary>
    readonly int _index = -1;

    public PyFrame(TracebackPrinter.Frame frame, PyObject back) { _frame = frame; _back = back; }
    PyFrame(TracebackPrinter.Frame frame, PyObject back, int index) : this(frame, back) => _index = index;

    /// <summary>f_lineno: CPython's frame is live, so a frame still running reports the line it has
    /// reached now (<c>f = sys._getframe(); ...; f.f_lineno</c>). A frame is taken to be still running
    /// when the stack still has the same function at its index; otherwise the snapshot's line.</summary>
    int Line
    {
        get
        {
            if (_index < 0) return _frame.Line;
            var stack = TracebackPrinter.CurrentStack();
            if (_index < stack.Count && stack[_index].Function == _frame.Function && stack[_index].File == _frame.File)
                return stack[_index].Line;
            return _frame.Line;
        }
    }
    public override PyType Type => TypeObject;

    /// <summary><c>sys._getframe(depth)</c>: the caller's frame, or the one <paramref name="depth"/> levels up.</summary>
    public static PyFrame Current(int depth)
    {
        List<TracebackPrinter.Frame> stack = TracebackPrinter.CurrentStack();
        int index = stack.Count - 1 - depth;
        if (depth < 0 || index < 0) throw Ops.ValueError("call stack is not deep enough");
        PyFrame frame = null;
        for (int i = 0; i <= index; i++) frame = new PyFrame(stack[i], (PyObject)frame ?? PyNone.None, i);
        return frame;
    }

    static PyFrame F(PyObject o) => (PyFrame)o;

    static void Populate(PyType t)
    {
        t.DefProperty("f_code", o => PyCode.ForFrame(F(o)._frame.Function, F(o)._frame.File));
        t.DefProperty("f_lineno", o => PyInt.From(F(o).Line));
        t.DefProperty("f_back", o => F(o)._back ?? PyNone.None);
    }

    public override PyStr Repr() => PyStr.FromString($"<frame object at 0x{Ops.Id(this):x}>");
}
