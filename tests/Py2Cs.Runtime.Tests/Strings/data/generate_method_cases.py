# Records CPython 2.7's results of str and unicode methods.
# Run once with python2.7 from this folder:  python2.7 generate_method_cases.py
# Each line: repr(receiver) <TAB> method name <TAB> repr(args tuple) <TAB> repr(result) | !ErrorType: message

def err(e):
    return '!%s: %s' % (type(e).__name__, str(e).encode('string_escape'))

STRS = ['', 'a', 'abc', 'Hello World', 'hELLo wORLD, it\'s a 2nd-try', '  \t padded text \n ', 'a,b,,c,',
        'aaaa', 'line1\nline2\r\nline3\rline4\n\nlast', 'x\ty\nab\tc', '42', '-42', '+3.14', 'ABC', 'Abc Def',
        'they\'re bill\'s', '123abc def', '\xe9t\xe9', 'a_b', ' ', 'mississippi', 'abc\x0b\x0cdef', 'a\x1cb']
UNIS = [unicode(s.decode('latin-1')) for s in STRS] + [u'\u00bd\u00b2', u'\u0661\u0662', u'\u01c4a', u'caf\xe9 \u20ac',
        u'a\u2028b\x85c', u'\u3000x\u3000', u'\xdf', u'\u0130', u'\U0001d7d8', u'\u2167']

NOARG = ['capitalize', 'isalnum', 'isalpha', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower',
         'lstrip', 'rstrip', 'strip', 'split', 'rsplit', 'splitlines', 'swapcase', 'title', 'upper', 'expandtabs']
UNI_NOARG = ['isdecimal', 'isnumeric']
WITHARGS = [
    ('center', [(0,), (5,), (6,), (7, '*'), (12, '-'), (13, '.'), (3, 'ab')]),
    ('ljust', [(5,), (12, '.'), (2,)]),
    ('rjust', [(5,), (12, '0'), (2,)]),
    ('zfill', [(0,), (5,), (8,), (12,)]),
    ('count', [('a',), ('',), ('ss',), ('a', 1), ('a', -3), ('', 2, 1), ('a', 0, 100), ('x',)]),
    ('find', [('a',), ('',), ('ss',), ('a', 1), ('a', -3), ('', 2, 1), ('', 100), ('i', 2, -2), ('zz',)]),
    ('rfind', [('a',), ('',), ('ss',), ('a', 1), ('a', -3), ('', 2, 1), ('i', 2, -2), ('zz',)]),
    ('index', [('a',), ('ss',), ('zz',), ('', 100)]),
    ('rindex', [('a',), ('zz',), ('i', 0, 3)]),
    ('startswith', [('a',), ('',), (('x', 'a'),), ('b', 1), ('', 100), ('a', -1), ((),), (1,)]),
    ('endswith', [('c',), ('',), (('x', 'c'),), ('b', 0, 2), ('i', 0, -1), (1,)]),
    ('split', [(',',), (',', 1), (None, 1), (' ',), ('',), ('ss',), ('x', 0), (None, 0), (None, -1), ('a',)]),
    ('rsplit', [(',',), (',', 1), (None, 1), (None, 2), ('ss',), ('',)]),
    ('splitlines', [(True,), (False,)]),
    ('partition', [(',',), ('ss',), ('',), ('zz',), (' ',)]),
    ('rpartition', [(',',), ('ss',), ('',), ('zz',), (' ',)]),
    ('replace', [('a', 'X'), ('', '-'), ('', '-', 2), ('ss', 'SS', 1), ('a', '', 0), ('a', 'bb', -1), ('zz', 'y')]),
    ('strip', [('a',), ('x',), ('', ), ('ab ',), (None,), (' \t\n',)]),
    ('lstrip', [('a',), ('ab ',), (None,)]),
    ('rstrip', [('c',), ('ab ',), (None,)]),
    ('expandtabs', [(0,), (1,), (4,), (-1,)]),
    ('join', [(['x', 'y'],), ([],), (['only'],), ('xyz',), (['a', 1],), ([u'u', 'v'],)]),
    ('translate', [(None, 'l'), (None, '')]),
    ('encode', [('ascii',), ('utf-8',), ('latin-1',), ('ascii', 'ignore'), ('ascii', 'replace'), ('hex',)]),
    ('decode', [('ascii',), ('utf-8',), ('latin-1',), ('ascii', 'ignore'), ('utf-8', 'replace')]),
]
UNI_WITHARGS = [
    ('translate', [({97: u'A', 99: None},), ({97: 66},), ({},), ({97: u'xyz'},)]),
]

def record(out, s, name, args):
    try:
        r = repr(getattr(s, name)(*args))
    except Exception as e:
        r = err(e)
    out.write('%r\t%s\t%r\t%s\n' % (s, name, args, r))

def main():
    out = open('method_cases.txt', 'w')
    for s in STRS + UNIS:
        for name in NOARG:
            record(out, s, name, ())
        if isinstance(s, unicode):
            for name in UNI_NOARG:
                record(out, s, name, ())
        for name, arglists in WITHARGS + (UNI_WITHARGS if isinstance(s, unicode) else []):
            if name == 'translate' and isinstance(s, unicode) and arglists[0] == (None, 'l'):
                continue
            for args in arglists:
                if isinstance(s, unicode):
                    args = tuple(unicode(a) if isinstance(a, str) else a for a in args)
                record(out, s, name, args)
    # str op unicode mixing
    for a, b in [('abc', u'd'), ('\xc3\xa9', u'x'), (u'x', '\xc3\xa9'), ('a b', u' ')]:
        for name, args in [('__add__', (b,)), ('split', (b,)), ('find', (b,)), ('replace', (b, u'-')), ('join', ([b, b],)),
                           ('startswith', (b,)), ('count', (b,)), ('strip', (b,)), ('partition', (b,))]:
            record(out, a, name, args)
    out.close()

main()
