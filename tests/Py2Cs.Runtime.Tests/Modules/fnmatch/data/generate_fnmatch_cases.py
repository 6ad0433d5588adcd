# Records CPython 2.7's fnmatch.translate and fnmatchcase results as test data.
# Run once with python2.7 from this folder:  python2.7 generate_fnmatch_cases.py > fnmatch_cases.txt
# Lines: translate <pattern> => <regex>   |   match <name> <pattern> => True/False  (string_escape-encoded)
import fnmatch
def e(s): return s.encode('string_escape').replace('\t', '\\t')
PATTERNS = ['', '*', '?', '*.py', 'a?c', '[abc]', '[!abc]', '[^a]', '[a-z]*', '[]]', '[!]]', '[', '[!', 'a[', '[a-',
            '*[', '[*]', '[?]', '[\\]', 'a\\b', '.*', '*.*', 'x+y(z)', 'a$b', 'data[0-9][0-9].csv', '**', '\xe9*',
            '\x00', 'a.b', '[.]*', '*~', '#*#', '{a,b}', '[a-c-e]', '[!-]', 'A*', '[[]x', 'a]b']
NAMES = ['', 'a', 'abc', 'a.py', 'b.pyc', '.py', 'x.py', 'aXc', 'a\nc', ']', 'a]b', '[', 'a[', '[a-', '*', '?',
         '\\', 'a\\b', '.hidden', 'x+y(z)', 'a$b', 'data01.csv', 'data1.csv', '\xe9t\xe9', '\x00', 'a.b', 'axb',
         'file~', '#x#', '{a,b}', 'd', '-', 'A', 'Abc', '[x', 'x\n']
lines = []
for p in PATTERNS:
    lines.append('translate\t%s\t=>\t%s' % (e(p), e(fnmatch.translate(p))))
    for n in NAMES:
        lines.append('match\t%s\t%s\t=>\t%s' % (e(n), e(p), fnmatch.fnmatchcase(n, p)))
print '\n'.join(lines)
