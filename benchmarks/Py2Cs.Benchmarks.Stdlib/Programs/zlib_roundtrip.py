# zlib and gzip: about 8 MB of log-like text compressed at levels 1, 6 and 9 in one call, streamed
# through compressobj in 64 KiB chunks, written to a .gz file and read back. Prints md5 digests of the
# compressed bytes, so equal output means byte-identical deflate streams (zlib 1.2.13 on both sides).
# Runs unchanged on Python 2.7 and Python 3.
from __future__ import print_function
import gzip
import hashlib
import zlib

lines = []
for i in range(160000):
    lines.append('2026-11-21 12:%02d:%02d host%03d GET /api/v1/items/%d status=%d bytes=%d\n'
                 % (i // 60 % 60, i % 60, i % 97, i * 7919 % 100000, 200 + (i % 7 == 0) * 304, i * 31 % 65536))
data = ''.join(lines).encode('ascii')
print('input bytes', len(data))

for level in (1, 6, 9):
    packed = zlib.compress(data, level)
    assert zlib.decompress(packed) == data
    print('level', level, len(packed), hashlib.md5(packed).hexdigest())

c = zlib.compressobj(6)
chunks = [c.compress(data[i:i + 65536]) for i in range(0, len(data), 65536)]
chunks.append(c.flush())
streamed = b''.join(chunks)
print('streamed', len(streamed), hashlib.md5(streamed).hexdigest())

f = gzip.GzipFile('report.gz', 'wb', 6, mtime=0)
f.write(data)
f.close()
with open('report.gz', 'rb') as f:
    raw = f.read()
# the deflate body after the header (Python 3's gzip writes other XFL/OS header bytes)
print('gzip body', hashlib.md5(raw[raw.index(b'\0', 10) + 1:]).hexdigest())
f = gzip.GzipFile('report.gz', 'rb')
assert f.read() == data
f.close()
