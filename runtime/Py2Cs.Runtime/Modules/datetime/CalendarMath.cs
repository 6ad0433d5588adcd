using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The proleptic Gregorian calendar as Python's datetime counts it: ordinal 1 is 0001-01-01,
/// weekday 0 is Monday. Invalid dates fail with datetime's messages.
/// </summary>
internal static class CalendarMath
{
    static readonly int[] DaysInMonthTable = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    static readonly int[] DaysBeforeMonthTable = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

    public const int MinYear = 1, MaxYear = 9999;

    public static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month == 2 && IsLeap(year) ? 29 : DaysInMonthTable[month];

    static int DaysBeforeYear(int year)
    {
        int y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400;
    }

    static int DaysBeforeMonth(int year, int month) => DaysBeforeMonthTable[month] + (month > 2 && IsLeap(year) ? 1 : 0);

    /// <summary>Checks a date as datetime.date() does (ValueError texts).</summary>
    public static void Check(int year, int month, int day)
    {
        if (year < MinYear || year > MaxYear) throw new ArgumentException($"year is out of range");
        if (month < 1 || month > 12) throw new ArgumentException("month must be in 1..12");
        if (day < 1 || day > DaysInMonth(year, month)) throw new ArgumentException("day is out of range for month");
    }

    public static int Ordinal(int year, int month, int day)
    {
        Check(year, month, day);
        return DaysBeforeYear(year) + DaysBeforeMonth(year, month) + day;
    }

    public static (int Year, int Month, int Day) FromOrdinal(int n)
    {
        // As datetime.py's _ord2ymd: 400-, 100-, 4- and 1-year cycles.
        n -= 1;
        int n400 = Math.DivRem(n, 146097, out n);
        int year = n400 * 400 + 1;
        int n100 = Math.DivRem(n, 36524, out n);
        int n4 = Math.DivRem(n, 1461, out n);
        int n1 = Math.DivRem(n, 365, out n);
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) return (year - 1, 12, 31);
        bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
        int month = (n + 50) >> 5;
        int preceding = DaysBeforeMonthTable[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n)
        {
            month -= 1;
            preceding -= DaysInMonthTable[month] + (month == 2 && leap ? 1 : 0);
        }
        return (year, month, n - preceding + 1);
    }

    /// <summary>Monday is 0.</summary>
    public static int Weekday(int year, int month, int day) => (Ordinal(year, month, day) + 6) % 7;
}
