using System;
using static Py2Cs.Runtime.CursesArguments;

namespace Py2Cs.Runtime;

/// <summary>
/// A curses window (<c>_curses.curses window</c>) over an ncurses WINDOW*, with the methods of
/// _cursesmodule.c: their argument forms ([y, x,] ... [, attr]), their counting messages ("addstr
/// requires 1 to 4 arguments") and the ncurses call each one names when it returns ERR
/// ("addstr() returned ERR", "wmove() returned ERR"). Windows are never freed with delwin: a
/// collected Python object may still have live subwindows, and ncurses is not thread-safe, so the
/// finalizer thread must not call it (ncurses frees everything at exit).
/// </summary>
public sealed unsafe class CursesWindow : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("curses window", () => PyType.ObjectType, Populate);

    internal readonly nint Win;

    internal CursesWindow(nint win) { Win = win; }

    public override PyType Type => TypeObject;

    public override PyStr Repr() => PyStr.FromString($"<_curses.curses window object at 0x{Ops.Id(this):x}>");

    static CursesWindow W(PyObject o) => (CursesWindow)o;
    static PyObject None => PyNone.None;
    static PyObject Check(int code, string name) => _curses.Check(code, name);
    static PyObject Pair(int a, int b) => PyTuple.Create(PyInt.From(a), PyInt.From(b));

    /// <summary>Runs a write with attr as the window's attributes, then restores them (what CPython
    /// does for the optional attr argument of addstr, addnstr, insstr and insnstr).</summary>
    int WithAttributes(long? attr, Func<int> write)
    {
        if (attr == null) return write();
        uint old; short pair;
        Ncurses.wattr_get(Win, &old, &pair, 0);
        Ncurses.wattrset(Win, unchecked((int)attr.Value));
        int r = write();
        Ncurses.wattrset(Win, unchecked((int)old));
        return r;
    }

    // ---- output ----

    /// <summary>addch/insch/echochar: [y, x,] ch [, attr].</summary>
    PyObject CharacterCall(string name, PyObject[] a, Func<uint, int> plain, Func<int, int, uint, int> at)
    {
        const string conv = "argument 1 or 3 must be a ch or an int";
        uint ch; long attr = 0; int y = 0, x = 0; bool xy = false;
        switch (a.Length)
        {
            case 1: ch = Chtype(a[0], conv); break;
            case 2: ch = Chtype(a[0], conv); attr = Long(a[1], "ch or int,attr"); break;
            case 3: y = Int(a[0], "y,x,ch or int"); x = Int(a[1], "y,x,ch or int"); ch = Chtype(a[2], conv); xy = true; break;
            case 4:
                y = Int(a[0], "y,x,ch or int, attr"); x = Int(a[1], "y,x,ch or int, attr"); ch = Chtype(a[2], conv);
                attr = Long(a[3], "y,x,ch or int, attr"); xy = true; break;
            default: throw Ops.TypeError(name + " requires 1 to 4 arguments");
        }
        uint c = ch | unchecked((uint)attr);
        return Check(xy ? at(y, x, c) : plain(c), name);
    }

    /// <summary>addstr/insstr: [y, x,] str [, attr]; addnstr/insnstr add n after str.</summary>
    PyObject StringCall(string name, bool counted, PyObject[] a, Func<byte[], int, int> plain, Func<int, int, byte[], int, int> at)
    {
        int min = counted ? 2 : 1;
        if (a.Length < min || a.Length > min + 3)
            throw Ops.TypeError(counted ? name + " requires 2 to 5 arguments" : name + " requires 1 to 4 arguments");
        bool xy = a.Length >= min + 2;
        string msg = counted
            ? (xy ? (a.Length == 5 ? "y,x,str,n,attr" : "y,x,str,n") : (a.Length == 3 ? "str,n,attr" : "str,n"))
            : (xy ? (a.Length == 4 ? "int,int,str,attr" : "int,int,str") : (a.Length == 2 ? "str,attr" : "str"));
        int i = 0, y = 0, x = 0;
        if (xy) { y = Int(a[0], msg); x = Int(a[1], msg); i = 2; }
        var s = Bytes(a[i++], msg);
        int n = counted ? Int(a[i++], msg) : -1;
        long? attr = i < a.Length ? Long(a[i], msg) : null;
        var text = Ncurses.Terminated(s);
        int r = WithAttributes(attr, () => xy ? at(y, x, text, n) : plain(text, n));
        return Check(r, name);
    }

    static PyObject AddStr(PyObject self, PyObject[] a, string name, bool counted)
    {
        var w = W(self);
        return w.StringCall(name, counted, a,
            (t, n) => { fixed (byte* p = t) return Ncurses.waddnstr(w.Win, p, n); },
            (y, x, t, n) => { fixed (byte* p = t) return Ncurses.mvwaddnstr(w.Win, y, x, p, n); });
    }

    static PyObject InsStr(PyObject self, PyObject[] a, string name, bool counted)
    {
        var w = W(self);
        return w.StringCall(name, counted, a,
            (t, n) => { fixed (byte* p = t) return Ncurses.winsnstr(w.Win, p, n); },
            (y, x, t, n) => { fixed (byte* p = t) return Ncurses.mvwinsnstr(w.Win, y, x, p, n); });
    }

    /// <summary>hline/vline: [y, x,] ch, n [, attr]; a failed move is "wmove() returned ERR".</summary>
    PyObject LineCall(string name, PyObject[] a, Func<nint, uint, int, int> draw)
    {
        const string conv = "argument 1 or 3 must be a ch or an int";
        if (a.Length < 2 || a.Length > 5) throw Ops.TypeError(name + " requires 2 to 5 arguments");
        bool xy = a.Length >= 4;
        string msg = xy ? (a.Length == 5 ? "y,x,ch or int,n,attr" : "y,x,ch or int,n") : (a.Length == 3 ? "ch or int,n,attr" : "ch or int,n");
        int i = 0, y = 0, x = 0;
        if (xy) { y = Int(a[0], msg); x = Int(a[1], msg); i = 2; }
        uint ch = Chtype(a[i++], conv);
        int n = Int(a[i++], msg);
        long attr = i < a.Length ? Long(a[i], msg) : 0;
        if (xy && Ncurses.wmove(Win, y, x) == Ncurses.ERR) return Check(Ncurses.ERR, "wmove");
        return Check(draw(Win, ch | unchecked((uint)attr), n), name);
    }

    PyObject Border(PyObject[] a)
    {
        if (a.Length > 8) throw Ops.TypeError("ls,rs,ts,bs,tl,tr,bl,br");
        var ch = new uint[8];
        for (int i = 0; i < a.Length; i++)
            ch[i] = Chtype(a[i], $"argument {i + 1} to border() must be a ch or an int");
        Ncurses.wborder(Win, ch[0], ch[1], ch[2], ch[3], ch[4], ch[5], ch[6], ch[7]);
        return None;
    }

    PyObject Box(PyObject[] a)
    {
        uint v = 0, h = 0;
        if (a.Length != 0)
        {
            if (a.Length != 2) throw Ops.TypeError("verch,horch");
            v = Chtype(a[0], "verch,horch"); h = Chtype(a[1], "verch,horch");
        }
        Ncurses.wborder(Win, v, v, h, h, 0, 0, 0, 0);
        return None;
    }

    PyObject Background(string name, PyObject[] a, bool set)
    {
        const string conv = "argument 1 or 3 must be a ch or an int";
        uint ch; long attr = 0;
        switch (a.Length)
        {
            case 1: ch = Chtype(a[0], conv); break;
            case 2: ch = Chtype(a[0], conv); attr = Long(a[1], "ch or int,attr"); break;
            default: throw Ops.TypeError(name + " requires 1 or 2 arguments");
        }
        uint c = ch | unchecked((uint)attr);
        if (set) { Ncurses.wbkgdset(Win, c); return None; }
        return Check(Ncurses.wbkgd(Win, c), name);
    }

    PyObject ChangeAttributes(PyObject[] a)
    {
        int n = -1, y = 0, x = 0; long attr; bool xy = false;
        switch (a.Length)
        {
            case 1: attr = Long(a[0], "attr"); break;
            case 2: n = Int(a[0], "n,attr"); attr = Long(a[1], "n,attr"); break;
            case 3: y = Int(a[0], "int,int,attr"); x = Int(a[1], "int,int,attr"); attr = Long(a[2], "int,int,attr"); xy = true; break;
            case 4:
                y = Int(a[0], "int,int,n,attr"); x = Int(a[1], "int,int,n,attr"); n = Int(a[2], "int,int,n,attr");
                attr = Long(a[3], "int,int,n,attr"); xy = true; break;
            default: throw Ops.TypeError("chgat requires 1 to 4 arguments");
        }
        short color = (short)((attr & 0xff00) >> 8);
        uint bits = unchecked((uint)(attr & ~0xff00L));
        int r;
        if (xy)
        {
            r = Ncurses.mvwchgat(Win, y, x, n, bits, color, 0);
            Ncurses.touchline(Win, y, 1);
        }
        else r = Ncurses.wchgat(Win, n, bits, color, 0);
        return Check(r, "chgat");
    }

    // ---- input ----

    void OptionalMove(string name, PyObject[] a)
    {
        if (a.Length == 2) Ncurses.wmove(Win, Int(a[0], "y,x"), Int(a[1], "y,x"));
        else if (a.Length != 0) throw Ops.TypeError(name + " requires 0 or 2 arguments");
    }

    int ReadKey(string name, PyObject[] a)
    {
        int y = 0, x = 0;
        if (a.Length == 2) { y = Int(a[0], "y,x"); x = Int(a[1], "y,x"); }
        else if (a.Length != 0) throw Ops.TypeError(name + " requires 0 or 2 arguments");
        using (Gil.Blocking())
            return a.Length == 2 ? Ncurses.mvwgetch(Win, y, x) : Ncurses.wgetch(Win);
    }

    PyObject GetKey(PyObject[] a)
    {
        int r = ReadKey("getkey", a);
        if (r == Ncurses.ERR) throw _curses.Error("no input");
        if (r <= 255) return PyStr.FromByte((byte)r);
        return PyStr.FromString(Ncurses.CString(Ncurses.keyname(r)) ?? "");
    }

    /// <summary>getstr/instr's arguments ([y, x,] [n]): whether a position was given; n capped at 1023 as
    /// _cursesmodule.c caps it.</summary>
    bool PositionAndLength(PyObject[] a, string countMessage, out int y, out int x, out int n)
    {
        n = 1023; y = 0; x = 0;
        bool xy = false;
        switch (a.Length)
        {
            case 0: break;
            case 1: n = Int(a[0], "n"); break;
            case 2: y = Int(a[0], "y,x"); x = Int(a[1], "y,x"); xy = true; break;
            case 3: y = Int(a[0], "y,x,n"); x = Int(a[1], "y,x,n"); n = Int(a[2], "y,x,n"); xy = true; break;
            default: throw Ops.TypeError(countMessage);
        }
        n = Math.Min(n, 1023);
        return xy;
    }

    PyObject GetStr(PyObject[] a)
    {
        bool xy = PositionAndLength(a, "getstr requires 0 to 3 arguments", out int y, out int x, out int n);
        var buffer = new byte[1024];
        int r;
        fixed (byte* p = buffer)
            using (Gil.Blocking())
                r = xy ? Ncurses.mvwgetnstr(Win, y, x, p, n) : Ncurses.wgetnstr(Win, p, n);
        if (r == Ncurses.ERR) return PyStr.Empty;
        return PyStr.FromBytes(buffer.AsSpan(0, Math.Max(0, Array.IndexOf(buffer, (byte)0))));
    }

    PyObject InStr(PyObject[] a)
    {
        bool xy = PositionAndLength(a, "instr requires 0 or 3 arguments", out int y, out int x, out int n);
        var buffer = new byte[1024];
        int r;
        fixed (byte* p = buffer) r = xy ? Ncurses.mvwinnstr(Win, y, x, p, n) : Ncurses.winnstr(Win, p, n);
        if (r == Ncurses.ERR) return PyStr.Empty;
        return PyStr.FromBytes(buffer.AsSpan(0, Math.Max(0, Array.IndexOf(buffer, (byte)0))));
    }

    PyObject InCh(PyObject[] a)
    {
        uint r;
        if (a.Length == 0) r = Ncurses.winch(Win);
        else if (a.Length == 2) r = Ncurses.mvwinch(Win, Int(a[0], "y,x"), Int(a[1], "y,x"));
        else throw Ops.TypeError("inch requires 0 to 2 arguments");
        return PyInt.From((long)unchecked((int)r) == -1 ? -1 : (long)r);
    }

    // ---- windows ----

    PyObject SubWindow(string name, PyObject[] a, bool derived)
    {
        int lines = 0, cols = 0, y, x;
        switch (a.Length)
        {
            case 2: y = Int(a[0], "begin_y,begin_x"); x = Int(a[1], "begin_y,begin_x"); break;
            case 4:
                const string m = "nlines,ncols,begin_y,begin_x";
                lines = Int(a[0], m); cols = Int(a[1], m); y = Int(a[2], m); x = Int(a[3], m); break;
            default: throw Ops.TypeError(name + " requires 2 or 4 arguments");
        }
        nint win = derived ? Ncurses.derwin(Win, lines, cols, y, x)
            : Ncurses.is_pad(Win) ? Ncurses.subpad(Win, lines, cols, y, x) : Ncurses.subwin(Win, lines, cols, y, x);
        if (win == 0) throw _curses.Error("curses function returned NULL");
        return new CursesWindow(win);
    }

    PyObject Refresh(string name, PyObject[] a, bool update)
    {
        if (Ncurses.is_pad(Win))
        {
            if (a.Length != 6)
                throw _curses.Error(update ? "noutrefresh() called for a pad requires 6 arguments" : "refresh() for a pad requires 6 arguments");
            const string m = "pminrow,pmincol,sminrow,smincol,smaxrow,smaxcol";
            var v = new int[6];
            for (int i = 0; i < 6; i++) v[i] = Int(a[i], m);
            return update
                ? Check(Ncurses.pnoutrefresh(Win, v[0], v[1], v[2], v[3], v[4], v[5]), "pnoutrefresh")
                : Check(Ncurses.prefresh(Win, v[0], v[1], v[2], v[3], v[4], v[5]), "prefresh");
        }
        if (a.Length != 0) throw Ops.TypeError($"{name}() takes exactly 0 arguments ({a.Length} given)");
        return update ? Check(Ncurses.wnoutrefresh(Win), "wnoutrefresh") : Check(Ncurses.wrefresh(Win), "refresh");
    }

    PyObject Copy(string name, PyObject[] a, bool overlay)
    {
        string one = name + " requires one or seven arguments";
        if (a.Length != 1 && a.Length != 7) throw Ops.TypeError(one);
        const string m = "window object, int, int, int, int, int, int";
        if (a[0] is not CursesWindow dest) throw Ops.TypeError(a.Length == 1 ? "window object" : m);
        if (a.Length == 1)
            return Check(overlay ? Ncurses.overlay(Win, dest.Win) : Ncurses.overwrite(Win, dest.Win), name);
        var v = new int[6];
        for (int i = 0; i < 6; i++) v[i] = Int(a[i + 1], m);
        return Check(Ncurses.copywin(Win, dest.Win, v[0], v[1], v[2], v[3], v[4], v[5], overlay ? 1 : 0), "copywin");
    }

    /// <summary>putwin(file): ncurses writes to a memory stream; the bytes go through the file's write.</summary>
    PyObject PutWin(PyObject file)
    {
        if (file is not PyFile) throw Ops.TypeError("argument must be a file object");
        nint buffer = 0; nuint size = 0;
        nint fp = Ncurses.open_memstream(&buffer, &size);
        int r = Ncurses.putwin(Win, fp);
        Ncurses.fclose(fp);
        var data = PyStr.FromBytes(new ReadOnlySpan<byte>((void*)buffer, (int)size));
        Ncurses.free(buffer);
        Check(r, "putwin");
        Ops.CallMethod(file, "write", data);
        return None;
    }

    PyObject Scroll(PyObject[] a)
    {
        if (a.Length == 0) return Check(Ncurses.wscrl(Win, 1), "scroll");
        if (a.Length == 1) return Check(Ncurses.wscrl(Win, Int(a[0], "nlines")), "scroll");
        throw Ops.TypeError("scroll requires 0 or 1 arguments");
    }

    PyObject TouchLine(PyObject[] a)
    {
        if (a.Length == 2) return Check(Ncurses.touchline(Win, Int(a[0], "start,count"), Int(a[1], "start,count")), "touchline");
        if (a.Length == 3)
            return Check(Ncurses.wtouchln(Win, Int(a[0], "start,count,val"), Int(a[1], "start,count,val"), Int(a[2], "start,count,val")), "wtouchln");
        throw Ops.TypeError("touchline requires 2 or 3 arguments");
    }

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_curses"));
        t.IsFinal = true;
        const string flag = "True(1) or False(0)";

        t.DefVarMethod("addch", (s, a) => W(s).CharacterCall("addch", a, c => Ncurses.waddch(W(s).Win, c), (y, x, c) => Ncurses.mvwaddch(W(s).Win, y, x, c)));
        t.DefVarMethod("insch", (s, a) => W(s).CharacterCall("insch", a, c => Ncurses.winsch(W(s).Win, c), (y, x, c) => Ncurses.mvwinsch(W(s).Win, y, x, c)));
        t.DefVarMethod("echochar", (s, a) =>
        {
            var w = W(s);
            uint ch; long attr = 0;
            if (a.Length == 1) ch = Chtype(a[0], "argument 1 must be a ch or an int");
            else if (a.Length == 2) { ch = Chtype(a[0], "argument 1 must be a ch or an int"); attr = Long(a[1], "ch or int,attr"); }
            else throw Ops.TypeError("echochar requires 1 or 2 arguments");
            uint c = ch | unchecked((uint)attr);
            return Check(Ncurses.is_pad(w.Win) ? Ncurses.pechochar(w.Win, c) : Ncurses.wechochar(w.Win, c), "echochar");
        });
        t.DefVarMethod("addstr", (s, a) => AddStr(s, a, "addstr", false));
        t.DefVarMethod("addnstr", (s, a) => AddStr(s, a, "addnstr", true));
        t.DefVarMethod("insstr", (s, a) => InsStr(s, a, "insstr", false));
        t.DefVarMethod("insnstr", (s, a) => InsStr(s, a, "insnstr", true));
        t.DefVarMethod("hline", (s, a) => W(s).LineCall("hline", a, Ncurses.whline));
        t.DefVarMethod("vline", (s, a) => W(s).LineCall("vline", a, Ncurses.wvline));
        t.DefVarMethod("border", (s, a) => W(s).Border(a));
        t.DefVarMethod("box", (s, a) => W(s).Box(a));
        t.DefVarMethod("bkgd", (s, a) => W(s).Background("bkgd", a, false));
        t.DefVarMethod("bkgdset", (s, a) => W(s).Background("bkgdset", a, true));
        t.DefMethod("getbkgd", s => PyInt.From((long)Ncurses.getbkgd(W(s).Win)));
        t.DefVarMethod("attron", (s, a) => Check(Ncurses.wattron(W(s).Win, unchecked((int)Long(Exactly(a, 1, "attr")[0], "attr"))), "attron"));
        t.DefVarMethod("attroff", (s, a) => Check(Ncurses.wattroff(W(s).Win, unchecked((int)Long(Exactly(a, 1, "attr")[0], "attr"))), "attroff"));
        t.DefVarMethod("attrset", (s, a) => Check(Ncurses.wattrset(W(s).Win, unchecked((int)Long(Exactly(a, 1, "attr")[0], "attr"))), "attrset"));
        t.DefMethod("standout", s => Check(Ncurses.wstandout(W(s).Win), "wstandout"));
        t.DefMethod("standend", s => Check(Ncurses.wstandend(W(s).Win), "wstandend"));
        t.DefVarMethod("chgat", (s, a) => W(s).ChangeAttributes(a));
        t.DefVarMethod("delch", (s, a) =>
        {
            var w = W(s);
            if (a.Length == 0) return Check(Ncurses.wdelch(w.Win), "wdelch");
            if (a.Length == 2) return Check(Ncurses.mvwdelch(w.Win, Int(a[0], "y,x"), Int(a[1], "y,x")), "[mv]wdelch");
            throw Ops.TypeError("delch requires 0 or 2 arguments");
        });

        t.DefVarMethod("getch", (s, a) => PyInt.From(W(s).ReadKey("getch", a)));
        t.DefVarMethod("getkey", (s, a) => W(s).GetKey(a));
        t.DefVarMethod("getstr", (s, a) => W(s).GetStr(a));
        t.DefVarMethod("inch", (s, a) => W(s).InCh(a));
        t.DefVarMethod("instr", (s, a) => W(s).InStr(a));

        t.DefVarMethod("move", (s, a) => { Exactly(a, 2, "y,x"); return Check(Ncurses.wmove(W(s).Win, Int(a[0], "y,x"), Int(a[1], "y,x")), "wmove"); });
        t.DefMethod("getyx", s => Pair(Ncurses.getcury(W(s).Win), Ncurses.getcurx(W(s).Win)));
        t.DefMethod("getbegyx", s => Pair(Ncurses.getbegy(W(s).Win), Ncurses.getbegx(W(s).Win)));
        t.DefMethod("getmaxyx", s => Pair(Ncurses.getmaxy(W(s).Win), Ncurses.getmaxx(W(s).Win)));
        t.DefMethod("getparyx", s => Pair(Ncurses.getpary(W(s).Win), Ncurses.getparx(W(s).Win)));
        t.DefVarMethod("enclose", (s, a) => { Exactly(a, 2, "y,x"); return PyInt.From(Ncurses.wenclose(W(s).Win, Int(a[0], "y,x"), Int(a[1], "y,x")) ? 1 : 0); });

        t.DefMethod("clear", s => { Ncurses.wclear(W(s).Win); return None; });
        t.DefMethod("erase", s => Check(Ncurses.werase(W(s).Win), "werase"));
        t.DefMethod("clrtobot", s => { Ncurses.wclrtobot(W(s).Win); return None; });
        t.DefMethod("clrtoeol", s => { Ncurses.wclrtoeol(W(s).Win); return None; });
        t.DefMethod("deleteln", s => Check(Ncurses.wdeleteln(W(s).Win), "wdeleteln"));
        t.DefMethod("insertln", s => Check(Ncurses.winsertln(W(s).Win), "winsertln"));
        t.DefVarMethod("insdelln", (s, a) => Check(Ncurses.winsdelln(W(s).Win, Int(Exactly(a, 1, "nlines")[0], "nlines")), "winsdelln"));

        t.DefVarMethod("refresh", (s, a) => W(s).Refresh("refresh", a, false));
        t.DefVarMethod("noutrefresh", (s, a) => W(s).Refresh("noutrefresh", a, true));
        t.DefVarMethod("nooutrefresh", (s, a) => W(s).Refresh("nooutrefresh", a, true));
        t.DefMethod("redrawwin", s => Check(Ncurses.redrawwin(W(s).Win), "redrawwin"));
        t.DefVarMethod("redrawln", (s, a) => { Exactly(a, 2, "beg,num"); return Check(Ncurses.wredrawln(W(s).Win, Int(a[0], "beg,num"), Int(a[1], "beg,num")), "redrawln"); });
        t.DefMethod("touchwin", s => Check(Ncurses.touchwin(W(s).Win), "touchwin"));
        t.DefMethod("untouchwin", s => Check(Ncurses.untouchwin(W(s).Win), "untouchwin"));
        t.DefVarMethod("touchline", (s, a) => W(s).TouchLine(a));
        t.DefMethod("is_wintouched", s => PyBool.From(Ncurses.is_wintouched(W(s).Win)));
        t.DefVarMethod("is_linetouched", (s, a) =>
        {
            var w = W(s);
            int n = Int(Exactly(a, 1, "line")[0], "line");
            // ncurses answers ERR through a bool return; the bounds are its own (0 <= line <= _maxy).
            if (n < 0 || n >= Ncurses.getmaxy(w.Win)) throw Ops.TypeError("is_linetouched: line number outside of boundaries");
            return PyBool.From(Ncurses.is_linetouched(w.Win, n));
        });

        t.DefVarMethod("subwin", (s, a) => W(s).SubWindow("subwin", a, false));
        t.DefVarMethod("subpad", (s, a) => W(s).SubWindow("subwin", a, false));
        t.DefVarMethod("derwin", (s, a) => W(s).SubWindow("derwin", a, true));
        t.DefVarMethod("mvwin", (s, a) => { Exactly(a, 2, "y,x"); return Check(Ncurses.mvwin(W(s).Win, Int(a[0], "y,x"), Int(a[1], "y,x")), "mvwin"); });
        t.DefVarMethod("mvderwin", (s, a) => { Exactly(a, 2, "y,x"); return Check(Ncurses.mvderwin(W(s).Win, Int(a[0], "y,x"), Int(a[1], "y,x")), "mvderwin"); });
        t.DefVarMethod("resize", (s, a) => { Exactly(a, 2, "lines,columns"); return Check(Ncurses.wresize(W(s).Win, Int(a[0], "lines,columns"), Int(a[1], "lines,columns")), "wresize"); });
        t.DefVarMethod("overlay", (s, a) => W(s).Copy("overlay", a, true));
        t.DefVarMethod("overwrite", (s, a) => W(s).Copy("overwrite", a, false));
        t.DefVarMethod("putwin", (s, a) => W(s).PutWin(Exactly(a, 1, "fileobj")[0]));
        t.DefMethod("syncup", s => { Ncurses.wsyncup(W(s).Win); return None; });
        t.DefMethod("syncdown", s => { Ncurses.wsyncdown(W(s).Win); return None; });
        t.DefMethod("cursyncup", s => { Ncurses.wcursyncup(W(s).Win); return None; });

        t.DefVarMethod("scroll", (s, a) => W(s).Scroll(a));
        t.DefVarMethod("scrollok", (s, a) => Check(Ncurses.scrollok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "scrollok"));
        t.DefVarMethod("setscrreg", (s, a) => { Exactly(a, 2, "top, bottom"); return Check(Ncurses.wsetscrreg(W(s).Win, Int(a[0], "top, bottom"), Int(a[1], "top, bottom")), "wsetscrreg"); });
        t.DefVarMethod("keypad", (s, a) => Check(Ncurses.keypad(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "keypad"));
        t.DefVarMethod("nodelay", (s, a) => Check(Ncurses.nodelay(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "nodelay"));
        t.DefVarMethod("notimeout", (s, a) => Check(Ncurses.notimeout(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "notimeout"));
        t.DefVarMethod("timeout", (s, a) => { Ncurses.wtimeout(W(s).Win, Int(Exactly(a, 1, "delay")[0], "delay")); return None; });
        t.DefVarMethod("leaveok", (s, a) => Check(Ncurses.leaveok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "leaveok"));
        t.DefVarMethod("clearok", (s, a) => Check(Ncurses.clearok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "clearok"));
        t.DefVarMethod("idlok", (s, a) => Check(Ncurses.idlok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "idlok"));
        t.DefVarMethod("idcok", (s, a) => { Ncurses.idcok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)); return None; });
        t.DefVarMethod("immedok", (s, a) => { Ncurses.immedok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)); return None; });
        t.DefVarMethod("syncok", (s, a) => Check(Ncurses.syncok(W(s).Win, Flag(Exactly(a, 1, flag)[0], flag)), "syncok"));
    }
}
