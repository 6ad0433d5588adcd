using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The system ncurses (wide build, ABI 6) that CPython 2.7's _curses links against. The curses
/// modules are a thin layer over these calls, as _cursesmodule.c is, so screen output, key decoding
/// and terminfo answers are ncurses' own. chtype and attr_t are 32-bit unsigned in ABI 6. Functions
/// that ncurses keeps in libtinfo (setupterm, tigetstr, tparm...) resolve through libncursesw's
/// dependency on it. C macros (getyx, getsyx, PAIR_NUMBER...) are rebuilt from ncurses' functions.
/// </summary>
internal static unsafe partial class Ncurses
{
    const string Lib = "libncursesw.so.6";
    public const int ERR = -1, OK = 0;

    static nint _handle;
    static bool _probed;

    /// <summary>The library handle, or 0 when the system has no ncurses (then _curses is an ImportError,
    /// like a CPython built without it).</summary>
    public static nint Handle
    {
        get
        {
            if (!_probed)
            {
                foreach (var name in new[] { Lib, "libncursesw.so.5", "libncursesw.dylib", "libncurses.dylib" })
                    if (NativeLibrary.TryLoad(name, out _handle)) break;
                _probed = true;
            }
            return _handle;
        }
    }

    /// <summary>An exported variable of ncurses/tinfo (LINES, COLS, stdscr, acs_map...).</summary>
    public static nint Variable(string name) => NativeLibrary.GetExport(Handle, name);
    public static int IntVariable(string name) => *(int*)Variable(name);
    public static nint PointerVariable(string name) => *(nint*)Variable(name);

