# Every ConfigParser exception: attributes, str/repr/args/message, as python2.7 shows them.
import ConfigParser as CP

def show(e):
    print type(e).__name__, '|', str(e).replace('\n', '|'), '|', repr(e).replace('\n', '|'), '|', repr(e.args), '|', repr(e.message)
    for a in ('section', 'option', 'reference', 'filename', 'lineno', 'line', 'errors'):
        if hasattr(e, a):
            print '   ', a, '=', repr(getattr(e, a))

show(CP.Error())
show(CP.Error('plain message'))
show(CP.NoSectionError('sec'))
show(CP.DuplicateSectionError('sec'))
show(CP.NoOptionError('opt', 'sec'))
show(CP.InterpolationError('opt', 'sec', 'the msg'))
show(CP.InterpolationMissingOptionError('opt', 'sec', 'raw %(x)s', 'x'))
show(CP.InterpolationSyntaxError('opt', 'sec', 'syntax msg'))
show(CP.InterpolationDepthError('opt', 'sec', 'rawval'))
e = CP.ParsingError('file.ini')
show(e)
e.append(3, "'bad line'")
e.append(12, 'another')
show(e)
show(CP.MissingSectionHeaderError('f.ini', 7, 'key = value\n'))
e = CP.Error('x')
e.message = 'changed'
print str(e), e.args
print CP.Error.__repr__ is CP.Error.__str__, CP.Error.__str__.__name__
print [c.__name__ for c in CP.InterpolationMissingOptionError.__mro__]
print [c.__name__ for c in CP.MissingSectionHeaderError.__mro__]
print issubclass(CP.InterpolationSyntaxError, CP.InterpolationError), issubclass(CP.Error, Exception)
print CP.Error.__module__, CP.NoSectionError.__doc__
print CP.__all__
print CP.DEFAULTSECT, CP.MAX_INTERPOLATION_DEPTH
try:
    CP.NoSectionError()
except TypeError, e:
    print 'TypeError', e
try:
    raise CP.NoOptionError('o', 's')
except CP.Error, e:
    print 'caught as Error:', e
print repr(CP.DuplicateSectionError(u's\xe9'))
print CP.NoSectionError(('a', 'b')).message
try:
    CP.DuplicateSectionError(('a', 'b'))
except TypeError, e:
    print 'TypeError', e
