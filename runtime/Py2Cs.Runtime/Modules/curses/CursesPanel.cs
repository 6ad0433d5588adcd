using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// A panel (<c>_curses_panel.curses panel</c>) over libpanelw's PANEL*. As in CPython, every panel
/// made by new_panel stays in a table from PANEL* to its Python object, so above()/below() and
/// top_panel()/bottom_panel() give back the same object; the object keeps its window alive.
/// </summary>
public sealed unsafe partial class CursesPanel : PyObject
{
    const string Lib = "libpanelw.so.6";
    [LibraryImport(Lib)] internal static partial nint new_panel(nint win);
    [LibraryImport(Lib)] internal static partial int del_panel(nint pan);
    [LibraryImport(Lib)] internal static partial nint panel_above(nint pan);
    [LibraryImport(Lib)] internal static partial nint panel_below(nint pan);
    [LibraryImport(Lib)] internal static partial int bottom_panel(nint pan);
    [LibraryImport(Lib)] internal static partial int top_panel(nint pan);
    [LibraryImport(Lib)] internal static partial int hide_panel(nint pan);
    [LibraryImport(Lib)] internal static partial int show_panel(nint pan);
    [LibraryImport(Lib)] internal static partial int panel_hidden(nint pan);
    [LibraryImport(Lib)] internal static partial int move_panel(nint pan, int y, int x);
    [LibraryImport(Lib)] internal static partial int replace_panel(nint pan, nint win);
    [LibraryImport(Lib)] internal static partial void update_panels();

    public static readonly PyType TypeObject = PyType.Builtin("curses panel", () => PyType.ObjectType, Populate);

    static readonly Dictionary<nint, CursesPanel> Panels = new();

    internal readonly nint Pan;
    CursesWindow _window;
    PyObject _userptr;

    CursesPanel(nint pan, CursesWindow window) { Pan = pan; _window = window; }

    public override PyType Type => TypeObject;

    public override PyStr Repr() => PyStr.FromString($"<_curses_panel.curses panel object at 0x{Ops.Id(this):x}>");

    internal static PyObject Create(CursesWindow window)
    {
        nint pan = new_panel(window.Win);
        if (pan == 0) throw _curses_panel.Error("curses function returned NULL");
        var po = new CursesPanel(pan, window);
        lock (Panels) Panels[pan] = po;
        return po;
    }

    /// <summary>The Python object of a panel ncurses returned, or None for NULL.</summary>
    internal static PyObject Find(nint pan, string function)
    {
        if (pan == 0) return PyNone.None;
        lock (Panels)
            if (Panels.TryGetValue(pan, out var po)) return po;
        throw _curses_panel.Error(function + ": can't find Panel Object");
    }

    static CursesPanel P(PyObject o) => (CursesPanel)o;
    static PyObject Check(int code, string name) => _curses_panel.Check(code, name);

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_curses_panel"));
        t.IsFinal = true;
        t.DefMethod("above", s => Find(panel_above(P(s).Pan), "panel_above"));
        t.DefMethod("below", s => Find(panel_below(P(s).Pan), "panel_below"));
        t.DefMethod("bottom", s => Check(bottom_panel(P(s).Pan), "bottom"));
        t.DefMethod("top", s => Check(top_panel(P(s).Pan), "top"));
        t.DefMethod("hide", s => Check(hide_panel(P(s).Pan), "hide"));
        t.DefMethod("show", s => Check(show_panel(P(s).Pan), "show"));
        t.DefMethod("hidden", s => PyBool.From(panel_hidden(P(s).Pan) != 0));
        t.DefMethod("move", (s, y, x) => Check(move_panel(P(s).Pan, CursesArguments.Int(y, "ii:move"), CursesArguments.Int(x, "ii:move")), "move_panel"));
        t.DefMethod("replace", (s, w) =>
        {
            if (w is not CursesWindow win)
                throw Ops.TypeError($"replace() argument 1 must be _curses.curses window, not {CursesArguments.TypeName(w)}");
            var p = P(s);
            lock (Panels)
                if (!Panels.ContainsKey(p.Pan)) throw _curses_panel.Error("replace_panel: can't find Panel Object");
            Check(replace_panel(p.Pan, win.Win), "replace_panel");
            p._window = win;
            return PyNone.None;
        });
        t.DefMethod("set_userptr", (s, o) => { P(s)._userptr = o; return PyNone.None; });
        t.DefMethod("userptr", s => P(s)._userptr ?? throw _curses_panel.Error("no userptr set"));
        t.DefMethod("window", s => P(s)._window);
    }
}
