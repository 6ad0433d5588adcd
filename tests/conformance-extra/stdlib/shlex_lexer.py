# shlex.shlex: get_token/push_token/read_token, settings, lineno, error_leader, sourcehook, subclasses.
import shlex
from StringIO import StringIO

lex = shlex.shlex("name = value; x+=1 # trailing comment\nnext 'quoted str' \"dq\" 3.14")
print repr(lex.eof), lex.posix, repr(lex.commenters), repr(lex.whitespace), repr(lex.quotes)
print repr(lex.escape), repr(lex.escapedquotes), lex.whitespace_split, repr(lex.wordchars)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print toks

lex = shlex.shlex("alpha beta gamma")
first = lex.get_token()
lex.push_token("pushed")
lex.push_token("again")
print first, lex.get_token(), lex.get_token(), lex.get_token(), list(lex)

lex = shlex.shlex("a-b c.d e/f", posix=True)
print list(lex)
lex = shlex.shlex("a-b c.d e/f", posix=True)
lex.wordchars += "-./"
print list(lex)
lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print list(lex)
lex = shlex.shlex("x |y| z", posix=True)
lex.quotes = "|"
print list(lex)
lex = shlex.shlex("one ^ two ;three", posix=True)
lex.commenters = ";"
lex.escape = "^"
print list(lex)
lex = shlex.shlex(u"unicode words here", posix=True)
print list(lex)

lex = shlex.shlex(StringIO("from a stream\nsecond line"), "stream.txt")
print lex.infile, list(lex), lex.lineno
print repr(lex.error_leader()), repr(lex.error_leader("other", 42))

lex = shlex.shlex("a 'unterminated", posix=True)
print lex.get_token()
try:
    lex.get_token()
except ValueError, e:
    print "ValueError:", e

class Tracing(shlex.shlex):
    def read_token(self):
        tok = shlex.shlex.read_token(self)
        return tok if tok is None else tok.upper()
print list(Tracing("overridden read token", posix=True))

class Includes(shlex.shlex):
    def sourcehook(self, newfile):
        return ("<%s>" % newfile, StringIO("included %s text" % newfile))
lex = Includes("before source inner after", posix=True)
lex.source = "source"
out = []
for t in lex:
    out.append((t, lex.infile))
print out

lex = shlex.shlex("")
print repr(lex.get_token()), repr(lex.read_token())
lex = shlex.shlex("", posix=True)
print repr(lex.get_token())
lex = shlex.shlex("a\n\nb\n# c\nd", posix=True)
print [(t, lex.lineno) for t in lex]
