# Records CPython 2.7's results of  format % args  (printf-style formatting).
# Run once with python2.7 from this folder:  python2.7 generate_percent_cases.py
# Each line: repr(format) <TAB> repr(args) <TAB> repr(result) | !ErrorType: message
# The reprs use only literals (str, unicode, int, long, float, None, bool, tuple, list, dict),
# so the C# test can rebuild the values.

def err(e):
    return '!%s: %s' % (type(e).__name__, str(e).encode('string_escape'))

CONVS = 'diouxXeEfFgGcrs'
FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+#']
WIDTHS = ['', '1', '6', '12']
PRECS = ['', '.0', '.3', '.10']
VALUES = [0, 1, -1, 42, -42, 255, 2 ** 40, -2 ** 70, 10 ** 20, 3.14159, -2.5, 0.5, 1e-7, 1e16, 123456.789,
          float('inf'), float('-inf'), float('nan'), 'str', u'uni', True, None, 65L, 'x', u'\xe9']

def main():
    out = open('percent_cases.txt', 'w')
    k = 0
    for conv in CONVS:
        for flag in FLAGS:
            for width in WIDTHS:
                for prec in PRECS:
                    fmt = '%' + flag + width + prec + conv
                    # Keep the file reasonable: five values per format, rotating through the list.
                    k += 1
                    for j in range(5):
                        v = VALUES[(k * 7 + j * 5) % len(VALUES)]
                        try:
                            r = repr(fmt % (v,))
                        except Exception as e:
                            r = err(e)
                        out.write('%r\t%r\t%s\n' % (fmt, (v,), r))
    MORE = [
        ('%s %s', (1,)), ('%s', (1, 2)), ('%d', 'x'), ('%(k)s', (1,)), ('%z', (1,)), ('%s %(a)s', {'a': 1}),
        ('%(a)s %(b)r', {'a': 'x', 'b': u'y'}), ('%(a)s', {}), ('%(a', {'a': 1}), ('%', ()), ('abc%', (1,)),
        ('%*d', (5, 3)), ('%-*d|', (5, 3)), ('%.*f', (2, 3.14159)), ('%*.*f', (8, 2, 2.71828)), ('%*d', ('x', 3)),
        ('%*d', (-5, 3)), ('%.*f', (-2, 1.5)), ('%s', ()), ('%%', ()), ('%%%s', ('x',)), ('%5%', ()), ('%c', (256,)),
        ('%c', ('ab',)), ('%c', (-1,)), ('%c', (u'\u20ac',)), (u'%c', (0x20ac,)), (u'%c', (0x110000,)), ('%c', (65L,)),
        ('%d', (1.5e300,)), ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%x', (1.5,)), ('%o', ('x',)),
        ('%f', ('x',)), ('%f', (None,)), ('%f', (10 ** 400,)), ('%d', ([],)), ('%s', ([1, 'a'],)), ('%r', ({'k': u'v'},)),
        ('%s', ((1, 2),)), ('%s', [1, 2]), ('%s %s', [1, 2]), ('%(x)s', {'x': (1, 2)}), ('no fmt', ()), ('no fmt', (1,)),
        ('no fmt', {'a': 1}), ('no fmt', 'str'), ('no fmt', []), ('%s', u'\xe9'), ('%s', 'caf\xc3\xa9'),
        ('caf\xc3\xa9 %s', (u'x',)), ('%s %s', ('a', u'b')), (u'%s', ('\xe9',)), ('%r', (u'\xe9',)), ('%s', (u'\xe9',)),
        ('%5s|%-5s|%.1s', (u'ab', u'cd', u'ef')), ('%(a)s%(a)s', {'a': u'u'}), ('%d%%', (50,)), ('%.2f%%', (99.555,)),
        ('%.2f', (2.675,)), ('%.1f', (0.25,)), ('%.0f', (0.5,)), ('%.0f', (1.5,)), ('%.0f', (2.5,)), ('%.3e', (1e-310,)),
        ('%g', (1e-5,)), ('%g', (123456789,)), ('%G', (1e-20,)), ('%#g', (1.0,)), ('%#.0f', (3.0,)), ('%#x', (0,)),
        ('%#o', (0,)), ('%#o', (8,)), ('%.3d', (5,)), ('%.3x', (-5,)), ('%#.3x', (5,)), ('%05.3d', (5,)), ('%-05d', (5,)),
        ('%+ d', (5,)), ('% +d', (5,)), ('%ld', (5,)), ('%hd', (5,)), ('%Ld', (5,)), ('%i', (True,)), ('%s', (False,)),
        ('%r', (3.0,)), ('%s', (1e16,)), ('%s', (0.1 + 0.2,)), ('%r', (0.1 + 0.2,)), ('%s', (1.0 / 3,)), ('%s', (-0.0,)),
        ('%10.4s|', ('abcdefgh',)), ('%-10r|', ('q',)), ('%.0s|', ('abc',)), ('%3c|', ('x',)), ('%-3c|', (65,)),
        ('%u', (-3,)), ('%u', (3.7,)), ('%X', (2 ** 70,)), ('%#X', (255L,)), ('%o', (-8L,)), ('%e', (0,)), ('%f', (True,)),
        ('%.15f', (0.1,)), ('%.20f', (0.5,)), ('%.30f', (1.0 / 3,)), ('%.60f', (0.1,)), ('%f', (1e50,)), ('%.100f', (1.0,)),
        ('%010.3f', (-3.14159,)), ('%-10.3f|', (3.14159,)), ('%+.3e', (0.0,)), ('% .2g', (-0.0,)), ('%e', (float('nan'),)),
        ('%5.1f|%-7.2e|%+g', (1.25, 1.25, 1.25)), ('%s and %r', ('x', 'x')), ('%(n)d-%(n)x-%(n)o', {'n': 255}),
        ('%(0)s', {'0': 'zero'}), ('%()s', {'': 'empty'}), ('%(a)(b)s', {'a': 1}), ('%(a)s %s', {'a': 1}),
        ('%s', ({'a': 1},)), ('%s', {'a': 1}), ('%d', {'a': 1}), ('%(a)d', {'a': '1'}), ('%(a)*d', {'a': 1}),
    ]
    for fmt, args in MORE:
        try:
            r = repr(fmt % args)
        except Exception as e:
            r = err(e)
        out.write('%r\t%r\t%s\n' % (fmt, args, r))
    out.close()

main()
