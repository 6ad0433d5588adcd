# curses.ascii: every predicate over all 256 codes (as ints and one-character strs), the
# conversions, unctrl, the constants and controlnames, and the errors for bad arguments.
import curses.ascii as A

preds = ['isalnum', 'isalpha', 'isascii', 'isblank', 'iscntrl', 'isdigit', 'isgraph',
         'islower', 'isprint', 'ispunct', 'isspace', 'isupper', 'isxdigit', 'isctrl', 'ismeta']
for name in preds:
    f = getattr(A, name)
    bits = ''.join('1' if f(i) else '0' for i in range(256))
    same = all(f(i) == f(chr(i)) for i in range(256))
    print name, bits, same, type(f(65)).__name__

for c in [0, 1, 9, 27, 31, 32, 65, 97, 126, 127, 128, 129, 155, 160, 200, 255, 256, 300]:
    print c, repr(A.ascii(c)), repr(A.ctrl(c)), repr(A.alt(c)), repr(A.unctrl(c))
for c in ['\x00', '\x07', 'a', 'Z', '~', '\x7f', '\x80', '\x9b', '\xe9', '\xff']:
    print repr(c), repr(A.ascii(c)), repr(A.ctrl(c)), repr(A.alt(c)), repr(A.unctrl(c))
print A.ascii(65L), A.ctrl(99L), A.alt(1L), repr(A.unctrl(200L))
print A.isalpha(-1), A.isascii(-5), A.ismeta(1000), A.isctrl(-1), A.isprint(32L)

names = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'HT', 'LF', 'NL',
         'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB',
         'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US', 'SP', 'DEL']
print [(n, getattr(A, n)) for n in names]
print A.controlnames, len(A.controlnames)
print [A.controlnames[i] for i in (0, 9, 10, 27, 32)]

for bad in ['ab', '', u'x', 1.5, None]:
    for f in (A.isalpha, A.ascii, A.unctrl, A.isspace, A.ctrl):
        try:
            print f.__name__, repr(bad), repr(f(bad))
        except Exception as e:
            print f.__name__, repr(bad), type(e).__name__, e
