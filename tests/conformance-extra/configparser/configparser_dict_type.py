# dict_type governs the storage of sections and options, as in 2.7.
import ConfigParser
from collections import OrderedDict
from StringIO import StringIO

TEXT = """[DEFAULT]
zeta = 26
alpha = 1
[sect_b]
kiwi = green
apple = red
mango = yellow
banana = long
[sect_a]
x = 1
[sect_c]
y = 2
[another]
q = 9
"""

def show(cp):
    print cp.sections()
    for s in cp.sections():
        print s, cp.options(s)
        print ' ', cp.items(s)
    print cp.defaults()
    out = StringIO()
    cp.write(out)
    print out.getvalue()

print '== dict'
cp = ConfigParser.RawConfigParser(dict_type=dict)
cp.readfp(StringIO(TEXT))
print type(cp._sections), type(cp._defaults), cp._dict
show(cp)

print '== OrderedDict (default)'
cp = ConfigParser.ConfigParser()
print cp._dict is OrderedDict, ConfigParser._default_dict is OrderedDict
cp.readfp(StringIO(TEXT))
show(cp)

class LoggingDict(dict):
    calls = []
    def __setitem__(self, k, v):
        LoggingDict.calls.append(('set', k, v if not isinstance(v, dict) else 'dict'))
        dict.__setitem__(self, k, v)
    def __delitem__(self, k):
        LoggingDict.calls.append(('del', k))
        dict.__delitem__(self, k)

print '== custom mapping'
cp = ConfigParser.SafeConfigParser({'Base': '/b'}, dict_type=LoggingDict)
print type(cp._sections).__name__, type(cp._defaults).__name__
cp.readfp(StringIO("[s]\nk = v\n  more\n[t]\nj=%(base)s/j\n"))
for c in LoggingDict.calls:
    print c
del LoggingDict.calls[:]
cp.add_section('new')
cp.set('new', 'opt', 'val')
cp.remove_option('new', 'opt')
cp.remove_section('new')
for c in LoggingDict.calls:
    print c
print cp.get('t', 'j'), cp.items('t')

print '== direct access to _sections'
cp = ConfigParser.SafeConfigParser()
cp.readfp(StringIO(TEXT))
print cp._sections.keys()
print cp._sections['sect_a']
print cp._sections['sect_b']['kiwi']
cp._sections['sect_a']['x'] = 'changed'
cp._sections['added'] = OrderedDict([('__name__', 'added'), ('k', 'v')])
print cp.get('sect_a', 'x'), cp.sections(), cp.has_section('added'), cp.options('added')
del cp._sections['sect_c']
print cp.sections()
cp._defaults['alpha'] = 'A'
print cp.get('added', 'alpha'), cp.defaults()
print cp._optcre is cp.OPTCRE, cp._optcre is ConfigParser.RawConfigParser.OPTCRE
cp2 = ConfigParser.RawConfigParser(allow_no_value=True)
print cp2._optcre is cp2.OPTCRE_NV
print sorted(ConfigParser.RawConfigParser._boolean_states.items())
print ConfigParser.RawConfigParser.SECTCRE.pattern
print ConfigParser.RawConfigParser.OPTCRE.pattern
print ConfigParser.RawConfigParser.OPTCRE_NV.pattern
print ConfigParser.ConfigParser._KEYCRE.pattern, ConfigParser.SafeConfigParser._interpvar_re.pattern
print cp.SECTCRE.match('[hello] tail').group('header')
print cp.OPTCRE.match('key : value').group('option', 'vi', 'value')
m = ConfigParser._Chainmap({'a': 1}, {'a': 2, 'b': 3})
print m['a'], m['b'], sorted(m.keys()), 'b' in m
try:
    m['c']
except KeyError, e:
    print 'KeyError', e
