# zlib's streaming compressor: flush modes, repeated flushes (Z_BUF_ERROR ignored), errors after
# the stream ended (zlib's sticky message), invalid options, copy(), and compress() at every level.
import zlib
c = zlib.compressobj()
print repr(c.compress(''))
print repr(c.compress('abc'))
print repr(c.flush(zlib.Z_SYNC_FLUSH))
print repr(c.flush(zlib.Z_SYNC_FLUSH))
print repr(c.flush(zlib.Z_FULL_FLUSH))
print repr(c.flush(1))
print repr(c.flush(5))
for m in (6, -1, 7):
    try: print repr(c.flush(m))
    except Exception as e: print type(e).__name__, e
print repr(c.flush())
for op in (lambda: c.compress('x'), lambda: c.flush(), lambda: c.flush(2), lambda: c.copy()):
    try: print repr(op())
    except Exception as e: print type(e).__name__, e
for args in [(0,), (10,), (-2,), (6, 7), (6, 8, 8), (6,8,-8), (6,8,7), (6,8,16+8), (6,8,31,0), (6,8,15,10), (6,8,15,9,5), (6,8,15,9,4), (6,8,-15,1,3)]:
    try:
        c = zlib.compressobj(*args)
        print args, repr(c.compress('hello hello hello hello') + c.flush())
    except Exception as e: print args, type(e).__name__, e
for lvl in range(-1, 10):
    print lvl, repr(zlib.compress('hello hello hello hello', lvl))
try: zlib.compress('x', 10)
except Exception as e: print type(e).__name__, e
