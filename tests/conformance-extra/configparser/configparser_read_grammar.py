# The read grammar, read()/readfp() arguments and write(), as python2.7 parses them.
import ConfigParser as CP, os, io
from StringIO import StringIO

TEXT = """# a comment
; another comment
rem not a section either
REM nor this
[first]
plain = value
colon: value with colon
  spaced   =   padded value   
inline = value ; comment after space
noinline = value;no space before
semi_only = ;
empty =
quoted = ""
quoted2 = "x"
percent = 100%%
cont = line one
    line two
	line three

    line four after blank
remark = rem is only a comment at the start of a line
rem_value = x
[second] trailing text after bracket
Key.With.Dots = 1
key with spaces = 2
UPPER = 3
[first]
added_later = yes
[DEFAULT]
shared = from default
"""

def dump(cp):
    for s in cp.sections():
        print '[%s]' % s
        for k, v in cp.items(s):
            print '  %r = %r' % (k, v)

for cls in (CP.RawConfigParser, CP.ConfigParser, CP.SafeConfigParser):
    print '==', cls.__name__
    cp = cls()
    try:
        cp.readfp(StringIO(TEXT), 'grammar.ini')
    except CP.ParsingError, e:
        print 'ParsingError', repr(e.message), e.errors
    dump(cp)

cp = CP.RawConfigParser()
try:
    cp.readfp(StringIO("[s]\na = 1\n  more\n=weird\nb = 2\n"), 'partial.ini')
except CP.ParsingError, e:
    print 'ParsingError', repr(e.message), e.errors
print cp._sections

print '== read() with files'
with open('a.ini', 'w') as f:
    f.write('[a]\nx = 1\n')
with open('b.ini', 'w') as f:
    f.write('[b]\ny = 2\n[a]\nx = 3\n')
cp = CP.RawConfigParser()
print cp.read('a.ini')
print cp.read(['missing.ini', 'b.ini', 'also-missing.ini', 'a.ini'])
print cp.read(u'b.ini'), cp.read([]), cp.read(('a.ini',))
print cp.read('.')
print cp.sections(), cp.get('a', 'x')
cp = CP.RawConfigParser()
with open('b.ini') as f:
    cp.readfp(f)
try:
    cp.readfp(open('b.ini'), 'given-name.ini')
except Exception, e:
    print 'unexpected', e
print cp.sections()
try:
    cp.readfp(io.BytesIO(b'oops\n'))
except CP.MissingSectionHeaderError, e:
    print e.filename, e.lineno, repr(e.line)
with open('bad.ini', 'w') as f:
    f.write('no header\n')
try:
    cp.read(['a.ini', 'bad.ini'])
except CP.MissingSectionHeaderError, e:
    print 'read:', e.filename, cp.sections()
try:
    cp.readfp(open('bad.ini'))
except CP.MissingSectionHeaderError, e:
    print 'readfp:', e.filename

class Lines(object):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
cp = CP.RawConfigParser()
cp.readfp(Lines(['[x]\n', 'k = v\n', 'no-newline-at-end = last']))
print cp.items('x')

print '== allow_no_value'
cp = CP.RawConfigParser(allow_no_value=True)
cp.readfp(StringIO("[mysqld]\nskip-bdb\nport = 3306\nflag\n[empty]\n"))
print cp.items('mysqld'), cp.get('mysqld', 'skip-bdb'), cp.has_option('mysqld', 'flag')
cp.set('mysqld', 'another')
out = StringIO()
cp.write(out)
print out.getvalue()
cp = CP.RawConfigParser()
cp.add_section('s')
cp.set('s', 'none')
cp.set('s', 'num', 3)
cp.set('s', 'multi', 'a\nb\nc')
cp.set('DEFAULT', 'd', 'dv')
cp.set('', 'e', 'ev')
out = StringIO()
cp.write(out)
print out.getvalue()
print '== defaults argument'
cp = CP.ConfigParser({'Home': '/h', 'n': '5'})
print cp.defaults()
cp.add_section('s')
print cp.get('s', 'home'), repr(cp.get('s', 'n')), cp.items('s')
print cp.get('s', 'n', vars={'N': 'vars win'}), cp.get('s', 'x', vars={'X': '%(home)s/x'})
print cp.items('s', vars={'Extra': '%(home)s/e'})
print cp.items('s', raw=True, vars={'Extra': '%(home)s/e'})
print cp.items('DEFAULT')
print cp.get('DEFAULT', 'home')
print cp.has_option('DEFAULT', 'home'), cp.has_option('', 'home'), cp.has_option('s', 'HOME')
print cp.has_section('DEFAULT'), cp.remove_section('DEFAULT'), cp.remove_option('DEFAULT', 'n'), cp.defaults()
for f in ('a.ini', 'b.ini', 'bad.ini'):
    os.remove(f)
