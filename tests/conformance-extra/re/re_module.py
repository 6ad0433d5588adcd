# The re module as the Python 2.7 library reference documents it.
import re

# Module contents
print re.I == re.IGNORECASE, re.L, re.M, re.S, re.U, re.X, re.I | re.M
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)', re.I)
print p.pattern, p.flags, p.groups, sorted(p.groupindex.items())
print re.compile(p) is p
try:
    re.compile(p, re.I)
except ValueError as e:
    print 'ValueError:', e
try:
    re.compile(42)
except TypeError as e:
    print 'TypeError:', e

m = p.match('Isaac Newton, physicist')
print m.group(0), '|', m.group(1), '|', m.group(2), '|', m.group(1, 2)
print m.group('first'), m.group('last'), m.groupdict()
print m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('first')
print m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string
print m.regs
print m.expand(r'\g<last>, \1 (\g<0>)')
try:
    m.group(3)
except IndexError as e:
    print 'IndexError:', e
try:
    m.group('nope')
except IndexError as e:
    print 'IndexError:', e

# groups() and groupdict() with defaults
m = re.match(r'(\d+)\.?(\d+)?', '24')
print m.groups(), m.groups('0'), m.group(2)
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print sorted(m.groupdict().items()), sorted(m.groupdict('-').items())

# search vs match
print re.match('c', 'abcdef'), re.search('c', 'abcdef').span()
print re.match('X', 'A\nB\nX', re.M), re.search('^X', 'A\nB\nX', re.M).span()
pat = re.compile('d')
print pat.search('dog', 1), pat.match('dog', 1), pat.search('dogd', 1).start()
pat = re.compile('o')
print pat.match('dog', 1).span(), pat.search('dog', 0, 1)

# split
print re.split(r'\W+', 'Words, words, words.')
print re.split(r'(\W+)', 'Words, words, words.')
print re.split(r'\W+', 'Words, words, words.', 1)
print re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE)
print re.split(r'(\W+)', '...words, words...')
print re.split('x*', 'foo')
print re.split('(?m)^$', 'foo\n\nbar\n')

# findall / finditer
print re.findall(r'\w+ly', 'He was carefully disguised but captured quickly by police.')
for m in re.finditer(r'\w+ly', 'He was carefully disguised but captured quickly by police.'):
    print '%02d-%02d: %s' % (m.start(), m.end(), m.group(0))
print re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10')
print re.findall(r'(a)|b', 'ab')
it = re.finditer('a', 'aa')
print type(it).__name__, next(it).span(), next(it).span()
try:
    next(it)
except StopIteration:
    print 'StopIteration'

# sub / subn
print re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():')
def dashrepl(matchobj):
    if matchobj.group(0) == '-': return ' '
    else: return '-'
print re.sub('-{1,2}', dashrepl, 'pro----gram-files')
print re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE)
print re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1)
print re.sub('x*', '-', 'abc')
print repr(re.sub('a', u'\xe9', 'cat')), repr(re.sub(u'a', 'o', u'cat')), repr(re.sub('z', 'o', 'cat'))
print re.sub('(a)', lambda m: None, 'banana')
try:
    re.sub('(a)|b', r'\1', 'b')
except re.error as e:
    print 'error:', e
try:
    re.sub('a', r'\2', 'a')
except re.error as e:
    print 'error:', e
try:
    re.sub('a', r'\g<x>', 'a')
except IndexError as e:
    print 'IndexError:', e

# escape
print re.escape('python.exe'), re.escape('a-b_c 1!\x00'), repr(re.escape(u'\xe9t\xe9'))
print re.match(re.escape('1+1=2?'), '1+1=2?').group()

# errors
for bad in ['(', '[a', 'a**', '*', '(?P<1>x)', '(?<=a+)b', '\\', 'a{2,1}', '(?P=n)']:
    try:
        re.compile(bad)
    except re.error as e:
        print repr(bad), '->', e
print re.error.__name__, re.error.__module__, issubclass(re.error, Exception)

# purge and the cache
re.purge()
print re.compile('abc') is re.compile('abc')

# Unicode and flags
print re.findall(r'\w+', u'caf\xe9 na\xefve', re.U) == [u'caf\xe9', u'na\xefve']
print re.findall(r'\w+', u'caf\xe9 na\xefve') == [u'caf', u'na', u've']
print re.search('(?i)HELLO', 'say hello').group()
print re.findall(r'''
    \d+   # digits
    \.?   # optional dot
''', 'a 1. 22 3.', re.VERBOSE)
print re.search(r'^\s*$', 'x\n   \ny', re.M).span()
print re.search('.+', 'a\nb', re.S).group() == 'a\nb'

# Simulating scanf, from the documentation
m = re.match(r'([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?)', '-1.5e10 rest')
print m.group(1), m.groups()

# Making a phonebook
text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print entries
print [re.split(":? ", entry, 3) for entry in entries]
print [re.split(":? ", entry, 4) for entry in entries]

# Text munging
import random
def repl(m):
    inner_word = list(m.group(2))
    return m.group(1) + ''.join(sorted(inner_word)) + m.group(3)
text = "Professor Abdolmalek, please report your absences promptly."
print re.sub(r"(\w)(\w+)(\w)", repl, text)

# Finding all adverbs and their positions
text = "He was carefully disguised but captured quickly by police."
for m in re.finditer(r"\w+ly", text):
    print '%02d-%02d: %s' % (m.start(), m.end(), m.group(0))

# Raw string notation
print re.match(r"\W(.)\1\W", " ff ").group(), re.match("\\W(.)\\1\\W", " ff ").group()
print re.match(r"\\", r"\\").group(), re.match("\\\\", r"\\").group()
