# calendar: leap years, weekdays, monthrange, timegm, text and HTML calendars, errors, subclassing
import calendar
import datetime

print calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2012), calendar.isleap(2013)
print calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2000), calendar.leapdays(1, 10000)
print calendar.weekday(2012, 2, 29), calendar.weekday(1970, 1, 1)
print calendar.monthrange(2012, 2), calendar.monthrange(2013, 2), calendar.monthrange(2000, 12)
for bad in (0, 13):
    try:
        calendar.monthrange(2012, bad)
    except calendar.IllegalMonthError, e:
        print type(e).__name__, e, isinstance(e, ValueError), e.month
print calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2009, 2, 13, 23, 31, 30, 0, 0, 0))
print calendar.timegm((2012, 3, 0, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59))
print calendar.monthcalendar(2012, 2)
print calendar.firstweekday()
print calendar.week([(1, 0), (2, 1), (0, 2)], 3)
print repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1))
print calendar.month(2012, 2)
print calendar.month(2015, 3, 3, 2)
calendar.prmonth(1999, 12)
print calendar.calendar(2012)
print calendar.calendar(2013, 1, 1, 2, 4)
calendar.prcal(2014, m=6)
calendar.setfirstweekday(calendar.SUNDAY)
print calendar.firstweekday(), calendar.month(2012, 2)
print calendar.monthcalendar(2012, 2)
for bad in (7, -1, 2.0):
    try:
        calendar.setfirstweekday(bad)
    except ValueError, e:
        print type(e).__name__, e
calendar.setfirstweekday(0)
print list(calendar.day_name), list(calendar.day_abbr)
print list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_abbr), calendar.day_name[-1]
print calendar.mdays, calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH

c = calendar.Calendar(6)
print c.firstweekday, c.getfirstweekday(), list(c.iterweekdays())
c.firstweekday = 9
print c.firstweekday, c._firstweekday
c.setfirstweekday(2)
print list(c.itermonthdates(2012, 2))[:3], len(list(c.itermonthdates(2012, 2)))
print list(c.itermonthdays(2012, 2))
print list(c.itermonthdays2(2012, 2))[:9]
print c.monthdatescalendar(2012, 2)[0]
print c.monthdays2calendar(2012, 2)[-1]
print [len(row) for row in c.yeardayscalendar(2012)], [len(row) for row in c.yeardayscalendar(2012, 5)]
print c.yeardays2calendar(2012, 4)[0][0][0]
print c.yeardatescalendar(2012, 6)[1][5][-1][-1]
print list(calendar.Calendar().itermonthdates(9999, 12))[-1]

t = calendar.TextCalendar(calendar.SUNDAY)
print t.formatmonth(2013, 9)
print repr(t.formatweekday(0, 3)), repr(t.formatweekday(0, 12)), repr(t.formatmonthname(2013, 9, 20)), repr(t.formatmonthname(2013, 9, 20, False))
print repr(t.formatday(0, 1, 4)), repr(t.formatday(17, 1, 4))
t.prweek([(1, 0), (2, 1)], 2)
print
print t.formatyear(2013, 2, 1, 3, 2)
t.pryear(2010, 3)

class Starred(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if day == 13:
            return "**".center(width)
        return calendar.TextCalendar.formatday(self, day, weekday, width)
print Starred().formatmonth(2013, 9)

h = calendar.HTMLCalendar(calendar.MONDAY)
print h.formatmonth(2012, 2)
print h.formatmonth(2012, 2, withyear=False)
print h.formatyear(2012, 4)
print h.formatyearpage(2012, 6)
print h.formatyearpage(2012, css=None, encoding="ascii")[:200]
print h.formatweekday(6), h.formatmonthname(2000, 1), h.formatday(0, 3), h.formatday(5, 3)

class Marked(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
print Marked().formatweekheader()
print calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|"
calendar.format(["x", "y"])
print calendar.LocaleTextCalendar(0, "C").formatmonth(2010, 1)
print calendar.error is ValueError, issubclass(calendar.IllegalWeekdayError, ValueError)
