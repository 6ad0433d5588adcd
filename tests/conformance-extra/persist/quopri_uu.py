# quopri and uu, the modules built on binascii: strings, file objects, file names and errors.
import quopri, uu, os, sys, StringIO, binascii

s = 'Gr\xfc\xdfe = Hallo_Welt \tend \n.\n' + 'z' * 90
enc = quopri.encodestring(s)
print repr(enc)
print quopri.decodestring(enc) == s, repr(quopri.encodestring(s, quotetabs=1)[:40]), repr(quopri.encodestring('a b_c', 0, 1))
print repr(quopri.decodestring('a_b=3Dc=\n', header=1)), repr(quopri.decodestring('a_b=3Dc=\n'))
src, dst = StringIO.StringIO(s), StringIO.StringIO()
quopri.encode(src, dst, 0)
back = StringIO.StringIO()
quopri.decode(StringIO.StringIO(dst.getvalue()), back)
print dst.getvalue() == enc, back.getvalue() == s
out = StringIO.StringIO()
quopri.encode(StringIO.StringIO('x y_z'), out, 1, 1)
print repr(out.getvalue())
print [quopri.needsquoting(c, 0, 0) for c in ' \t_=a~\x7f\x00'], quopri.needsquoting(' ', 1, 0), quopri.needsquoting('_', 0, 1)
print quopri.quote('='), quopri.quote('\xff'), quopri.quote('a'), quopri.ishex('f'), quopri.ishex('G'), quopri.ishex('9')
print quopri.unhex('ff'), quopri.unhex('1A'), quopri.unhex('7g9'), quopri.unhex('')
print quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, repr(quopri.EMPTYSTRING), quopri.__all__
print quopri.a2b_qp is not None, quopri.b2a_qp('=')

payload = ''.join(chr(i) for i in range(256)) * 2
with open('payload.bin', 'wb') as f:
    f.write(payload)
os.chmod('payload.bin', 0640)
uu.encode('payload.bin', 'payload.uu')
lines = open('payload.uu').read().split('\n')
print lines[0], len(lines), repr(lines[1][:20]), lines[-3:]
uu.decode('payload.uu', 'copy.bin')
print open('copy.bin', 'rb').read() == payload
os.remove('copy.bin')
os.remove('payload.bin')
uu.decode('payload.uu')
print os.path.exists('payload.bin'), open('payload.bin', 'rb').read() == payload, oct(os.stat('payload.bin').st_mode & 0777 & ~0022)
try:
    uu.decode('payload.uu')
except uu.Error as e:
    print 'uu.Error', e
out = StringIO.StringIO()
uu.encode(StringIO.StringIO('hello uu'), out)
print repr(out.getvalue())
out2 = StringIO.StringIO()
uu.encode(StringIO.StringIO('named'), out2, 'n.txt', 0755)
print repr(out2.getvalue())
back = StringIO.StringIO()
uu.decode(StringIO.StringIO(out2.getvalue()), back)
print repr(back.getvalue())
for bad in ['no begin here\n', 'begin 644 x\n#86)C\n', 'begin xyz a\nbegin 644\n', 'begin 644 f\n%86)C\nend\n']:
    try:
        got = StringIO.StringIO()
        uu.decode(StringIO.StringIO(bad), got, quiet=1)
        print 'decoded', repr(got.getvalue())
    except uu.Error as e:
        print 'uu.Error', e
try:
    uu.decode(StringIO.StringIO('begin 644 f\n$86)C&&&\nend\n'), StringIO.StringIO(), quiet=True)
    print 'broken line tolerated'
except Exception as e:
    print type(e).__name__, e
print uu.__all__, issubclass(uu.Error, Exception)
