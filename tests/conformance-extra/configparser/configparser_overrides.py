# Programs override parser methods and attributes; the module's own calls must go through them.
import ConfigParser as CP
from StringIO import StringIO

class Tracing(CP.SafeConfigParser):
    def get(self, section, option, raw=False, vars=None):
        print '  get(%r, %r)' % (section, option)
        return CP.SafeConfigParser.get(self, section, option, raw, vars)
    def optionxform(self, s):
        return s.upper()
    def _interpolate(self, section, option, rawval, vars):
        print '  _interpolate(%r, %r, %r)' % (section, option, rawval)
        return CP.SafeConfigParser._interpolate(self, section, option, rawval, vars)

cp = Tracing()
cp.readfp(StringIO("[s]\nnum = 7\nflag = on\nf = 1.5\nref = %(num)s!\n"))
print cp.options('s')
print cp.getint('s', 'num'), cp.getboolean('s', 'FLAG'), cp.getfloat('s', 'f')
print cp.items('s')

class CustomRead(CP.RawConfigParser):
    def _read(self, fp, fpname):
        print '  _read', fpname
        for line in fp:
            k, v = line.strip().split('=')
            if not self.has_section('auto'):
                self.add_section('auto')
            self.set('auto', k, v)
cp = CustomRead()
cp.readfp(StringIO("a=1\nb=2\n"), 'custom.src')
print cp.items('auto')

class Booleans(CP.RawConfigParser):
    _boolean_states = {'si': True, 'no': False}
cp = Booleans()
cp.readfp(StringIO("[s]\na = SI\nb = yes\n"))
print cp.getboolean('s', 'a')
try:
    cp.getboolean('s', 'b')
except ValueError, e:
    print 'ValueError', e

class Sections(CP.RawConfigParser):
    SECTCRE = CP.re.compile(r'<(?P<header>[^>]+)>')
    OPTCRE = CP.re.compile(r'(?P<option>\w+)\s*(?P<vi>->)\s*(?P<value>.*)$')
cp = Sections()
cp.readfp(StringIO("<one>\nx -> 1\ny -> 2 ; not a comment: vi is ->\n"))
print cp.items('one')

cp = CP.ConfigParser()
cp.optionxform = str
cp.readfp(StringIO("[s]\nCamel = %(Other)s\nOther = o\n"))
print cp.items('s'), cp.get('s', 'Camel')

class Replace(CP.ConfigParser):
    def _interpolation_replace(self, match):
        s = match.group(1)
        if s is None:
            return match.group()
        return '%%(%s)s' % s.strip()
cp = Replace()
cp.readfp(StringIO("[s]\na = [%( b )s]\nb = B\n"))
print cp.get('s', 'a')

class Calls(CP.SafeConfigParser):
    def _interpolate_some(self, option, accum, rest, section, map, depth):
        print '  depth', depth, repr(rest)
        CP.SafeConfigParser._interpolate_some(self, option, accum, rest, section, map, depth)
cp = Calls()
cp.readfp(StringIO("[s]\na = %(b)s+\nb = %(c)s-\nc = C\n"))
print cp.get('s', 'a')

class Convert(CP.RawConfigParser):
    def _get(self, section, conv, option):
        return 'converted by ' + conv.__name__
cp = Convert()
cp.readfp(StringIO("[s]\nn = 1\n"))
print cp.getint('s', 'n'), cp.getfloat('s', 'n')

class Dflt(CP.SafeConfigParser):
    def set(self, section, option, value=None):
        print '  set', section, option, value
        CP.SafeConfigParser.set(self, section, option, value)
cp = Dflt({'a': 'b'})
cp.add_section('x')
cp.set('x', 'k', 'v')
print cp.items('x')
print isinstance(cp, CP.RawConfigParser), CP.SafeConfigParser.__bases__[0].__name__, CP.ConfigParser.__bases__[0].__name__
print type(CP.RawConfigParser).__name__, CP.RawConfigParser.__module__
print sorted(k for k in CP.RawConfigParser.__dict__ if not k.startswith('__'))
print sorted(k for k in CP.ConfigParser.__dict__ if not k.startswith('__'))
print sorted(k for k in CP.SafeConfigParser.__dict__ if not k.startswith('__'))
