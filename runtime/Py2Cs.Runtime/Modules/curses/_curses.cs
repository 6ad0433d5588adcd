#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Runtime.InteropServices;
using static Py2Cs.Runtime.CursesArguments;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>_curses</c> module of Python 2.7: the module functions of _cursesmodule.c over the system
/// ncurses (docs/curses.md). Errors are <c>_curses.error</c> with CPython's texts ("must call
/// initscr() first", "addstr() returned ERR"...). LINES, COLS and the ACS_* characters join the
/// module when initscr() runs, COLORS and COLOR_PAIRS when start_color() does, as in CPython.
/// </summary>
[PythonModule("_curses")]
public static unsafe partial class _curses
{
    public static readonly PyType error = MakeError();
    public static readonly PyObject version = PyStr.FromString("2.2");
    [PythonName("__version__")] public static readonly PyObject __version__ = PyStr.FromString("2.2");

    static PyModule _module;
    internal static bool Initialised, InitialisedSetupterm, InitialisedColor;

    static PyType MakeError()
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.FromString("_curses"));
        return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), ns);
    }

    public static void __init__(PyModule module)
    {
        if (Ncurses.Handle == 0) throw Ops.ImportError("No module named _curses");
        _module = module;
    }

    internal static PythonException Error(string message) => Ops.Error(error, message);

    /// <summary>PyCursesCheckERR: ERR becomes "name() returned ERR".</summary>
    internal static PyObject Check(int code, string name)
    {
        if (code != Ncurses.ERR) return PyNone.None;
        throw Error(name == null ? "curses function returned ERR" : name + "() returned ERR");
    }

    internal static void RequireInitscr()
    {
        if (!Initialised) throw Error("must call initscr() first");
    }

    static void RequireSetupterm()
    {
        if (!InitialisedSetupterm) throw Error("must call (at least) setupterm() first");
    }

    static void RequireColor()
    {
        if (!InitialisedColor) throw Error("must call start_color() first");
    }

    static PyObject None => PyNone.None;

    // ---- initialisation ----

    public static PyObject initscr()
    {
        if (Initialised)
        {
            var std = Ncurses.PointerVariable("stdscr");
            Ncurses.wrefresh(std);
            return new CursesWindow(std);
        }
        nint win = Ncurses.initscr();
        if (win == 0) throw Error("curses function returned NULL");
        Initialised = InitialisedSetupterm = true;
        SetAlternateCharacters();
        _module["LINES"] = PyInt.From(Ncurses.IntVariable("LINES"));
        _module["COLS"] = PyInt.From(Ncurses.IntVariable("COLS"));
        return new CursesWindow(win);
    }

    /// <summary>ACS_* are acs_map entries, known only once the terminal is set up.</summary>
    static void SetAlternateCharacters()
    {
        uint* map = (uint*)Ncurses.Variable("acs_map");
        void Set(string name, char c) => _module[name] = PyInt.From(map[c]);
        Set("ACS_ULCORNER", 'l'); Set("ACS_LLCORNER", 'm'); Set("ACS_URCORNER", 'k'); Set("ACS_LRCORNER", 'j');
        Set("ACS_LTEE", 't'); Set("ACS_RTEE", 'u'); Set("ACS_BTEE", 'v'); Set("ACS_TTEE", 'w');
        Set("ACS_HLINE", 'q'); Set("ACS_VLINE", 'x'); Set("ACS_PLUS", 'n'); Set("ACS_S1", 'o'); Set("ACS_S9", 's');
        Set("ACS_DIAMOND", '`'); Set("ACS_CKBOARD", 'a'); Set("ACS_DEGREE", 'f'); Set("ACS_PLMINUS", 'g');
        Set("ACS_BULLET", '~'); Set("ACS_LARROW", ','); Set("ACS_RARROW", '+'); Set("ACS_DARROW", '.');
        Set("ACS_UARROW", '-'); Set("ACS_BOARD", 'h'); Set("ACS_LANTERN", 'i'); Set("ACS_BLOCK", '0');
        Set("ACS_BSSB", 'l'); Set("ACS_SSBB", 'm'); Set("ACS_BBSS", 'k'); Set("ACS_SBBS", 'j');
        Set("ACS_SBSS", 'u'); Set("ACS_SSSB", 't'); Set("ACS_SSBS", 'v'); Set("ACS_BSSS", 'w');
        Set("ACS_BSBS", 'q'); Set("ACS_SBSB", 'x'); Set("ACS_SSSS", 'n');
        Set("ACS_S3", 'p'); Set("ACS_S7", 'r'); Set("ACS_LEQUAL", 'y'); Set("ACS_GEQUAL", 'z');
        Set("ACS_PI", '{'); Set("ACS_NEQUAL", '|'); Set("ACS_STERLING", '}');
    }

    public static PyObject setupterm(PyObject term = null, PyObject fd = null)
    {
        int descriptor = fd == null ? -1 : Int(fd, "an integer is required");
        byte[] name = null;
        if (term != null && term is not PyNone)
        {
            if (term is not PyStr s) throw Ops.TypeError("setupterm() argument 1 must be string or None, not " + Ops.TypeOf(term).Name);
            name = Ncurses.Terminated(s.Bytes);
        }
        if (descriptor == -1)
        {
            var stdout = SysModule.Module.InstanceDict.GetStr("stdout");
            if (stdout == null || stdout is PyNone) throw Error("lost sys.stdout");
            descriptor = fcntl.FileDescriptor(stdout);
        }
        if (!InitialisedSetupterm)
        {
            int err = 0, code;
            fixed (byte* p = name) code = Ncurses.setupterm(p, descriptor, &err);
            if (code == Ncurses.ERR)
                throw Error(err == 0 ? "setupterm: could not find terminal"
                    : err == -1 ? "setupterm: could not find terminfo database" : "setupterm: unknown error");
        }
        InitialisedSetupterm = true;
        return None;
    }

    public static PyObject endwin() { RequireInitscr(); return Check(Ncurses.endwin(), "endwin"); }
    public static PyObject isendwin() { RequireInitscr(); return PyBool.From(Ncurses.isendwin()); }
    public static PyObject doupdate() { RequireInitscr(); return Check(Ncurses.doupdate(), "doupdate"); }
    public static PyObject beep() { RequireInitscr(); return Check(Ncurses.beep(), "beep"); }
    public static PyObject flash() { RequireInitscr(); return Check(Ncurses.flash(), "flash"); }
    public static PyObject def_prog_mode() { RequireInitscr(); return Check(Ncurses.def_prog_mode(), "def_prog_mode"); }
    public static PyObject def_shell_mode() { RequireInitscr(); return Check(Ncurses.def_shell_mode(), "def_shell_mode"); }
    public static PyObject reset_prog_mode() { RequireInitscr(); return Check(Ncurses.reset_prog_mode(), "reset_prog_mode"); }
    public static PyObject reset_shell_mode() { RequireInitscr(); return Check(Ncurses.reset_shell_mode(), "reset_shell_mode"); }
    public static PyObject resetty() { RequireInitscr(); return Check(Ncurses.resetty(), "resetty"); }
    public static PyObject savetty() { RequireInitscr(); return Check(Ncurses.savetty(), "savetty"); }
    public static PyObject nocbreak() { RequireInitscr(); return Check(Ncurses.nocbreak(), "nocbreak"); }
    public static PyObject noecho() { RequireInitscr(); return Check(Ncurses.noecho(), "noecho"); }
    public static PyObject nonl() { RequireInitscr(); return Check(Ncurses.nonl(), "nonl"); }
    public static PyObject noraw() { RequireInitscr(); return Check(Ncurses.noraw(), "noraw"); }

    /// <summary>cbreak/echo/nl/raw take an optional flag: false means the no- variant.</summary>
    static PyObject OptionalFlag(string name, PyObject[] args, Func<int> on, Func<int> off)
    {
        RequireInitscr();
        if (args.Length > 1) throw Ops.TypeError(name + " requires 0 or 1 arguments");
        bool flag = args.Length == 0 || Flag(args[0], "True(1), False(0)");
        return Check(flag ? on() : off(), name);
    }

    public static PyObject cbreak(params PyObject[] args) => OptionalFlag("cbreak", args, Ncurses.cbreak, Ncurses.nocbreak);
    public static PyObject echo(params PyObject[] args) => OptionalFlag("echo", args, Ncurses.echo, Ncurses.noecho);
    public static PyObject nl(params PyObject[] args) => OptionalFlag("nl", args, Ncurses.nl, Ncurses.nonl);
    public static PyObject raw(params PyObject[] args) => OptionalFlag("raw", args, Ncurses.raw, Ncurses.noraw);

    public static PyObject baudrate() { RequireInitscr(); return PyInt.From(Ncurses.baudrate()); }
    public static PyObject termattrs() { RequireInitscr(); return PyInt.From((long)Ncurses.termattrs()); }
    public static PyObject termname() { RequireInitscr(); return PyStr.FromString(Ncurses.CString(Ncurses.termname())); }
    public static PyObject longname() { RequireInitscr(); return PyStr.FromString(Ncurses.CString(Ncurses.longname())); }
    public static PyObject can_change_color() { RequireInitscr(); return PyBool.From(Ncurses.can_change_color()); }
    public static PyObject has_colors() { RequireInitscr(); return PyBool.From(Ncurses.has_colors()); }
    public static PyObject has_ic() { RequireInitscr(); return PyBool.From(Ncurses.has_ic()); }
    public static PyObject has_il() { RequireInitscr(); return PyBool.From(Ncurses.has_il()); }
    public static PyObject flushinp() { RequireInitscr(); Ncurses.flushinp(); return None; }
    public static PyObject noqiflush() { RequireInitscr(); Ncurses.noqiflush(); return None; }
    public static PyObject filter() { Ncurses.filter(); return None; }

    public static PyObject erasechar() { RequireInitscr(); return PyStr.FromByte(Ncurses.erasechar()); }
    public static PyObject killchar() { RequireInitscr(); return PyStr.FromByte(Ncurses.killchar()); }

    public static PyObject has_key(params PyObject[] args)
    {
        RequireInitscr();
        var ch = Exactly(args, 1, TakesExactly(1, args.Length))[0];
        return PyBool.From(Ncurses.has_key(Int(ch, "i")) != 0);
    }

    public static PyObject halfdelay(params PyObject[] args)
    {
        RequireInitscr();
        var tenths = Exactly(args, 1, $"halfdelay() takes exactly 1 argument ({args.Length} given)")[0];
        return Check(Ncurses.halfdelay((byte)Int(tenths, "tenths")), "halfdelay");
    }

    public static PyObject intrflush(params PyObject[] args)
    {
        RequireInitscr();
        var flag = Exactly(args, 1, "intrflush requires 1 argument")[0];
        return Check(Ncurses.intrflush(0, Flag(flag, "i")), "intrflush");
    }

    public static PyObject meta(params PyObject[] args)
    {
        RequireInitscr();
        var flag = Exactly(args, 1, "meta requires 1 argument")[0];
        return Check(Ncurses.meta(Ncurses.PointerVariable("stdscr"), Flag(flag, "i")), "meta");
    }

    public static PyObject qiflush(params PyObject[] args)
    {
        RequireInitscr();
        if (args.Length > 1) throw Ops.TypeError("qiflush requires 0 or 1 arguments");
        var flag = args.Length == 1 ? args[0] : null;
        if (flag == null || Flag(flag, "i")) Ncurses.qiflush(); else Ncurses.noqiflush();
        return None;
    }

    public static PyObject curs_set(params PyObject[] args)
    {
        RequireInitscr();
        var visibility = Exactly(args, 1, $"curs_set() takes exactly 1 argument ({args.Length} given)")[0];
        int old = Ncurses.curs_set(Int(visibility, "visibility"));
        if (old == Ncurses.ERR) Check(old, "curs_set");
        return PyInt.From(old);
    }

    public static PyObject delay_output(PyObject ms)
    {
        RequireInitscr();
        return Check(Ncurses.delay_output(Int(ms, "ms")), "delay_output");
    }

    public static PyObject napms(params PyObject[] args)
    {
        RequireInitscr();
        int n = Int(Exactly(args, 1, "ms")[0], "ms");
        int r;
        using (Gil.Blocking()) r = Ncurses.napms(n);
        return PyInt.From(r);
    }

    public static PyObject typeahead(params PyObject[] args)
    {
        RequireInitscr();
        return Check(Ncurses.typeahead(Int(Exactly(args, 1, "fd")[0], "fd")), "typeahead");
    }

    public static PyObject putp(params PyObject[] args)
    {
        byte[] s = Ncurses.Terminated(Bytes(Exactly(args, 1, "str")[0], "str"));
        int r;
        fixed (byte* p = s) r = Ncurses.putp(p);
        return Check(r, "putp");
    }

    public static PyObject use_env(params PyObject[] args)
    {
        Ncurses.use_env(Flag(Exactly(args, 1, "use_env requires 1 argument")[0], "i"));
        return None;
    }

    public static PyObject keyname(params PyObject[] args)
    {
        RequireInitscr();
        int k = Int(Exactly(args, 1, TakesExactly(1, args.Length))[0], "i");
        if (k < 0) throw Ops.ValueError("invalid key number");
        var name = Ncurses.CString(Ncurses.keyname(k));
        return PyStr.FromString(name ?? "");
    }

    public static PyObject unctrl(params PyObject[] args)
    {
        RequireInitscr();
        var ch = Exactly(args, 1, "ch or int")[0];
        if (!TryChtype(ch, out var c)) throw Ops.TypeError("argument must be a ch or an int");
        return PyStr.FromString(Ncurses.CString(Ncurses.unctrl(c)));
    }

    public static PyObject ungetch(params PyObject[] args)
    {
        RequireInitscr();
        var ch = Exactly(args, 1, "ch or int")[0];
        if (!TryChtype(ch, out var c)) throw Ops.TypeError("argument must be a ch or an int");
        return Check(Ncurses.ungetch((int)c), "ungetch");
    }

    // ---- terminal size ----

    /// <summary>update_lines_cols: LINES and COLS follow a resize in both curses and _curses.</summary>
    static void UpdateLinesCols()
    {
        var lines = PyInt.From(Ncurses.IntVariable("LINES"));
        var cols = PyInt.From(Ncurses.IntVariable("COLS"));
        var curses = Importer.ImportModule("curses");
        Ops.SetAttr(curses, "LINES", lines);
        Ops.SetAttr(curses, "COLS", cols);
        _module["LINES"] = lines;
        _module["COLS"] = cols;
    }

    public static PyObject resizeterm(PyObject nlines, PyObject ncols)
    {
        RequireInitscr();
        Check(Ncurses.resizeterm(Int(nlines, "ii:resizeterm"), Int(ncols, "ii:resizeterm")), "resizeterm");
        UpdateLinesCols();
        return None;
    }

    public static PyObject resize_term(PyObject nlines, PyObject ncols)
    {
        RequireInitscr();
        Check(Ncurses.resize_term(Int(nlines, "ii:resize_term"), Int(ncols, "ii:resize_term")), "resize_term");
        UpdateLinesCols();
        return None;
    }

    public static PyObject is_term_resized(PyObject nlines, PyObject ncols)
    {
        RequireInitscr();
        return PyBool.From(Ncurses.is_term_resized(Int(nlines, "ii:is_term_resized"), Int(ncols, "ii:is_term_resized")));
    }

    public static PyObject getsyx()
    {
        RequireInitscr();
        nint newscr = Ncurses.PointerVariable("newscr");
        if (Ncurses.is_leaveok(newscr)) return PyTuple.Create(PyInt.From(-1), PyInt.From(-1));
        return PyTuple.Create(PyInt.From(Ncurses.getcury(newscr)), PyInt.From(Ncurses.getcurx(newscr)));
    }

    public static PyObject setsyx(PyObject y, PyObject x)
    {
        RequireInitscr();
        int yy = Int(y, "ii:setsyx"), xx = Int(x, "ii:setsyx");
        nint newscr = Ncurses.PointerVariable("newscr");
        if (yy == -1 && xx == -1) Ncurses.leaveok(newscr, true);
        else { Ncurses.leaveok(newscr, false); Ncurses.wmove(newscr, yy, xx); }
        return None;
    }

    // ---- windows ----

    public static PyObject newwin(params PyObject[] args)
    {
        RequireInitscr();
        int lines, cols, y = 0, x = 0;
        switch (args.Length)
        {
            case 2:
                lines = Int(args[0], "nlines,ncols"); cols = Int(args[1], "nlines,ncols");
                break;
            case 4:
                const string m = "nlines,ncols,begin_y,begin_x";
                lines = Int(args[0], m); cols = Int(args[1], m); y = Int(args[2], m); x = Int(args[3], m);
                break;
            default: throw Ops.TypeError("newwin requires 2 or 4 arguments");
        }
        nint win = Ncurses.newwin(lines, cols, y, x);
        if (win == 0) throw Error("curses function returned NULL");
        return new CursesWindow(win);
    }

    public static PyObject newpad(params PyObject[] args)
    {
        RequireInitscr();
        Exactly(args, 2, "nlines,ncols");
        nint win = Ncurses.newpad(Int(args[0], "nlines,ncols"), Int(args[1], "nlines,ncols"));
        if (win == 0) throw Error("curses function returned NULL");
        return new CursesWindow(win);
    }

    /// <summary>getwin(file): reads a window written by putwin from the file's current position.</summary>
    public static PyObject getwin(PyObject file)
    {
        RequireInitscr();
        if (file is not PyFile) throw Ops.TypeError("argument must be a file object");
        var data = Ops.CallMethod(file, "read") as PyStr ?? PyStr.Empty;
        var buffer = data.Bytes.ToArray();
        nint win;
        long used;
        byte[] mode = "r\0"u8.ToArray();
        fixed (byte* b = buffer.Length == 0 ? new byte[1] : buffer)
        fixed (byte* md = mode)
        {
            nint fp = Ncurses.fmemopen(b, (nuint)Math.Max(buffer.Length, 1), md);
            if (fp == 0) throw Error("getwin() returned NULL");
            win = buffer.Length == 0 ? 0 : Ncurses.getwin(fp);
            used = Ncurses.ftell(fp);
            Ncurses.fclose(fp);
        }
        // Leave the file just after the window, as reading it through stdio would.
        if (used >= 0 && used < buffer.Length)
            Ops.CallMethod(file, "seek", PyInt.From(used - buffer.Length), PyInt.From(1));
        if (win == 0) throw Error("curses function returned NULL");
        return new CursesWindow(win);
    }

    // ---- colour ----

    public static PyObject start_color()
    {
        RequireInitscr();
        if (Ncurses.start_color() == Ncurses.ERR) throw Error("start_color() returned ERR");
        InitialisedColor = true;
        _module["COLORS"] = PyInt.From(Ncurses.IntVariable("COLORS"));
        _module["COLOR_PAIRS"] = PyInt.From(Ncurses.IntVariable("COLOR_PAIRS"));
        return None;
    }

    public static PyObject color_pair(PyObject n)
    {
        RequireInitscr(); RequireColor();
        return PyInt.From((long)(Int(n, "i:color_pair") << 8) & 0xff00);
    }

    public static PyObject pair_number(PyObject attr)
    {
        RequireInitscr(); RequireColor();
        return PyInt.From((Int(attr, "i:pair_number") & 0xff00) >> 8);
    }

    public static PyObject init_pair(PyObject pair, PyObject f, PyObject b)
    {
        RequireInitscr(); RequireColor();
        const string m = "pair, f, b";
        return Check(Ncurses.init_pair(Short(pair, m), Short(f, m), Short(b, m)), "init_pair");
    }

    public static PyObject init_color(PyObject color, PyObject r, PyObject g, PyObject b)
    {
        RequireInitscr(); RequireColor();
        const string m = "color, r, g, b";
        return Check(Ncurses.init_color(Short(color, m), Short(r, m), Short(g, m), Short(b, m)), "init_color");
    }

    public static PyObject pair_content(PyObject pair)
    {
        RequireInitscr(); RequireColor();
        short f, b;
        if (Ncurses.pair_content(Short(pair, "h:pair_content"), &f, &b) == Ncurses.ERR)
            throw Error("Argument 1 was out of range. (1..COLOR_PAIRS-1)");
        return PyTuple.Create(PyInt.From(f), PyInt.From(b));
    }

    public static PyObject color_content(PyObject color)
    {
        RequireInitscr(); RequireColor();
        short r, g, b;
        if (Ncurses.color_content(Short(color, "h:color_content"), &r, &g, &b) == Ncurses.ERR)
            throw Error("Argument 1 was out of range. Check value of COLORS.");
        return PyTuple.Create(PyInt.From(r), PyInt.From(g), PyInt.From(b));
    }

    public static PyObject use_default_colors()
    {
        RequireInitscr(); RequireColor();
        return Check(Ncurses.use_default_colors(), "use_default_colors");
    }

    // ---- mouse ----

    public static PyObject mousemask(params PyObject[] args)
    {
        RequireInitscr();
        var newmask = Exactly(args, 1, "mousemask")[0];
        uint old = 0;
        uint avail = Ncurses.mousemask(unchecked((uint)Long(newmask, "k;newmask")), &old);
        return PyTuple.Create(PyInt.From((long)avail), PyInt.From((long)old));
    }

    public static PyObject mouseinterval(PyObject interval)
    {
        RequireInitscr();
        return Check(Ncurses.mouseinterval(Int(interval, "i;interval")), "mouseinterval");
    }

    public static PyObject getmouse()
    {
        RequireInitscr();
        Ncurses.MouseEvent ev;
        if (Ncurses.getmouse(&ev) == Ncurses.ERR) throw Error("getmouse() returned ERR");
        return PyTuple.Create(PyInt.From(ev.Id), PyInt.From(ev.X), PyInt.From(ev.Y), PyInt.From(ev.Z), PyInt.From((long)ev.State));
    }

    public static PyObject ungetmouse(PyObject id, PyObject x, PyObject y, PyObject z, PyObject bstate)
    {
        RequireInitscr();
        const string m = "hiiil";
        var ev = new Ncurses.MouseEvent { Id = Short(id, m), X = Int(x, m), Y = Int(y, m), Z = Int(z, m), State = unchecked((uint)Long(bstate, m)) };
        return Check(Ncurses.ungetmouse(&ev), "ungetmouse");
    }

    // ---- terminfo ----

    static byte[] Capability(PyObject capname) =>
        Ncurses.Terminated(Bytes(capname, "argument 1 must be string, not " + Ops.TypeOf(capname).Name));

    public static PyObject tigetflag(params PyObject[] args)
    {
        RequireSetupterm();
        var capname = Exactly(args, 1, TakesExactly(1, args.Length))[0];
        fixed (byte* p = Capability(capname)) return PyInt.From(Ncurses.tigetflag(p));
    }

    public static PyObject tigetnum(params PyObject[] args)
    {
        RequireSetupterm();
        var capname = Exactly(args, 1, TakesExactly(1, args.Length))[0];
        fixed (byte* p = Capability(capname)) return PyInt.From(Ncurses.tigetnum(p));
    }

    /// <summary>tigetstr: None for an absent (0) or cancelled ((char*)-1) capability.</summary>
    public static PyObject tigetstr(params PyObject[] args)
    {
        RequireSetupterm();
        var capname = Exactly(args, 1, TakesExactly(1, args.Length))[0];
        nint r;
        fixed (byte* p = Capability(capname)) r = Ncurses.tigetstr(p);
        if (r == 0 || r == -1) return None;
        return PyStr.FromBytes(new ReadOnlySpan<byte>((void*)r, StrLen(r)));
    }

    static int StrLen(nint p)
    {
        int n = 0;
        while (((byte*)p)[n] != 0) n++;
        return n;
    }

    public static PyObject tparm(PyObject str, params PyObject[] args)
    {
        if (args.Length > 9) throw Ops.TypeError($"tparm() takes at most 10 arguments ({args.Length + 1} given)");
        var s = Ncurses.Terminated(Bytes(str, "tparm() argument 1 must be string, not " + Ops.TypeOf(str).Name));
        var p = new nint[9];
        for (int i = 0; i < args.Length; i++) p[i] = Int(args[i], "an integer is required");
        RequireSetupterm();
        nint r;
        fixed (byte* sp = s) r = Ncurses.tparm(sp, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        if (r == 0) throw Error("tparm() returned NULL");
        return PyStr.FromBytes(new ReadOnlySpan<byte>((void*)r, StrLen(r)));
    }
}
