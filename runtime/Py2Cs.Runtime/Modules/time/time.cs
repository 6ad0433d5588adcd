using System;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// The time module over the C library, as CPython's timemodule.c: localtime/gmtime/mktime/strftime/
/// tzset are libc's own, so results follow TZ and the system's zone data exactly.
/// </summary>
[PythonModule("time")]
public static unsafe class time
{
    public static readonly PyObject struct_time = StructTimeObject.TypeObject;
    public static readonly PyObject accept2dyear = PyBool.True;

    public static PyObject timezone => ZoneInfo().Timezone;
    public static PyObject altzone => ZoneInfo().Altzone;
    public static PyObject daylight => ZoneInfo().Daylight;
    public static PyObject tzname => ZoneInfo().Tzname;

    [PythonName("time")]
    public static double time_() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;

    /// <summary>Processor time in seconds (C's clock(), CLOCKS_PER_SEC = 1000000 on POSIX).</summary>
    public static double clock() => Libc.clock() / 1e6;

    public static void sleep(PyObject secs)
    {
        double s = Seconds(secs);
        if (s < 0) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 22, "Invalid argument");
        SysModule.Stdout?.Flush();
        // Releases the GIL; on the main thread a signal ends the sleep and its handler runs (threading.md).
        PythonSleep.Sleep(s);
    }

    static double Seconds(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.Value,
        PyLong l => (double)l.Value,
        _ => throw Ops.TypeError("a float is required"),
    };

    /// <summary>A seconds argument as time_t: None means now; fractions are dropped toward zero.</summary>
    static long TimeT(PyObject secs)
    {
        if (secs is null or PyNone) return DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        double d = Seconds(secs);
        if (double.IsNaN(d)) throw Ops.ValueError("Invalid value NaN (not a number)");
        double t = Math.Truncate(d);
        if (!(t >= long.MinValue && t < 9.2e18)) throw Ops.ValueError("timestamp out of range for platform time_t");
        return (long)t;
    }

    public static PyObject gmtime(PyObject seconds = null) => Convert(TimeT(seconds), local: false);
    public static PyObject localtime(PyObject seconds = null) => Convert(TimeT(seconds), local: true);

    static StructTimeObject Convert(long t, bool local)
    {
        Tm tm;
        Tm* r = local ? Libc.localtime_r(&t, &tm) : Libc.gmtime_r(&t, &tm);
        if (r == null)
        {
            int errno = Libc.Errno;
            throw Ops.EnvironmentError(PyExceptionTypes.ValueError, errno == 0 ? 22 : errno, ErrnoTable.Message(errno == 0 ? 22 : errno));
        }
        return StructTimeObject.From(tm);
    }

    /// <summary>timemodule.c's gettmarg: a struct_time or 9-tuple into a struct tm (with 2-digit years).</summary>
    static Tm TmArgument(PyObject t)
    {
        if (t is not PyTuple tuple)
            throw Ops.TypeError($"argument must be 9-item sequence, not {t.TypeName}");
        if (tuple.Count != 9) throw Ops.TypeError($"argument must be sequence of length 9, not {tuple.Count}");
        var v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = Ops.ToInt32(tuple[i]);
        int y = v[0];
        if (y < 1900)
        {
            if (y >= 69 && y <= 99) y += 1900;
            else if (y >= 0 && y <= 68) y += 2000;
            else throw Ops.ValueError("year out of range");
        }
        return new Tm
        {
            tm_year = y - 1900, tm_mon = v[1] - 1, tm_mday = v[2], tm_hour = v[3], tm_min = v[4], tm_sec = v[5],
            tm_wday = (v[6] + 1) % 7, tm_yday = v[7] - 1, tm_isdst = v[8],
        };
    }

    /// <summary>timemodule.c's checktm: range checks before strftime and asctime.</summary>
    static void CheckTm(ref Tm tm)
    {
        if (tm.tm_mon == -1) tm.tm_mon = 0;
        else if (tm.tm_mon < 0 || tm.tm_mon > 11) throw Ops.ValueError("month out of range");
        if (tm.tm_mday == 0) tm.tm_mday = 1;
        else if (tm.tm_mday < 0 || tm.tm_mday > 31) throw Ops.ValueError("day of month out of range");
        if (tm.tm_hour < 0 || tm.tm_hour > 23) throw Ops.ValueError("hour out of range");
        if (tm.tm_min < 0 || tm.tm_min > 59) throw Ops.ValueError("minute out of range");
        if (tm.tm_sec < 0 || tm.tm_sec > 61) throw Ops.ValueError("seconds out of range");
        if (tm.tm_wday < 0) throw Ops.ValueError("day of week out of range");
        if (tm.tm_yday == -1) tm.tm_yday = 0;
        else if (tm.tm_yday < 0 || tm.tm_yday > 365) throw Ops.ValueError("day of year out of range");
    }

    static Tm Now()
    {
        long t = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Tm tm;
        Libc.localtime_r(&t, &tm);
        return tm;
    }

    public static double mktime(PyObject t)
    {
        var tm = TmArgument(t);
        tm.tm_wday = -1;   // mktime sets it on success: how a real -1 result is told from failure
        long r = Libc.mktime(&tm);
        if (r == -1 && tm.tm_wday == -1) throw Ops.OverflowError("mktime argument out of range");
        return r;
    }

    public static PyObject strftime(PyObject format, PyObject t = null)
    {
        var tm = t == null ? Now() : TmArgument(t);
        if (t != null) CheckTm(ref tm);
        if (tm.tm_isdst < -1) tm.tm_isdst = -1;
        else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
        string fmt = format is PyUnicode u ? u.EncodeAscii().ToString() : Ops.StrValue(format);
        return PyStr.FromString(Strftime(fmt, tm));
    }

    /// <summary>libc strftime with CPython's buffer growth (an empty result is retried until 256×len(format)).</summary>
    internal static string Strftime(string fmt, Tm tm)
    {
        var fmtBytes = Libc.Path(fmt);
        for (int size = 1024; ; size += size)
        {
            var buffer = new byte[size];
            nint n;
            fixed (byte* b = buffer) n = Libc.strftime(b, size, fmtBytes, &tm);
            if (n > 0 || size >= 256 * fmt.Length) return PosixCalls.Latin1(buffer.AsSpan(0, (int)n));
        }
    }

    static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    static string AscTime(in Tm tm) =>
        $"{Days[tm.tm_wday]} {Months[tm.tm_mon]}{tm.tm_mday,3} {tm.tm_hour:00}:{tm.tm_min:00}:{tm.tm_sec:00} {tm.tm_year + 1900}";

    public static PyObject asctime(PyObject t = null)
    {
        var tm = t == null ? Now() : TmArgument(t);
        if (t != null) CheckTm(ref tm);
        return PyStr.FromString(AscTime(tm));
    }

    public static PyObject ctime(PyObject seconds = null)
    {
        long t = TimeT(seconds);
        Tm tm;
        if (Libc.localtime_r(&t, &tm) == null) throw Ops.ValueError("unconvertible time");
        return PyStr.FromString(AscTime(tm));
    }

    public static PyObject strptime(PyObject @string, PyObject format = null)
    {
        string s = Ops.StrValue(@string);
        string f = format == null ? "%a %b %d %H:%M:%S %Y" : Ops.StrValue(format);
        ParsedTime parsed;
        try { parsed = TimeParser.Parse(s, f); }
        catch (TimeParseFailure e) { throw Ops.ValueError(e.Message); }
        catch (ArgumentException e) { throw Ops.ValueError(e.Message); }
        return new StructTimeObject(new PyObject[]
        {
            PyInt.From(parsed.Year), PyInt.From(parsed.Month), PyInt.From(parsed.Day), PyInt.From(parsed.Hour), PyInt.From(parsed.Minute),
            PyInt.From(parsed.Second), PyInt.From(parsed.Weekday), PyInt.From(parsed.Julian), PyInt.From(parsed.Tz),
        });
    }

    // ---- zone information -----------------------------------------------------------------

    sealed record Zone(PyObject Timezone, PyObject Altzone, PyObject Daylight, PyObject Tzname);

    static Zone _zone;

    static Zone ZoneInfo() => _zone ??= ComputeZone();

    /// <summary>As timemodule.c: the offsets in January and July of this year decide timezone and altzone.</summary>
    static Zone ComputeZone()
    {
        Libc.tzset();
        const long Year = (365 * 24 + 6) * 3600;
        long t = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / Year * Year;
        Tm jan, jul;
        Libc.localtime_r(&t, &jan);
        t += Year / 2;
        Libc.localtime_r(&t, &jul);
        long janZone = -jan.tm_gmtoff, julZone = -jul.tm_gmtoff;
        string janName = Libc.CString(jan.tm_zone) ?? "   ", julName = Libc.CString(jul.tm_zone) ?? "   ";
        if (janZone < julZone)
            return new Zone(PyInt.From(julZone), PyInt.From(janZone), PyInt.From(janZone != julZone ? 1 : 0),
                PyTuple.Create(PyStr.FromString(julName), PyStr.FromString(janName)));
        return new Zone(PyInt.From(janZone), PyInt.From(julZone), PyInt.From(janZone != julZone ? 1 : 0),
            PyTuple.Create(PyStr.FromString(janName), PyStr.FromString(julName)));
    }

    /// <summary>tzset: re-reads TZ (as os.environ set it) and updates timezone, altzone, daylight, tzname.</summary>
    public static void tzset()
    {
        _zone = ComputeZone();
        var module = Importer.ImportModule("time");
        Ops.SetAttr(module, "timezone", _zone.Timezone);
        Ops.SetAttr(module, "altzone", _zone.Altzone);
        Ops.SetAttr(module, "daylight", _zone.Daylight);
        Ops.SetAttr(module, "tzname", _zone.Tzname);
    }
}
