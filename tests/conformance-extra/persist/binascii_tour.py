# binascii: every function of 2.7's module, round trips and binascii.c's error messages.
import binascii

def attempt(label, f, *args, **kw):
    try:
        print label, repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, str(e)

text = 'Caf\xe9 = ok.\nTabs\tand spaces  \n.\nend'
for qt in (0, 1):
    for it in (0, 1):
        for h in (0, 1):
            enc = binascii.b2a_qp(text, qt, it, h)
            print qt, it, h, repr(enc), binascii.a2b_qp(enc, header=h) == text
print repr(binascii.b2a_qp('x' * 100))
print repr(binascii.b2a_qp('line1\r\nline2 \r\n' + 'y' * 80 + '\r\n'))
print repr(binascii.b2a_qp(data='a_b c', header=True)), repr(binascii.a2b_qp('a_b=20c', header=True))
print repr(binascii.a2b_qp('soft=\nbreak=\r\nhere =3d =3D =zz ==x =')), repr(binascii.a2b_qp(''))

for chunk in ('', 'a', 'ab', 'abc', 'uu data', '\x00\xff' * 22 + 'x'):
    line = binascii.b2a_uu(chunk)
    print repr(line), binascii.a2b_uu(line) == chunk
print repr(binascii.a2b_uu('')), repr(binascii.a2b_uu('#86)C')), repr(binascii.a2b_uu('#86)C``\n'))
attempt('uu long', binascii.b2a_uu, 'x' * 46)
attempt('uu illegal', binascii.a2b_uu, '#8\x016)C\n')
attempt('uu trailing', binascii.a2b_uu, '!    x')

data = ''.join(chr(i) for i in range(0, 256, 7))
hqx = binascii.b2a_hqx(data)
print repr(hqx)
print binascii.a2b_hqx(hqx + ':') == (data, 1), repr(binascii.a2b_hqx(hqx[:8])), repr(binascii.a2b_hqx('\n!!\r!!:zzz'))
attempt('hqx illegal', binascii.a2b_hqx, 'ab cd')
attempt('hqx incomplete', binascii.a2b_hqx, 'abc')
rle = binascii.rlecode_hqx('aaaaaaa\x90bbbc' + 'd' * 300)
print repr(rle), binascii.rledecode_hqx(rle) == 'aaaaaaa\x90bbbc' + 'd' * 300
attempt('rle orphan', binascii.rledecode_hqx, '\x90\x03')
attempt('rle cut', binascii.rledecode_hqx, 'ab\x90')
print repr(binascii.rledecode_hqx('')), repr(binascii.rledecode_hqx('\x90\x00'))

print binascii.crc_hqx('123456789', 0xffff), binascii.crc_hqx('', 70000), binascii.crc_hqx('abc', -1)
print binascii.crc32('hello'), binascii.crc32('hello', 1), binascii.crc32(''), binascii.crc32('x', -1)
print binascii.hexlify('\x00\x7f\xff'), binascii.b2a_hex(bytearray('hi')), binascii.b2a_hex(buffer('buf'))
print repr(binascii.unhexlify('DeadBeef')), repr(binascii.a2b_hex(u'4142'))
attempt('hex odd', binascii.unhexlify, 'abc')
attempt('hex digit', binascii.unhexlify, 'zz')
print repr(binascii.b2a_base64('\x00\x01\x02 base64')), repr(binascii.a2b_base64('AAEC IGJh\nc2U2NA=='))
attempt('b64 pad', binascii.a2b_base64, 'YWJj\nZ')
attempt('type', binascii.b2a_uu, 5)
attempt('type qp', binascii.a2b_qp, None)
attempt('qp args', binascii.b2a_qp, 'a', 1, 0, 1, 5)
attempt('qp kw', binascii.b2a_qp, 'a', quotetab=1)
attempt('unicode', binascii.b2a_hex, u'\xe9')
attempt('crc arg', binascii.crc_hqx, 'a', 'b')
print issubclass(binascii.Error, Exception), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__
try:
    binascii.a2b_hqx('abc')
except binascii.Incomplete as e:
    print 'Incomplete caught', e.args
