#pragma warning disable CS8981 // the module class is named as in Python
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>_curses_panel</c> module of Python 2.7 (re-exported by curses.panel): panel stacking over
/// the system libpanelw. Its functions need initscr() first, like CPython's.
/// </summary>
[PythonModule("_curses_panel")]
public static class _curses_panel
{
    public static readonly PyType error = MakeError();
    public static readonly PyObject version = PyStr.FromString("2.1");
    [PythonName("__version__")] public static readonly PyObject __version__ = PyStr.FromString("2.1");

    static PyType MakeError()
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.FromString("_curses_panel"));
        return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), ns);
    }

    public static void __init__(PyModule module)
    {
        if (Ncurses.Handle == 0 || !NativeLibrary.TryLoad("libpanelw.so.6", out _))
            throw Ops.ImportError("No module named _curses_panel");
        Importer.ImportModule("_curses");
    }

    internal static PythonException Error(string message) => Ops.Error(error, message);

    internal static PyObject Check(int code, string name)
    {
        if (code != Ncurses.ERR) return PyNone.None;
        throw Error(name + "() returned ERR");
    }

    public static PyObject new_panel(PyObject win)
    {
        if (win is not CursesWindow w)
            throw Ops.TypeError($"argument 1 must be _curses.curses window, not {CursesArguments.TypeName(win)}");
        _curses.RequireInitscr();
        return CursesPanel.Create(w);
    }

    /// <summary>The panel at the bottom of the stack: panel_above(NULL).</summary>
    public static PyObject bottom_panel()
    {
        _curses.RequireInitscr();
        return CursesPanel.Find(CursesPanel.panel_above(0), "panel_above");
    }

    /// <summary>The panel at the top of the stack: panel_below(NULL).</summary>
    public static PyObject top_panel()
    {
        _curses.RequireInitscr();
        return CursesPanel.Find(CursesPanel.panel_below(0), "panel_below");
    }

    public static PyObject update_panels()
    {
        _curses.RequireInitscr();
        CursesPanel.update_panels();
        return PyNone.None;
    }
}
