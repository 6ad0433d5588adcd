# hashlib, binascii, base64 and zlib (Python 2.7 library reference examples and edge cases).
import hashlib, binascii, base64, zlib

m = hashlib.md5()
m.update("Nobody inspects")
m.update(" the spammish repetition")
print m.hexdigest(), repr(m.digest()), m.digest_size, m.block_size, m.name
print hashlib.sha224("Nobody inspects the spammish repetition").hexdigest()
for name in hashlib.algorithms:
    h = hashlib.new(name, 'abc')
    c = h.copy()
    c.update('def')
    print name, h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size
for data in ['', 'a', 'x' * 55, 'x' * 56, 'x' * 64, 'x' * 1000]:
    print len(data), hashlib.sha224(data).hexdigest(), hashlib.sha1(data).hexdigest()
print hashlib.new('SHA256', u'abc').hexdigest() == hashlib.sha256('abc').hexdigest()
print binascii.hexlify(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000))
try:
    hashlib.new('nope')
except ValueError as e:
    print 'ValueError', e
print sorted(hashlib.algorithms)

print binascii.hexlify('\x00\xffabc'), binascii.unhexlify('00ff616263'), binascii.b2a_hex('Z'), binascii.a2b_hex('5A5a')
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except TypeError as e:
        print 'TypeError', e
print repr(binascii.b2a_base64('hello world')), repr(binascii.a2b_base64('aGVsbG8gd29ybGQ=\n'))
print repr(binascii.a2b_base64('aGVs bG8=')), repr(binascii.a2b_base64('YQ==')), repr(binascii.a2b_base64('YWI='))
for bad in ['aGVsbG8', 'a', 'YQ=']:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print 'Error', e
for data in ['', 'hello', 'The quick brown fox jumps over the lazy dog', '\xff' * 100]:
    print binascii.crc32(data), binascii.crc32(data, 12345), zlib.crc32(data), zlib.adler32(data), zlib.adler32(data, 7), binascii.crc_hqx(data, 0)
print binascii.crc32('world', binascii.crc32('hello ')) == binascii.crc32('hello world')

print base64.b64encode('\x00\x01\x02abc\xff\xfe'), base64.b64decode('AAECYWJj//4=')
print base64.urlsafe_b64encode('\xfb\xff\xbf'), base64.b64encode('\xfb\xff\xbf'), base64.b64encode('\xfb\xff', '-_')
print repr(base64.urlsafe_b64decode('-_-_')), repr(base64.b64decode('-_-_', '-_'))
try:
    base64.b64decode('abc')
except TypeError as e:
    print 'TypeError', e
for data in ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']:
    e32 = base64.b32encode(data)
    print repr(data), base64.b64encode(data), e32, base64.b32decode(e32) == data, base64.b16encode(data), base64.b16decode(base64.b16encode(data)) == data
print base64.b32decode('mzxw6===', casefold=True), base64.b16decode('666f6f', casefold=True)
for bad in [lambda: base64.b32decode('MZXW6'), lambda: base64.b32decode('MZXW6!=='), lambda: base64.b16decode('zz')]:
    try:
        bad()
    except TypeError as e:
        print 'TypeError', e
print repr(base64.encodestring('x' * 100)), repr(base64.decodestring(base64.encodestring('x' * 100)))
print base64.standard_b64encode('abc'), base64.standard_b64decode('YWJj')

text = 'hello hello hello hello zlib ' * 20
c = zlib.compress(text)
print len(text), zlib.decompress(c) == text, zlib.decompress(zlib.compress(text, 9)) == text, zlib.decompress(zlib.compress('')) == ''
print repr(zlib.compress('')), repr(zlib.compress('a')), repr(zlib.compress('abcabcabc', 1))
try:
    zlib.decompress('not compressed data')
except zlib.error as e:
    print 'error', e
print zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION
