# Records CPython 2.7's posixpath string results as test data for the runtime's PosixPathText.
# Run once with python2.7 from this folder:  python2.7 generate_posixpath_cases.py > posixpath_cases.txt
# The environment is pinned: cwd /home/user/work, HOME=/home/tester, user "root" at /root, no others;
# variables FOO=bar, EMPTY='', PATH_X=/x/y.
# Lines: <function> <arg>... => <result fields> | !Type: message   (fields unicode_escape-encoded)
import posixpath, os, pwd
os.getcwd = lambda: '/home/user/work'
os.environ.clear()
os.environ.update({'HOME': '/home/tester', 'FOO': 'bar', 'EMPTY': '', 'PATH_X': '/x/y'})
real_getpwnam = pwd.getpwnam
def fake_getpwnam(name):
    if name == 'root': return real_getpwnam('root')
    raise KeyError(name)
pwd.getpwnam = fake_getpwnam

def e(s): return s.encode('string_escape').replace('\t', '\\t')
def out(f, *args):
    try:
        r = f(*args)
    except Exception as ex:
        return '!%s: %s' % (type(ex).__name__, ex)
    if isinstance(r, tuple): return '\t'.join(e(x) for x in r)
    if isinstance(r, bool): return str(r)
    return e(r)

PATHS = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', '//a', '///a', 'a/b', 'a/b/', 'a//b', '/a/b/c',
         '.', '..', './', '../', 'a/./b', 'a/../b', '../a', '../../a/b', '/..', '/../a', '/./a/..', 'a/b/../..',
         'a/b/../../..', 'foo.txt', 'foo.tar.gz', '.bashrc', '..x', '...', 'a.b/c', 'a.b/c.d', '/a.b/.c',
         'dir/.hidden.ext', 'x.', 'x..', '/x/y.z/', 'a\\b.c', ' a b ', '\xe9t\xe9.py', '~', '~/x', '~root',
         '~root/x', '~nobody_here/x', '~/', '$FOO', '${FOO}/x', '$FOO$FOO', '$UNDEF/x', '${UNDEF}', '$', '${',
         '${FOO', 'a$EMPTY-b', '$PATH_X/z', '$$FOO', '${FO}O', '$1abc', '$FOO_bar', 'x/$FOO.txt']
lines = []
for p in PATHS:
    for name in ['split', 'splitext', 'basename', 'dirname', 'isabs', 'normpath', 'abspath', 'expanduser', 'expandvars']:
        lines.append('%s\t%s\t=>\t%s' % (name, e(p), out(getattr(posixpath, name), p)))
    lines.append('relpath\t%s\t=>\t%s' % (e(p), out(posixpath.relpath, p)))
    for start in ['/', '/home', '/home/user/work/sub', 'other', '../..']:
        lines.append('relpath\t%s\t%s\t=>\t%s' % (e(p), e(start), out(posixpath.relpath, p, start)))
JOINS = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('a', '', 'b'), ('/', 'x', 'y/'),
         ('a', 'b', '/c', 'd'), ('', ''), ('//', 'x'), ('a//', '//b')]
for j in JOINS:
    lines.append('join\t%s\t=>\t%s' % ('\t'.join(e(x) for x in j), out(posixpath.join, *j)))
PREFIXES = [(), ('',), ('abc',), ('abc', 'abd'), ('/usr/lib', '/usr/local/lib'), ('x', 'y'), ('same', 'same'),
            ('ab', 'abc', 'a'), ('/a/b', '/a/b/c', '/a/bc')]
for m in PREFIXES:
    lines.append('commonprefix\t%s\t=>\t%s' % ('\t'.join(e(x) for x in m), out(posixpath.commonprefix, list(m))))
print '\n'.join(lines)
