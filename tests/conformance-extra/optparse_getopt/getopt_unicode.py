# getopt with unicode arguments: results keep the argument's type, as in 2.7.
import getopt, os

def run(fn, args, short, long=[]):
    try:
        opts, rest = fn(args, short, long)
        print fn.__name__, repr(opts), repr(rest)
    except getopt.GetoptError, e:
        print fn.__name__, 'GetoptError', repr(e.msg), repr(e.opt), repr(str(e) if isinstance(e.msg, str) else e.msg), repr(e.args)

for fn in (getopt.getopt, getopt.gnu_getopt):
    run(fn, [u'-a', u'-bval', u'x'], 'ab:')
    run(fn, [u'-a', u'-b', u'val', 'x'], 'ab:')
    run(fn, [u'-a', '-b', u'val', 'x'], u'ab:')
    run(fn, [u'--alpha', u'--beta=1', u'--be', u'2', u'--gam', u'rest'], 'a', ['alpha', 'beta=', 'gamma'])
    run(fn, [u'--al'], 'a', ['alpha', 'alps'])
    run(fn, [u'--zzz'], 'a', ['alpha'])
    run(fn, [u'--alpha=1'], 'a', ['alpha'])
    run(fn, [u'--beta'], 'a', ['beta='])
    run(fn, [u'-q'], 'a')
    run(fn, [u'-b'], 'b:')
    run(fn, [u'-\xe9'], u'\xe9')
    run(fn, (u'-a', u'x', u'y'), 'a')
    run(fn, ('-a', 'x', 'y'), 'a')
    run(fn, [u'x', u'-a', u'--', u'-b'], 'ab')
    run(fn, [u'-', u'-a'], 'a')
    run(fn, [], 'a')

# gnu_getopt: '+' stops at the first non-option, as POSIXLY_CORRECT does
run(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
run(getopt.gnu_getopt, ['-a', 'x', '-a'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
run(getopt.gnu_getopt, ['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
run(getopt.gnu_getopt, ['x', '--al', 'y'], 'a', 'alpha')
run(getopt.getopt, ['--al', 'y'], 'a', 'alpha')
run(getopt.getopt, ['--al', 'y'], 'a', ('alpha', 'alpine'))
run(getopt.getopt, ['-a'], ':a')
run(getopt.getopt, ['-:'], 'a:')

print getopt.error is getopt.GetoptError, getopt.GetoptError.__module__, getopt.__all__
e = getopt.GetoptError('message only')
print repr(e.msg), repr(e.opt), str(e), e.args, repr(e)
e = getopt.GetoptError('m', 'o')
print repr(e.msg), repr(e.opt), str(e), e.args, repr(e)
print getopt.GetoptError.msg, repr(getopt.GetoptError.opt)
print issubclass(getopt.GetoptError, Exception)
try:
    getopt.getopt(['--x'], '', ['y'])
except getopt.error, e:
    print 'caught via error alias:', e
