# shlex: split (posix and not, comments), the shlex class's token stream, options, errors.
import shlex

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

for s in ['ls -l /tmp', 'echo "hello world" \'single q\'', 'a\\ b c\\"d', 'x="a b"c "" \'\'', 'cmd # comment here',
          'tab\tsep\nnewline', '"esc \\" inside" \'no \\esc\'', 'mixed"quo"ted\'str\'', '  ', '', 'a=1;b=2|c>d',
          '"\\\\" "\\$" "\\a"', 'caf\xe9 na\xefve']:
    print repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False)
attempt('unclosed double', lambda: shlex.split('echo "oops'))
attempt('unclosed single', lambda: shlex.split("echo 'oops"))
attempt('trailing escape', lambda: shlex.split('echo oops\\'))
attempt('unclosed non-posix', lambda: shlex.split('a "b', posix=False))

lex = shlex.shlex('a b=c, "d e" (f) # tail\nnext line')
print list(lex), lex.lineno
lex = shlex.shlex('a b=c, "d e" (f) # tail\nnext line', posix=True)
print list(lex)
lex = shlex.shlex('one two three')
print lex.get_token(), lex.get_token()
lex.push_token('pushed')
print lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token())
lex = shlex.shlex('x y', posix=True)
print lex.get_token(), lex.get_token(), lex.get_token(), lex.eof
lex = shlex.shlex('key=value;other:thing')
lex.wordchars += '=:'
print list(lex)
lex = shlex.shlex('a,b;c d', posix=True)
lex.whitespace += ',;'
lex.whitespace_split = True
print list(lex)
lex = shlex.shlex('first\nsecond\nthird')
print lex.get_token(), lex.lineno, lex.get_token(), lex.lineno, lex.error_leader(), lex.error_leader('f.txt', 9)
lex = shlex.shlex('a "b c" d')
print lex.commenters, repr(lex.wordchars[:10]), lex.whitespace == ' \t\r\n', lex.quotes, lex.escape, lex.escapedquotes, lex.state, lex.posix, repr(lex.eof), lex.debug, lex.infile, lex.source
lex = shlex.shlex('src file2 rest')
lex.source = 'src'
def hook(name):
    return ('<%s>' % name, 'from ' + name)
lex.sourcehook = hook
print list(lex)
lex = shlex.shlex('a b')
lex.push_source('pushed source')
print list(lex)
class Upper(shlex.shlex):
    def read_token(self):
        tok = shlex.shlex.read_token(self)
        return tok.upper() if tok else tok
print list(Upper('make me loud'))
lex = shlex.shlex('dbg tok', posix=True)
lex.debug = 1
print list(lex)
