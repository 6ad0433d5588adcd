import StringIO, cStringIO
o = StringIO.StringIO()
o.write("str part ")
o.write(u"unicode part")
print repr(o.getvalue())
o = StringIO.StringIO("line1\nline2\nline3")
print o.readline(), o.readlines(), o.tell()
o.seek(0)
print [l for l in o]
o = StringIO.StringIO()
o.seek(3)
o.write("x")
print repr(o.getvalue())
print >>o, "printed", 1
print repr(o.getvalue())
o.truncate(2)
print repr(o.getvalue()), o.tell()
c = cStringIO.StringIO()
c.write("abc")
print repr(c.getvalue()), c.tell()
i = cStringIO.StringIO("data\nmore")
print i.read(2), i.readline(), hasattr(i, 'write'), i.read()
o.close()
try:
    o.getvalue()
except ValueError, e:
    print "ValueError:", e
class Sub(StringIO.StringIO):
    pass
s = Sub("q")
print s.read()
