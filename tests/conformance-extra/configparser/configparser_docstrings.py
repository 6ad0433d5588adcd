# Docstrings of the module, its classes and methods, as python2.7 has them.
import ConfigParser as CP
print CP.__doc__
for cls in (CP.RawConfigParser, CP.ConfigParser, CP.SafeConfigParser):
    print '==', cls.__name__, repr(cls.__doc__)
    for name in sorted(cls.__dict__):
        f = cls.__dict__[name]
        if callable(f):
            print '%s.%s: %r' % (cls.__name__, name, f.__doc__)
for name in sorted(dir(CP)):
    o = getattr(CP, name)
    if isinstance(o, type) and issubclass(o, Exception):
        print name, repr(o.__doc__)
print repr(CP._Chainmap.__doc__)
print CP.RawConfigParser.read.__doc__
print CP.RawConfigParser.read.__name__, CP.ConfigParser.get.im_class.__name__
