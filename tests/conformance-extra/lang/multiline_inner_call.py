# A call nested in a statement that spans lines runs at the greatest line CPython has compiled
# before it, which can be earlier than the statement's last line: fail(0) below is at line 13,
# while max(...) itself runs at line 14.
import sys


def fail(x):
    return 1 / x


def multi_line_args():
    return max(1,
               fail(0),
               2)


def where():
    f = sys._getframe(1)
    return f.f_lineno


def report():
    return [where(), where(),
            where()]

print report()
try:
    multi_line_args()
except ZeroDivisionError:
    print sys.exc_info()[2].tb_next.tb_lineno
