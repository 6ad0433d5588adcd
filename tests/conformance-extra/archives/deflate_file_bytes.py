# gzip and zipfile write the same compressed bytes as CPython 2.7 (its zlib 1.2.13).
import gzip, zipfile, tarfile, hashlib, os, zlib, StringIO
data = ''.join('line %d of the report, value=%r\n' % (i, i * 7.5) for i in range(20000))
f = gzip.GzipFile('a.gz', 'wb', 9, mtime=1234567)
f.write(data[:50000]); f.flush(); f.write(data[50000:]); f.close()
print 'gz', hashlib.md5(open('a.gz', 'rb').read()).hexdigest()
for lvl in (1, 6):
    s = StringIO.StringIO()
    g = gzip.GzipFile(fileobj=s, mode='wb', compresslevel=lvl, mtime=99)
    g.write(data); g.close()
    print 'gz', lvl, len(s.getvalue()), hashlib.md5(s.getvalue()).hexdigest()
z = zipfile.ZipFile('a.zip', 'w', zipfile.ZIP_DEFLATED)
info = zipfile.ZipInfo('r.txt', (2020, 1, 2, 3, 4, 6))
info.compress_type = zipfile.ZIP_DEFLATED
z.writestr(info, data)
z.close()
zi = zipfile.ZipFile('a.zip').getinfo('r.txt')
print 'zip', zi.compress_size, hashlib.md5(zipfile.ZipFile('a.zip').open('r.txt').read()).hexdigest()
raw = open('a.zip', 'rb').read()
print 'zip bytes', hashlib.md5(raw).hexdigest()
print zlib.ZLIB_VERSION
