#pragma warning disable CS8981
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>curses.textpad</c> of Python 2.7: rectangle() and the Textbox editing widget with its Emacs-like
/// bindings. Textbox is an ordinary (classic) Python class: every call it makes — on itself, on the
/// window, on curses and curses.ascii — goes through attribute look-up, so a subclass overriding
/// do_command or _end_of_line, or a window-like object, is used exactly as textpad.py would use it.
/// </summary>
[PythonModule("curses.textpad")]
public static class cursesTextpadModule
{
    const string Module = "curses.textpad";
    static PyObject None => PyNone.None;
    static PyObject I(long v) => PyInt.From(v);
    static PyObject Curses => Importer.ImportModule("curses");
    static PyObject Ascii => Importer.ImportModule("curses.ascii");
    static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, name);
    static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, name, v);
    static PyObject Call(PyObject o, string name, params PyObject[] a) => Ops.CallMethod(o, name, a);
    static long Long(PyObject o) => Ops.IndexToLongArg(o);
    static bool AsciiTest(string name, PyObject ch) => Ops.IsTrue(Call(Ascii, name, ch));
    static bool Eq(PyObject a, PyObject b) => Ops.Eq(a, b);
    static PyObject Key(string name) => Get(Curses, name);
    static PyObject Code(string name) => Get(Ascii, name);

    public static readonly PyObject __doc__ = PyStr.FromString("Simple textbox editing widget with Emacs-like keybindings.");

    /// <summary>Draws a rectangle with corners at the given upper-left and lower-right coordinates.</summary>
    public static PyObject rectangle(PyObject win, PyObject uly, PyObject ulx, PyObject lry, PyObject lrx)
    {
        // win.vline is looked up before its arguments are evaluated, as in the Python source.
        var c = Curses;
        var one = I(1);
        PyObject Method(string name) => Get(win, name);
        Ops.Call(Method("vline"), new[] { Ops.Add(uly, one), ulx, Get(c, "ACS_VLINE"), Ops.Subtract(Ops.Subtract(lry, uly), one) });
        Ops.Call(Method("hline"), new[] { uly, Ops.Add(ulx, one), Get(c, "ACS_HLINE"), Ops.Subtract(Ops.Subtract(lrx, ulx), one) });
        Ops.Call(Method("hline"), new[] { lry, Ops.Add(ulx, one), Get(c, "ACS_HLINE"), Ops.Subtract(Ops.Subtract(lrx, ulx), one) });
        Ops.Call(Method("vline"), new[] { Ops.Add(uly, one), lrx, Get(c, "ACS_VLINE"), Ops.Subtract(Ops.Subtract(lry, uly), one) });
        Ops.Call(Method("addch"), new[] { uly, ulx, Get(c, "ACS_ULCORNER") });
        Ops.Call(Method("addch"), new[] { uly, lrx, Get(c, "ACS_URCORNER") });
        Ops.Call(Method("addch"), new[] { lry, lrx, Get(c, "ACS_LRCORNER") });
        Ops.Call(Method("addch"), new[] { lry, ulx, Get(c, "ACS_LLCORNER") });
        return None;
    }

    const string TextboxDoc = @"Editing widget using the interior of a window object.
     Supports the following Emacs-like key bindings:

    Ctrl-A      Go to left edge of window.
    Ctrl-B      Cursor left, wrapping to previous line if appropriate.
    Ctrl-D      Delete character under cursor.
    Ctrl-E      Go to right edge (stripspaces off) or end of line (stripspaces on).
    Ctrl-F      Cursor right, wrapping to next line when appropriate.
    Ctrl-G      Terminate, returning the window contents.
    Ctrl-H      Delete character backward.
    Ctrl-J      Terminate if the window is 1 line, otherwise insert newline.
    Ctrl-K      If line is blank, delete it, otherwise clear to end of line.
    Ctrl-L      Refresh screen.
    Ctrl-N      Cursor down; move down one line.
    Ctrl-O      Insert a blank line at cursor location.
    Ctrl-P      Cursor up; move up one line.

    Move operations do nothing if the cursor is at an edge where the movement
    is not possible.  The following synonyms are supported where possible:

    KEY_LEFT = Ctrl-B, KEY_RIGHT = Ctrl-F, KEY_UP = Ctrl-P, KEY_DOWN = Ctrl-N
    KEY_BACKSPACE = Ctrl-h
    ";

    public static readonly PyType Textbox = Documented(new PythonClassBuilder(Module, "Textbox")
        .Attribute("__doc__", PyStr.FromString(TextboxDoc))
        .Method("__init__", new[] { "self", "win", "insert_mode" }, a =>
        {
            Set(a[0], "win", a[1]);
            Set(a[0], "insert_mode", a[2]);
            Call(a[0], "_update_max_yx");
            Set(a[0], "stripspaces", I(1));
            Set(a[0], "lastcmd", None);
            Call(a[1], "keypad", I(1));
            return None;
        }, defaults: new PyObject[] { PyBool.False })
        .Method("_update_max_yx", new[] { "self" }, a =>
        {
            var yx = Ops.UnpackSequence(Call(Get(a[0], "win"), "getmaxyx"), 2);
            Set(a[0], "maxy", Ops.Subtract(yx[0], I(1)));
            Set(a[0], "maxx", Ops.Subtract(yx[1], I(1)));
            return None;
        })
        .Method("_end_of_line", new[] { "self", "y" }, a => EndOfLine(a[0], a[1]))
        .Method("_insert_printable_char", new[] { "self", "ch" }, a => InsertPrintable(a[0], a[1]))
        .Method("do_command", new[] { "self", "ch" }, a => DoCommand(a[0], a[1]))
        .Method("gather", new[] { "self" }, a => Gather(a[0]))
        .Method("edit", new[] { "self", "validate" }, a =>
        {
            var self = a[0];
            while (true)
            {
                var ch = Call(Get(self, "win"), "getch");
                if (Ops.IsTrue(a[1])) ch = Ops.Call(a[1], ch);
                if (!Ops.IsTrue(ch)) continue;
                if (!Ops.IsTrue(Call(self, "do_command", ch))) break;
                Call(Get(self, "win"), "refresh");
            }
            return Call(self, "gather");
        }, defaults: new PyObject[] { None })
        .Build());

    /// <summary>The methods' docstrings, as textpad.py has them.</summary>
    static PyType Documented(PyType type)
    {
        void Doc(string name, string text) => ((PyFunction)type.Dict.GetStr(name)).Doc = PyStr.FromString(text);
        Doc("_end_of_line", "Go to the location of the first blank on the given line,\n        returning the index of the last non-blank character.");
        Doc("do_command", "Process a single editing command.");
        Doc("gather", "Collect and return the contents of the window.");
        Doc("edit", "Edit in the widget window and collect the results.");
        return type;
    }

    public static void __init__(PyModule module) =>
        ((NativeFunction)module["rectangle"]).Doc = PyStr.FromString(
            "Draw a rectangle with corners at the provided upper-left\n    and lower-right coordinates.\n    ");

    /// <summary>Goes to the first blank on line y; returns the index of the last non-blank character.</summary>
    static PyObject EndOfLine(PyObject self, PyObject y)
    {
        Call(self, "_update_max_yx");
        var last = Get(self, "maxx");
        var win = Get(self, "win");
        while (true)
        {
            if (!Eq(Call(Ascii, "ascii", Call(win, "inch", y, last)), Code("SP")))
            {
                var maxx = Get(self, "maxx");
                var next = Ops.Add(last, I(1));
                last = Ops.Less(next, maxx) ? next : maxx;
                break;
            }
            if (Eq(last, I(0))) break;
            last = Ops.Subtract(last, I(1));
        }
        return last;
    }

    static PyObject InsertPrintable(PyObject self, PyObject ch)
    {
        Call(self, "_update_max_yx");
        var yx = Ops.UnpackSequence(Call(Get(self, "win"), "getyx"), 2);
        PyObject y = yx[0], x = yx[1], backyx = null, oldch = null;
        while (Ops.Less(y, Get(self, "maxy")) || Ops.Less(x, Get(self, "maxx")))
        {
            bool insert = Ops.IsTrue(Get(self, "insert_mode"));
            if (insert) oldch = Call(Get(self, "win"), "inch");
            // Writing into the lowest-rightmost cell fails on some curses; the error is ignored.
            try { Call(Get(self, "win"), "addch", ch); }
            catch (PythonException e) when (e.Matches(Get(Curses, "error"))) { }
            if (!insert || !AsciiTest("isprint", oldch)) break;
            ch = oldch;
            yx = Ops.UnpackSequence(Call(Get(self, "win"), "getyx"), 2);
            y = yx[0]; x = yx[1];
            backyx ??= PyTuple.Create(y, x);
        }
        if (backyx != null) Ops.CallEx(Get(Get(self, "win"), "move"), System.Array.Empty<PyObject>(), null, backyx, null);
        return None;
    }

    static bool In(PyObject ch, params PyObject[] values)
    {
        foreach (var v in values) if (Eq(ch, v)) return true;
        return false;
    }

    static PyObject DoCommand(PyObject self, PyObject ch)
    {
        Call(self, "_update_max_yx");
        var win = Get(self, "win");
        var yx = Ops.UnpackSequence(Call(win, "getyx"), 2);
        PyObject y = yx[0], x = yx[1];
        Set(self, "lastcmd", ch);
        PyObject zero = I(0), one = I(1);
        PyObject maxy() => Get(self, "maxy");
        PyObject maxx() => Get(self, "maxx");
        PyObject eol(PyObject line) => Call(self, "_end_of_line", line);
        if (AsciiTest("isprint", ch))
        {
            if (Ops.Less(y, maxy()) || Ops.Less(x, maxx())) Call(self, "_insert_printable_char", ch);
        }
        else if (Eq(ch, Code("SOH"))) Call(win, "move", y, zero);
        else if (In(ch, Code("STX"), Key("KEY_LEFT"), Code("BS"), Key("KEY_BACKSPACE")))
        {
            if (Ops.Greater(x, zero)) Call(win, "move", y, Ops.Subtract(x, one));
            else if (Eq(y, zero)) { }
            else if (Ops.IsTrue(Get(self, "stripspaces"))) Call(win, "move", Ops.Subtract(y, one), eol(Ops.Subtract(y, one)));
            else Call(win, "move", Ops.Subtract(y, one), maxx());
            if (In(ch, Code("BS"), Key("KEY_BACKSPACE"))) Call(win, "delch");
        }
        else if (Eq(ch, Code("EOT"))) Call(win, "delch");
        else if (Eq(ch, Code("ENQ")))
        {
            if (Ops.IsTrue(Get(self, "stripspaces"))) Call(win, "move", y, eol(y));
            else Call(win, "move", y, maxx());
        }
        else if (In(ch, Code("ACK"), Key("KEY_RIGHT")))
        {
            if (Ops.Less(x, maxx())) Call(win, "move", y, Ops.Add(x, one));
            else if (Eq(y, maxy())) { }
            else Call(win, "move", Ops.Add(y, one), zero);
        }
        else if (Eq(ch, Code("BEL"))) return zero;
        else if (Eq(ch, Code("NL")))
        {
            if (Eq(maxy(), zero)) return zero;
            if (Ops.Less(y, maxy())) Call(win, "move", Ops.Add(y, one), zero);
        }
        else if (Eq(ch, Code("VT")))
        {
            if (Eq(x, zero) && Eq(eol(y), zero)) Call(win, "deleteln");
            else
            {
                // first undo the effect of _end_of_line
                Call(win, "move", y, x);
                Call(win, "clrtoeol");
            }
        }
        else if (Eq(ch, Code("FF"))) Call(win, "refresh");
        else if (In(ch, Code("SO"), Key("KEY_DOWN")))
        {
            if (Ops.Less(y, maxy()))
            {
                var next = Ops.Add(y, one);
                Call(win, "move", next, x);
                if (Ops.Greater(x, eol(next))) Call(win, "move", next, eol(next));
            }
        }
        else if (Eq(ch, Code("SI"))) Call(win, "insertln");
        else if (In(ch, Code("DLE"), Key("KEY_UP")))
        {
            if (Ops.Greater(y, zero))
            {
                var prev = Ops.Subtract(y, one);
                Call(win, "move", prev, x);
                if (Ops.Greater(x, eol(prev))) Call(win, "move", prev, eol(prev));
            }
        }
        return one;
    }

    static PyObject Gather(PyObject self)
    {
        var result = new System.Collections.Generic.List<byte>();
        Call(self, "_update_max_yx");
        long maxy = Long(Get(self, "maxy"));
        for (long y = 0; y <= maxy; y++)
        {
            var win = Get(self, "win");
            Call(win, "move", I(y), I(0));
            long stop = Long(Call(self, "_end_of_line", I(y)));
            bool strip = Ops.IsTrue(Get(self, "stripspaces"));
            if (stop == 0 && strip) continue;
            long maxx = Long(Get(self, "maxx"));
            for (long x = 0; x <= maxx; x++)
            {
                if (Ops.IsTrue(Get(self, "stripspaces")) && x > stop) break;
                var code = Call(Ascii, "ascii", Call(Get(self, "win"), "inch", I(y), I(x)));
                result.Add((byte)Long(code));
            }
            if (Long(Get(self, "maxy")) > 0) result.Add((byte)'\n');
        }
        return PyStr.Wrap(result.ToArray());
    }
}
