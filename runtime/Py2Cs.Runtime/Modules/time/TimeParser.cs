using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>What strptime found: struct_time fields plus the microseconds of %f.</summary>
internal readonly record struct ParsedTime(int Year, int Month, int Day, int Hour, int Minute, int Second,
    int Weekday, int Julian, int Tz, int Fraction);

/// <summary>A strptime failure, worded as Python 2.7's _strptime (raised as ValueError).</summary>
internal sealed class TimeParseFailure : Exception
{
    public TimeParseFailure(string message) : base(message) { }
}

/// <summary>
/// Python 2.7's _strptime for the C locale: the same directive expressions (case-insensitive), the
/// same defaults (1900-01-01), %U/%W and %j resolution, 2-digit years and %I/%p, and the same errors.
/// </summary>
internal static class TimeParser
{
    static readonly string[] FullWeekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    static readonly string[] AbbrWeekdays = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    static readonly string[] FullMonths = { "", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
    static readonly string[] AbbrMonths = { "", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    static readonly ConcurrentDictionary<string, Regex> Cache = new();

    /// <summary>The time zone names %Z accepts: (no-DST names, DST names), from time.tzname/daylight.</summary>
    public static Func<(string[] NoSaving, string[] Saving, bool SameNamesWithDaylight)> ZoneNames = () =>
    {
        var tzname = (PyTuple)time.tzname;
        string n0 = tzname[0].ToString().ToLowerInvariant(), n1 = tzname[1].ToString().ToLowerInvariant();
        bool daylight = Ops.IsTrue(time.daylight);
        return (new[] { "utc", "gmt", n0 }, daylight ? new[] { n1 } : Array.Empty<string>(), n0 == n1 && daylight);
    };

    static string Directive(char c)
    {
        switch (c)
        {
            case 'd': return "(?<d>3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])";
            case 'f': return "(?<f>[0-9]{1,6})";
            case 'H': return "(?<H>2[0-3]|[0-1][0-9]|[0-9])";
            case 'I': return "(?<I>1[0-2]|0[1-9]|[1-9])";
            case 'j': return "(?<j>36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9])";
            case 'm': return "(?<m>1[0-2]|0[1-9]|[1-9])";
            case 'M': return "(?<M>[0-5][0-9]|[0-9])";
            case 'S': return "(?<S>6[0-1]|[0-5][0-9]|[0-9])";
            case 'U': return "(?<U>5[0-3]|[0-4][0-9]|[0-9])";
            case 'W': return "(?<W>5[0-3]|[0-4][0-9]|[0-9])";
            case 'w': return "(?<w>[0-6])";
            case 'y': return "(?<y>[0-9][0-9])";
            case 'Y': return "(?<Y>[0-9][0-9][0-9][0-9])";
            case 'A': return Alternatives(FullWeekdays, 'A');
            case 'a': return Alternatives(AbbrWeekdays, 'a');
            case 'B': return Alternatives(FullMonths[1..], 'B');
            case 'b': return Alternatives(AbbrMonths[1..], 'b');
            case 'p': return Alternatives(new[] { "am", "pm" }, 'p');
            case 'Z':
                var z = ZoneNames();
                return Alternatives(z.NoSaving.Concat(z.Saving).ToArray(), 'Z');
            case '%': return "%";
            case 'c': return Pattern("%a %b %d %H:%M:%S %Y");
            case 'x': return Pattern("%m/%d/%y");
            case 'X': return Pattern("%H:%M:%S");
            default: return null;
        }
    }

    /// <summary>_TimeRE.__seqToRE: longest first so a prefix never wins.</summary>
    static string Alternatives(string[] items, char name)
    {
        var sorted = items.OrderByDescending(s => s.Length).ToArray();   // stable, like Python's sort
        if (sorted.All(s => s.Length == 0)) return "";
        return $"(?<{name}>" + string.Join("|", sorted.Select(Regex.Escape)) + ")";
    }

    /// <summary>_TimeRE.pattern: escapes regex characters, whitespace runs match \s+, %x expands.</summary>
    static string Pattern(string format)
    {
        var sb = new StringBuilder();
        // Regex characters are escaped and whitespace runs become \s+ before directives expand.
        var escaped = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (@"\.^$*+?(){}[]|".IndexOf(c) >= 0) escaped.Append('\\').Append(c);
            else if (IsSpace(c))
            {
                while (i + 1 < format.Length && IsSpace(format[i + 1])) i++;
                escaped.Append(@"\s+");
            }
            else escaped.Append(c);
        }
        string f = escaped.ToString();
        while (true)
        {
            int pct = f.IndexOf('%');
            if (pct < 0) break;
            if (pct + 1 >= f.Length) throw new IndexOutOfRangeException();
            char d = f[pct + 1];
            string expansion = Directive(d) ?? throw new KeyNotFoundException(d.ToString());
            sb.Append(f, 0, pct).Append(expansion);
            f = f.Substring(pct + 2);
        }
        return sb.Append(f).ToString();
    }

    static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    public static ParsedTime Parse(string data, string format)
    {
        Regex regex;
        try
        {
            regex = Cache.GetOrAdd(format, f => new Regex(@"\G(?:" + Pattern(f) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        }
        catch (KeyNotFoundException e)
        {
            string bad = e.Message == "\\" ? "%" : e.Message;
            throw new TimeParseFailure($"'{bad}' is a bad directive in format '{format}'");
        }
        catch (IndexOutOfRangeException)
        {
            throw new TimeParseFailure($"stray % in format '{format}'");
        }
        var found = regex.Match(data);
        if (!found.Success)
            throw new TimeParseFailure($"time data {OsFailure.PythonRepr(data)} does not match format {OsFailure.PythonRepr(format)}");
        if (found.Length != data.Length)
            throw new TimeParseFailure("unconverted data remains: " + data.Substring(found.Length));

        int? year = null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0, tz = -1;
        int weekOfYear = -1, weekOfYearStart = -1;
        int? weekday = null, julian = null;
        string G(string name) => found.Groups[name].Success ? found.Groups[name].Value : null;

        if (G("y") is { } y2) { int v = int.Parse(y2); year = v <= 68 ? v + 2000 : v + 1900; }
        if (G("Y") is { } y4) year = int.Parse(y4);
        if (G("m") is { } m) month = int.Parse(m);
        if (G("B") is { } bm) month = Array.IndexOf(FullMonths, bm.ToLowerInvariant());
        if (G("b") is { } am) month = Array.IndexOf(AbbrMonths, am.ToLowerInvariant());
        if (G("d") is { } d) day = int.Parse(d.Trim());
        if (G("H") is { } h) hour = int.Parse(h);
        if (G("I") is { } i12)
        {
            hour = int.Parse(i12);
            string ampm = (G("p") ?? "").ToLowerInvariant();
            if (ampm is "" or "am") { if (hour == 12) hour = 0; }
            else if (ampm == "pm" && hour != 12) hour += 12;
        }
        if (G("M") is { } mi) minute = int.Parse(mi);
        if (G("S") is { } s) second = int.Parse(s);
        if (G("f") is { } f) fraction = int.Parse(f.PadRight(6, '0'));
        if (G("A") is { } fa) weekday = Array.IndexOf(FullWeekdays, fa.ToLowerInvariant());
        if (G("a") is { } aa) weekday = Array.IndexOf(AbbrWeekdays, aa.ToLowerInvariant());
        if (G("w") is { } w) { int v = int.Parse(w); weekday = v == 0 ? 6 : v - 1; }
        if (G("j") is { } j) julian = int.Parse(j);
        if (G("U") is { } u) { weekOfYear = int.Parse(u); weekOfYearStart = 6; }
        if (G("W") is { } ww) { weekOfYear = int.Parse(ww); weekOfYearStart = 0; }
        if (G("Z") is { } z)
        {
            string zone = z.ToLowerInvariant();
            var names = ZoneNames();
            if (names.NoSaving.Contains(zone)) tz = names.SameNamesWithDaylight && zone is not ("utc" or "gmt") ? -1 : 0;
            else if (names.Saving.Contains(zone)) tz = names.SameNamesWithDaylight ? -1 : 1;
        }

        bool leapYearFix = false;
        if (year == null && month == 2 && day == 29) { year = 1904; leapYearFix = true; }
        else if (year == null) year = 1900;
        int yr = year.Value;
        if (julian == null && weekOfYear != -1 && weekday != null)
        {
            julian = JulianFromWeek(yr, weekOfYear, weekday.Value, weekOfYearStart == 0);
            // Week 0 days may fall in the previous year.
            if (julian <= 0)
            {
                yr -= 1;
                julian += CalendarMath.IsLeap(yr) ? 366 : 365;
            }
        }
        if (julian == null)
        {
            julian = CalendarMath.Ordinal(yr, month, day) - CalendarMath.Ordinal(yr, 1, 1) + 1;
        }
        else
        {
            (yr, month, day) = CalendarMath.FromOrdinal(julian.Value - 1 + CalendarMath.Ordinal(yr, 1, 1));
        }
        weekday ??= CalendarMath.Weekday(yr, month, day);
        if (leapYearFix) yr = 1900;
        return new ParsedTime(yr, month, day, hour, minute, second, weekday.Value, julian.Value, tz, fraction);
    }

    static int JulianFromWeek(int year, int weekOfYear, int dayOfWeek, bool weekStartsMonday)
    {
        int firstWeekday = CalendarMath.Weekday(year, 1, 1);
        if (!weekStartsMonday)
        {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        if (weekOfYear == 0) return 1 + dayOfWeek - firstWeekday;
        return 1 + week0Length + 7 * (weekOfYear - 1) + dayOfWeek;
    }
}
