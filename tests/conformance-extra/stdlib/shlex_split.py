# shlex.split: posix and non-posix, comments, quotes, escapes, and the error messages.
import shlex

cases = [
    'a b c',
    '  leading   and trailing  ',
    'foo "bar baz" \'qux quux\'',
    'ab"cd ef"gh',
    "it's \"a \\\"quoted\\\" word\"",
    'escaped\\ space and \\\\ backslash',
    "'single \\' stays'",
    '"double \\$ \\\\ \\" \\x"',
    'x # comment here',
    'cmd --opt=1 -f file.txt > out 2>&1',
    '',
    '""',
    "'' empty ''",
    'a"b"c\'d\'e',
    'line1\nline2\tTab',
    'semi;colon|pipe&amp',
]
def show(label, s, **kw):
    try:
        print label, shlex.split(s, **kw)
    except ValueError, e:
        print label, "ValueError:", e

for c in cases:
    print repr(c)
    show('  posix      ', c)
    show('  comments   ', c, comments=True)
    show('  non-posix  ', c, posix=False)

for bad in ('"unterminated', "'single", 'trailing\\', 'ok "and bad'):
    for posix in (True, False):
        try:
            print repr(bad), posix, shlex.split(bad, posix=posix)
        except ValueError, e:
            print repr(bad), posix, "ValueError:", e
print sorted(shlex.__all__)