    // screen and terminal
    [LibraryImport(Lib)] public static partial nint initscr();
    [LibraryImport(Lib)] public static partial int endwin();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool isendwin();
    [LibraryImport(Lib)] public static partial int setupterm(byte* term, int fd, int* err);
    [LibraryImport(Lib)] public static partial int doupdate();
    [LibraryImport(Lib)] public static partial int beep();
    [LibraryImport(Lib)] public static partial int flash();
    [LibraryImport(Lib)] public static partial int cbreak();
    [LibraryImport(Lib)] public static partial int nocbreak();
    [LibraryImport(Lib)] public static partial int echo();
    [LibraryImport(Lib)] public static partial int noecho();
    [LibraryImport(Lib)] public static partial int nl();
    [LibraryImport(Lib)] public static partial int nonl();
    [LibraryImport(Lib)] public static partial int raw();
    [LibraryImport(Lib)] public static partial int noraw();
    [LibraryImport(Lib)] public static partial int def_prog_mode();
    [LibraryImport(Lib)] public static partial int def_shell_mode();
    [LibraryImport(Lib)] public static partial int reset_prog_mode();
    [LibraryImport(Lib)] public static partial int reset_shell_mode();
    [LibraryImport(Lib)] public static partial int resetty();
    [LibraryImport(Lib)] public static partial int savetty();
    [LibraryImport(Lib)] public static partial int baudrate();
    [LibraryImport(Lib)] public static partial uint termattrs();
    [LibraryImport(Lib)] public static partial nint termname();
    [LibraryImport(Lib)] public static partial nint longname();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool can_change_color();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool has_colors();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool has_ic();
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool has_il();
    [LibraryImport(Lib)] public static partial int has_key(int ch);
    [LibraryImport(Lib)] public static partial int flushinp();
    [LibraryImport(Lib)] public static partial void noqiflush();
    [LibraryImport(Lib)] public static partial void qiflush();
    [LibraryImport(Lib)] public static partial void filter();
    [LibraryImport(Lib)] public static partial int halfdelay(int tenths);
    [LibraryImport(Lib)] public static partial int intrflush(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int meta(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int curs_set(int visibility);
    [LibraryImport(Lib)] public static partial int delay_output(int ms);
    [LibraryImport(Lib)] public static partial int napms(int ms);
    [LibraryImport(Lib)] public static partial int typeahead(int fd);
    [LibraryImport(Lib)] public static partial int putp(byte* str);
    [LibraryImport(Lib)] public static partial void use_env([MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int resizeterm(int lines, int columns);
    [LibraryImport(Lib)] public static partial int resize_term(int lines, int columns);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool is_term_resized(int lines, int columns);
    [LibraryImport(Lib)] public static partial byte erasechar();
    [LibraryImport(Lib)] public static partial byte killchar();
    [LibraryImport(Lib)] public static partial nint keyname(int c);
    [LibraryImport(Lib)] public static partial nint unctrl(uint c);
    [LibraryImport(Lib)] public static partial int ungetch(int ch);

    // colour
    [LibraryImport(Lib)] public static partial int start_color();
    [LibraryImport(Lib)] public static partial int init_pair(short pair, short f, short b);
    [LibraryImport(Lib)] public static partial int init_color(short color, short r, short g, short b);
    [LibraryImport(Lib)] public static partial int pair_content(short pair, short* f, short* b);
    [LibraryImport(Lib)] public static partial int color_content(short color, short* r, short* g, short* b);
    [LibraryImport(Lib)] public static partial int use_default_colors();

    // mouse
    [StructLayout(LayoutKind.Sequential)]
    public struct MouseEvent { public short Id; public int X, Y, Z; public uint State; }
    [LibraryImport(Lib)] public static partial uint mousemask(uint newmask, uint* oldmask);
    [LibraryImport(Lib)] public static partial int mouseinterval(int interval);
    [LibraryImport(Lib)] public static partial int getmouse(MouseEvent* ev);
    [LibraryImport(Lib)] public static partial int ungetmouse(MouseEvent* ev);

    // terminfo
    [LibraryImport(Lib)] public static partial int tigetflag(byte* capname);
    [LibraryImport(Lib)] public static partial int tigetnum(byte* capname);
    [LibraryImport(Lib)] public static partial nint tigetstr(byte* capname);
    [LibraryImport(Lib)] public static partial nint tparm(byte* str, nint p1, nint p2, nint p3, nint p4, nint p5, nint p6, nint p7, nint p8, nint p9);

    // windows
    [LibraryImport(Lib)] public static partial nint newwin(int lines, int cols, int y, int x);
    [LibraryImport(Lib)] public static partial nint newpad(int lines, int cols);
    [LibraryImport(Lib)] public static partial nint subwin(nint win, int lines, int cols, int y, int x);
    [LibraryImport(Lib)] public static partial nint derwin(nint win, int lines, int cols, int y, int x);
    [LibraryImport(Lib)] public static partial nint subpad(nint win, int lines, int cols, int y, int x);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool is_pad(nint win);
    [LibraryImport(Lib)] public static partial int getcurx(nint win);
    [LibraryImport(Lib)] public static partial int getcury(nint win);
    [LibraryImport(Lib)] public static partial int getbegx(nint win);
    [LibraryImport(Lib)] public static partial int getbegy(nint win);
    [LibraryImport(Lib)] public static partial int getmaxx(nint win);
    [LibraryImport(Lib)] public static partial int getmaxy(nint win);
    [LibraryImport(Lib)] public static partial int getparx(nint win);
    [LibraryImport(Lib)] public static partial int getpary(nint win);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool is_leaveok(nint win);
    [LibraryImport(Lib)] public static partial int waddch(nint win, uint ch);
    [LibraryImport(Lib)] public static partial int mvwaddch(nint win, int y, int x, uint ch);
    [LibraryImport(Lib)] public static partial int waddnstr(nint win, byte* str, int n);
    [LibraryImport(Lib)] public static partial int mvwaddnstr(nint win, int y, int x, byte* str, int n);
    [LibraryImport(Lib)] public static partial int winsch(nint win, uint ch);
    [LibraryImport(Lib)] public static partial int mvwinsch(nint win, int y, int x, uint ch);
    [LibraryImport(Lib)] public static partial int winsnstr(nint win, byte* str, int n);
    [LibraryImport(Lib)] public static partial int mvwinsnstr(nint win, int y, int x, byte* str, int n);
    [LibraryImport(Lib)] public static partial int wechochar(nint win, uint ch);
    [LibraryImport(Lib)] public static partial int pechochar(nint win, uint ch);
    [LibraryImport(Lib)] public static partial int wattr_get(nint win, uint* attrs, short* pair, nint opts);
    [LibraryImport(Lib)] public static partial int wattron(nint win, int attrs);
    [LibraryImport(Lib)] public static partial int wattroff(nint win, int attrs);
    [LibraryImport(Lib)] public static partial int wattrset(nint win, int attrs);
    [LibraryImport(Lib)] public static partial int wstandout(nint win);
    [LibraryImport(Lib)] public static partial int wstandend(nint win);
    [LibraryImport(Lib)] public static partial int wbkgd(nint win, uint ch);
    [LibraryImport(Lib)] public static partial void wbkgdset(nint win, uint ch);
    [LibraryImport(Lib)] public static partial uint getbkgd(nint win);
    [LibraryImport(Lib)] public static partial int wborder(nint win, uint ls, uint rs, uint ts, uint bs, uint tl, uint tr, uint bl, uint br);
    [LibraryImport(Lib)] public static partial int whline(nint win, uint ch, int n);
    [LibraryImport(Lib)] public static partial int wvline(nint win, uint ch, int n);
    [LibraryImport(Lib)] public static partial int wchgat(nint win, int n, uint attr, short color, nint opts);
    [LibraryImport(Lib)] public static partial int mvwchgat(nint win, int y, int x, int n, uint attr, short color, nint opts);
    [LibraryImport(Lib)] public static partial int wdelch(nint win);
    [LibraryImport(Lib)] public static partial int mvwdelch(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int wgetch(nint win);
    [LibraryImport(Lib)] public static partial int mvwgetch(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int wgetnstr(nint win, byte* str, int n);
    [LibraryImport(Lib)] public static partial int mvwgetnstr(nint win, int y, int x, byte* str, int n);
    [LibraryImport(Lib)] public static partial uint winch(nint win);
    [LibraryImport(Lib)] public static partial uint mvwinch(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int winnstr(nint win, byte* str, int n);
    [LibraryImport(Lib)] public static partial int mvwinnstr(nint win, int y, int x, byte* str, int n);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wenclose(nint win, int y, int x);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool is_linetouched(nint win, int line);
    [LibraryImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool is_wintouched(nint win);
    [LibraryImport(Lib)] public static partial int wnoutrefresh(nint win);
    [LibraryImport(Lib)] public static partial int wrefresh(nint win);
    [LibraryImport(Lib)] public static partial int pnoutrefresh(nint pad, int pminrow, int pmincol, int sminrow, int smincol, int smaxrow, int smaxcol);
    [LibraryImport(Lib)] public static partial int prefresh(nint pad, int pminrow, int pmincol, int sminrow, int smincol, int smaxrow, int smaxcol);
    [LibraryImport(Lib)] public static partial int overlay(nint src, nint dst);
    [LibraryImport(Lib)] public static partial int overwrite(nint src, nint dst);
    [LibraryImport(Lib)] public static partial int copywin(nint src, nint dst, int sminrow, int smincol, int dminrow, int dmincol, int dmaxrow, int dmaxcol, int overlay);
    [LibraryImport(Lib)] public static partial int putwin(nint win, nint file);
    [LibraryImport(Lib)] public static partial nint getwin(nint file);
    [LibraryImport(Lib)] public static partial int wredrawln(nint win, int beg, int num);
    [LibraryImport(Lib)] public static partial int redrawwin(nint win);
    [LibraryImport(Lib)] public static partial int wsetscrreg(nint win, int top, int bot);
    [LibraryImport(Lib)] public static partial int wscrl(nint win, int n);
    [LibraryImport(Lib)] public static partial int touchline(nint win, int start, int count);
    [LibraryImport(Lib)] public static partial int wtouchln(nint win, int y, int n, int changed);
    [LibraryImport(Lib)] public static partial int touchwin(nint win);
    [LibraryImport(Lib)] public static partial int untouchwin(nint win);
    [LibraryImport(Lib)] public static partial int winsertln(nint win);
    [LibraryImport(Lib)] public static partial int wdeleteln(nint win);
    [LibraryImport(Lib)] public static partial int winsdelln(nint win, int n);
    [LibraryImport(Lib)] public static partial int werase(nint win);
    [LibraryImport(Lib)] public static partial int wclear(nint win);
    [LibraryImport(Lib)] public static partial int wclrtobot(nint win);
    [LibraryImport(Lib)] public static partial int wclrtoeol(nint win);
    [LibraryImport(Lib)] public static partial void wsyncup(nint win);
    [LibraryImport(Lib)] public static partial void wsyncdown(nint win);
    [LibraryImport(Lib)] public static partial void wcursyncup(nint win);
    [LibraryImport(Lib)] public static partial int syncok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int clearok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int idlok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial void idcok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial void immedok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int leaveok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int scrollok(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int keypad(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int nodelay(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial int notimeout(nint win, [MarshalAs(UnmanagedType.U1)] bool flag);
    [LibraryImport(Lib)] public static partial void wtimeout(nint win, int delay);
    [LibraryImport(Lib)] public static partial int wmove(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int mvwin(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int mvderwin(nint win, int y, int x);
    [LibraryImport(Lib)] public static partial int wresize(nint win, int lines, int cols);

    // stdio, for putwin/getwin (ncurses takes a FILE*)
    [LibraryImport("libc")] public static partial nint fmemopen(byte* buf, nuint size, byte* mode);
    [LibraryImport("libc")] public static partial nint open_memstream(nint* ptr, nuint* size);
    [LibraryImport("libc")] public static partial int fclose(nint file);
    [LibraryImport("libc")] public static partial int fflush(nint file);
    [LibraryImport("libc")] public static partial long ftell(nint file);
    [LibraryImport("libc")] public static partial void free(nint p);

    /// <summary>A C string as one char per byte (how PyStr.FromString takes bytes).</summary>
    public static string CString(nint p)
    {
        if (p == 0) return null;
        var b = (byte*)p;
        int n = 0;
        while (b[n] != 0) n++;
        return string.Create(n, p, (span, ptr) => { for (int i = 0; i < span.Length; i++) span[i] = (char)((byte*)ptr)[i]; });
    }

    /// <summary>A NUL-terminated copy of a byte string for a const char* parameter.</summary>
    public static byte[] Terminated(ReadOnlySpan<byte> bytes)
    {
        var b = new byte[bytes.Length + 1];
        bytes.CopyTo(b);
        return b;
    }
}
