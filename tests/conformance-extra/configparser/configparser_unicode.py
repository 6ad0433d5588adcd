# Unicode input gives unicode results, as in 2.7.
import ConfigParser, io
from StringIO import StringIO

TEXT = u"""[DEFAULT]
Home = /home/\xe9
[Sect\xe9]
Name = caf\xe9
path = %(home)s/x
multi = one
  two
[plain]
k = v
"""
for cls in (ConfigParser.RawConfigParser, ConfigParser.ConfigParser, ConfigParser.SafeConfigParser):
    print '==', cls.__name__
    cp = cls()
    cp.readfp(io.StringIO(TEXT))
    print repr(cp.sections())
    print repr(cp.options(u'Sect\xe9'))
    print repr(cp.get(u'Sect\xe9', 'name'))
    print repr(cp.get(u'Sect\xe9', 'path'))
    print repr(cp.get(u'Sect\xe9', 'multi'))
    print repr(cp.get('plain', 'k'))
    print repr(cp.items('plain'))
    print repr(cp.defaults())
    print repr(cp.optionxform(u'ABC')), repr(cp.optionxform('ABC'))
    try:
        cp.get(u'nos\xe9', 'x')
    except ConfigParser.NoSectionError, e:
        print repr(e.section), repr(e.message), repr(e.args)
    try:
        cp.get('plain', u'n\xe9')
    except ConfigParser.NoOptionError, e:
        print repr(e.option), repr(e.message), repr(e.args)

cp = ConfigParser.SafeConfigParser()
cp.add_section(u'u')
cp.set(u'u', u'Key', u'val\xfc')
cp.set(u'u', 'other', 'str value')
print repr(cp.items(u'u'))
print repr(cp.get(u'u', 'key')), repr(cp.get('u', 'other'))
cp.set('u', 'ref', u'%(key)s!')
print repr(cp.get('u', 'ref'))
try:
    cp.set('u', 'bad', u'50%')
except ValueError, e:
    print 'ValueError', e
cp.set('u', 'miss', u'%(nothere)s')
try:
    cp.get('u', 'miss')
except ConfigParser.InterpolationMissingOptionError, e:
    print repr(e.message), repr(e.reference), repr(e.args)
cp2 = ConfigParser.ConfigParser()
cp2.readfp(io.StringIO(u"[s]\na = %(b)s\nb = \xe9\nc = %(zz)s\n"))
print repr(cp2.get('s', 'a'))
try:
    cp2.get('s', 'c')
except ConfigParser.InterpolationMissingOptionError, e:
    print repr(e.message), repr(e.args)
out = StringIO()
cp3 = ConfigParser.RawConfigParser()
cp3.readfp(io.StringIO(u"[s]\na = b\n"))
cp3.write(out)
print repr(out.getvalue())
try:
    cp3.readfp(io.StringIO(u"junk\xe9\n"))
except ConfigParser.MissingSectionHeaderError, e:
    print repr(e.message), repr(e.line), e.lineno
try:
    cp3.readfp(io.StringIO(u"[s]\n=\xe9\n"), u'f\xe9.ini')
except ConfigParser.ParsingError, e:
    print repr(e.message), repr(e.errors), repr(e.filename)
