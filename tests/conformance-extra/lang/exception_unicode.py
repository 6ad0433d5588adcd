# -*- coding: utf-8 -*-
# unicode() of exceptions: BaseException_unicode takes unicode of the single argument (or of args),
# unless the type has its own __str__ (EnvironmentError, KeyError, SyntaxError, subclasses).
def show(label, f):
    try:
        print label, repr(f())
    except Exception, e:
        print label, type(e).__name__, e

for arg in [u'caf\xe9', u"x\xe9", u"\xe9", u"abc", "abc", 42, None]:
    show("ValueError(%r)" % (arg,), lambda: unicode(ValueError(arg)))
show("no args", lambda: unicode(Exception()))
show("two args", lambda: unicode(ValueError(u"x\xe9", 2)))
show("KeyError", lambda: unicode(KeyError(u"k\xe9")))
show("IOError 2", lambda: unicode(IOError(2, "No such file")))
show("IOError 3", lambda: unicode(IOError(2, "No such file", "f.txt")))
show("IOError 1", lambda: unicode(IOError(u"caf\xe9")))
show("UnicodeError", lambda: unicode(UnicodeError(u"caf\xe9")))
show("str of unicode arg", lambda: str(ValueError(u"caf\xe9")))
show("str of ascii unicode arg", lambda: str(ValueError(u"cafe")))

class Own(Exception):
    def __str__(self):
        return "own str"
class OwnUnicode(Exception):
    def __str__(self):
        return u"own \xe9"
class Plain(Exception):
    pass
show("Own", lambda: unicode(Own(u"caf\xe9")))
show("OwnUnicode", lambda: unicode(OwnUnicode()))
show("Plain", lambda: unicode(Plain(u"caf\xe9")))
show("method", lambda: Exception(u"caf\xe9").__unicode__())
show("format", lambda: u"%s" % ValueError(u"caf\xe9"))
show("join", lambda: u"-".join([unicode(ValueError(u"\xe9"))]))
try:
    raise ValueError(u"caf\xe9")
except ValueError, e:
    print repr(unicode(e)), repr(e.args), repr(e.message)
