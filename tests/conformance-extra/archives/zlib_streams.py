# zlib.compressobj/decompressobj: streaming round trips at every level and format (content compared,
# since .NET's deflate bytes differ from zlib's), and on streams python2.7 made: unused_data,
# unconsumed_tail with max_length, flush, wbits for raw/zlib/gzip, error messages
import zlib
ZLIB = '78da6dd5b96d43310044c1dc55a804de473b02e4c880005bfdc305cca61b0d3ff8f9cae3f9fe7c7e5e7f8ff7f7e3f97afd7e5596c6d25906cb64592c9be5b05c85c54975955d7557e15579955eb557f1557d53dfc23757dfd437f54d7d53dfd437f54d7d57dfd5f77065d477f55d7d57dfd577f55dfd503fd40ff523dc78f543fd503fd40ff543fd543fd54ff553fd0c3facfaa97eaa9feaa7faa57ea95fea97faa57e85f746fd52bfd42ff55bfd56bfd56ff55bfd56bfc373a97eabdfea8ffaa3fea83fea8ffaa3fea83fe1b5577fd45ff557fd557fd55ff557fd557fd5df10ab54ab90ab127a5542b04a285609c92aa1592544ab846a9590ad12ce11b31bce91c29bca9bd29bda9be29bea9bf21bfafb0faa15f12b'.decode('hex')
RAW = '6dd5b96d43310044c1dc55a804de473b02e4c880005bfdc305cca61b0d3ff8f9cae3f9fe7c7e5e7f8ff7f7e3f97afd7e5596c6d25906cb64592c9be5b05c85c54975955d7557e15579955eb557f1557d53dfc23757dfd437f54d7d53dfd437f54d7d57dfd5f77065d477f55d7d57dfd577f55dfd503fd40ff523dc78f543fd503fd40ff543fd543fd54ff553fd0c3facfaa97eaa9feaa7faa57ea95fea97faa57e85f746fd52bfd42ff55bfd56bfd56ff55bfd56bfc373a97eabdfea8ffaa3fea83fea8ffaa3fea83fe1b5577fd45ff557fd557fd55ff557fd557fd5df10ab54ab90ab127a5542b04a285609c92aa1592544ab846a9590ad12ce11b31bce91c29bca9bd29bda9be29bea9bf21bfafb0f'.decode('hex')
GZ = '1f8b08000700000002ff6dd5b96d43310044c1dc55a804de473b02e4c880005bfdc305cca61b0d3ff8f9cae3f9fe7c7e5e7f8ff7f7e3f97afd7e5596c6d25906cb64592c9be5b05c85c54975955d7557e15579955eb557f1557d53dfc23757dfd437f54d7d53dfd437f54d7d57dfd5f77065d477f55d7d57dfd577f55dfd503fd40ff523dc78f543fd503fd40ff543fd543fd54ff553fd0c3facfaa97eaa9feaa7faa57ea95fea97faa57e85f746fd52bfd42ff55bfd56bfd56ff55bfd56bfc373a97eabdfea8ffaa3fea83fea8ffaa3fea83fe1b5577fd45ff557fd557fd55ff557fd557fd5df10ab54ab90ab127a5542b04a285609c92aa1592544ab846a9590ad12ce11b31bce91c29bca9bd29bda9be29bea9bf21bfafb0f9a5b12ccf2080000'.decode('hex')
text = "".join("%d bottles of beer\n" % i for i in range(120))

for wbits in (-15, 15, 31):
    for level in (0, 1, 6, 9, -1):
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        parts = [c.compress(text[:1000]), c.compress(text[1000:]), c.flush(zlib.Z_SYNC_FLUSH), c.compress("tail"), c.flush()]
        data = "".join(parts)
        d = zlib.decompressobj(wbits)
        out = d.decompress(data[:50]) + d.decompress(data[50:]) + d.flush()
        print wbits, level, out == text + "tail", repr(d.unused_data), repr(d.unconsumed_tail)
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    empty = c.flush()
    print "empty stream", wbits, repr(zlib.decompressobj(wbits).decompress(empty))
c = zlib.compressobj()
print "zlib.decompress of a compressobj stream:", zlib.decompress(c.compress(text) + c.flush()) == text

d = zlib.decompressobj()
out = d.decompress(ZLIB + "GARBAGE")
print "unused_data:", out == text, repr(d.unused_data), repr(d.unconsumed_tail)
print "after end:", repr(d.decompress("MORE")), repr(d.unused_data)
d = zlib.decompressobj()
chunks = []
data = ZLIB
while True:
    chunk = d.decompress(data, 100)
    if not chunk:
        break
    chunks.append(chunk)
    data = d.unconsumed_tail
print "max_length chunks:", len(chunks), max(len(c) for c in chunks), "".join(chunks) == text
d = zlib.decompressobj()
first = d.decompress(ZLIB, 10)
print "flush takes the tail:", repr(first), len(d.unconsumed_tail) > 0, first + d.flush() == text
d = zlib.decompressobj(-15)
print "raw:", d.decompress(RAW) == text, repr(d.unused_data)
d = zlib.decompressobj(31)
print "gzip:", d.decompress(GZ + "xyz") == text, repr(d.unused_data)
d = zlib.decompressobj(47)
print "auto gzip:", d.decompress(GZ) == text
d = zlib.decompressobj(47)
print "auto zlib:", d.decompress(ZLIB) == text
d = zlib.decompressobj()
piecewise = "".join(d.decompress(ZLIB[i:i + 7]) for i in range(0, len(ZLIB), 7))
print "7-byte pieces:", piecewise == text, repr(d.unused_data)
for bad, wbits in (("not zlib data", 15), (ZLIB[:-4] + "\0\0\0\0", 15), ("\x78\x9c\xff\xff", 15), (GZ[:-8] + "\0" * 8, 31)):
    try:
        zlib.decompressobj(wbits).decompress(bad)
        print "no error"
    except zlib.error as e:
        print "zlib.error:", e
try:
    zlib.decompressobj().decompress(ZLIB, -1)
except ValueError as e:
    print "ValueError:", e
for args in ((10,), (5, 7)):
    try:
        zlib.compressobj(*args)
    except ValueError as e:
        print "ValueError:", e
d = zlib.decompressobj()
half = d.decompress(ZLIB[:len(ZLIB) // 2])
print "truncated:", len(half) > 0, text.startswith(half), repr(d.unused_data)
