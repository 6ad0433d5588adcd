# struct with formats given as str, unicode and repeated objects; more formats than the layout cache
# keeps; Struct objects, their pack/unpack and errors; pack's argument errors; unpack of str,
# buffer and bytearray. Exercises the cached-layout paths of struct.
import struct

print(struct.pack("<IHd", 1, 2, 0.5).encode("hex"))
print(struct.pack(u"<IHd", 1, 2, 0.5).encode("hex"))
fmt = ">i"
for i in range(3):
    print(struct.unpack(fmt, struct.pack(fmt, -i)))
sizes = []
for n in range(1, 260):
    f = "<%dB" % n
    sizes.append(struct.calcsize(f))
    packed = struct.pack(f, *range(n % 256) + [0] * (n - n % 256))
    assert struct.unpack(f, packed)[:3] == tuple(range(min(3, n % 256))) + (0,) * (min(3, n) - min(3, n % 256))
print(sum(sizes), sizes[:5], sizes[-1])
for n in (1, 2, 3):
    print(struct.pack("%dh" % n, *range(n)).encode("hex"))

s = struct.Struct("<IhQd")
print(s.format, s.size)
again = s.pack(7, -3, 2 ** 40, 1.5)
print(again.encode("hex"), s.unpack(again))
print(s.unpack(buffer(again)), s.unpack_from(bytearray(b"xx" + again), 2))
print(struct.unpack("<h", buffer("\x01\x02")), struct.unpack_from("<h", "\x00\x01\x02", 1))


def error(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))


error(struct.pack)
error(struct.pack, fmt="i")
error(struct.pack, "i", 1, x=2)
error(s.pack, 1, 2, 3, 4.0, x=2)
error(struct.pack, "i")
error(struct.pack, "i", 1, 2)
error(struct.pack, "i", "x")
error(struct.pack, "b", 200)
error(struct.pack, "zz", 1)
error(struct.pack, 5, 1)
error(struct.unpack, "i", "abc")
error(struct.unpack, "i", 5)
error(struct.unpack, "", 5)
error(struct.unpack_from, "i", 5)
error(s.unpack_from, 5)
error(s.pack, 1, 2, 3)
error(s.pack, 1, 2, 3, "x")
error(s.unpack, "short")
error(struct.Struct, "q", 1)
error(struct.Struct, 3)
u = struct.Struct(u"<2s")
print(repr(u.format), u.pack("ab"), u.unpack("cd"))
