#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime;

/// <summary>
/// The <c>curses</c> package of Python 2.7: everything <c>_curses</c> exports, plus initscr() (which
/// calls setupterm first so a bad TERM raises curses.error instead of ncurses exiting the process,
/// then copies LINES, COLS and ACS_* here), start_color() (copies COLORS and COLOR_PAIRS) and
/// wrapper(). These call the module's functions through its attributes, as curses/__init__.py's
/// global look-ups do, so a program that replaces curses.noecho sees its replacement used.
/// </summary>
[PythonModule("curses")]
public static class curses
{
    static PyModule _module;

    public static readonly PyObject __doc__ = PyStr.FromString("curses\n\nThe main package for curses support for Python.  Normally used by importing\n"
        + "the package, and perhaps a particular module inside it.\n\n   import curses\n   from curses import textpad\n   curses.initscr()\n   ...\n\n");

    public static void __init__(PyModule module)
    {
        _module = module;
        ((NativeFunction)module["wrapper"]).Doc = PyStr.FromString(
            "Wrapper function that initializes curses and calls another function,\n    restoring normal keyboard/screen behavior on error.\n"
            + "    The callable object 'func' is then passed the main window 'stdscr'\n    as its first argument, followed by any other arguments passed to\n    wrapper().\n    ");
        var native = (PyModule)Importer.ImportModule("_curses");
        // from _curses import * (no __all__: every public name), keeping this module's own functions.
        var dict = native.Dict;
        int pos = 0;
        while (dict.Next(ref pos, out var k, out var v))
            if (k is PyStr s && (s.Length == 0 || s[0] != (byte)'_') && module.Dict.Get(k) == null)
                module.Dict.SetItem(k, v);
    }

    static PyObject Call(string name, params PyObject[] args) => Ops.Call(Ops.GetAttr(_module, name), args);

    public static PyObject initscr()
    {
        var native = Importer.ImportModule("_curses");
        var term = Environment("TERM") ?? "unknown";
        var stdout = SysModule.Module.InstanceDict.GetStr("__stdout__");
        var fd = Ops.CallMethod(stdout, "fileno");
        Ops.Call(Ops.GetAttr(_module, "setupterm"), new PyObject[] { PyStr.FromString(term), fd }, new[] { PyStr.Intern("term"), PyStr.Intern("fd") });
        var stdscr = Ops.CallMethod(native, "initscr");
        var dict = ((PyModule)native).Dict;
        int pos = 0;
        while (dict.Next(ref pos, out var k, out var v))
            if (k is PyStr s && (s.ToString().StartsWith("ACS_") || s.ToString() is "LINES" or "COLS"))
                Ops.SetAttr(_module, s, v);
        return stdscr;
    }

    static string Environment(string name)
    {
        var os = Importer.ImportModule("os");
        var value = Ops.CallMethod(Ops.GetAttr(os, "environ"), "get", PyStr.FromString(name));
        return value is PyStr s ? s.ToString() : null;
    }

    public static PyObject start_color()
    {
        var native = Importer.ImportModule("_curses");
        var result = Ops.CallMethod(native, "start_color");
        foreach (var name in new[] { "COLORS", "COLOR_PAIRS" })
        {
            var v = Ops.GetAttrOrNull(native, name);
            if (v != null) Ops.SetAttr(_module, name, v);
        }
        return result;
    }

    /// <summary>wrapper(func, *args, **kwds): runs func(stdscr, ...) in cbreak/noecho/keypad mode and
    /// restores the terminal however func ends. start_color's failure is ignored (a bare except).</summary>
    public static PyObject wrapper(PyObject func, [Kwargs] PyDict kwds, params PyObject[] args)
    {
        PyObject stdscr = null;
        try
        {
            stdscr = Call("initscr");
            Call("noecho");
            Call("cbreak");
            Ops.CallMethod(stdscr, "keypad", PyInt.From(1));
            try { Call("start_color"); }
            catch (PythonException) { }
            var all = new PyObject[args.Length + 1];
            all[0] = stdscr;
            args.CopyTo(all, 1);
            return Ops.CallEx(func, all, null, null, kwds != null && kwds.Count > 0 ? kwds : null);
        }
        finally
        {
            if (stdscr != null)
            {
                Ops.CallMethod(stdscr, "keypad", PyInt.From(0));
                Call("echo");
                Call("nocbreak");
                Call("endwin");
            }
        }
    }
}
