# struct.pack / Struct.pack / unpack in a loop (STRUCT_BENCH_N rounds). Runs unchanged on
# CPython 2.7, python3 and py2cs.
import os
import struct

n = int(os.environ.get("STRUCT_BENCH_N", "1000000"))
record = struct.Struct("<IhQd")
total = 0
for i in range(n):
    packed = struct.pack("<IHd", i, i & 0xffff, i * 0.5)
    total += len(packed)
    again = record.pack(i, -(i & 0x7fff), i * 3, 1.5)
    total += record.unpack(again)[0] & 7
    total += struct.unpack(">i", struct.pack(">i", -i))[0] & 1
print("bytes %d" % total)
