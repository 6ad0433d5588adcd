# BigEndianStructure: fields stored most significant byte first, bit fields counted from the top,
# LittleEndianStructure is Structure on a little-endian machine.
from ctypes import *

class Header(BigEndianStructure):
    _fields_ = [('magic', c_uint), ('version', c_ushort), ('flags', c_ubyte), ('pad', c_ubyte),
                ('length', c_long), ('ratio', c_double), ('tag', c_char * 4)]
h = Header(0xCAFEBABE, 2, 1, 0, -2, 1.5, 'ab')
print sizeof(Header), alignment(Header), Header.magic, Header.length
print string_at(addressof(h), sizeof(h)).encode('hex')
print hex(h.magic), h.version, h.flags, h.length, h.ratio, repr(h.tag)
h.version = 0x0102
print string_at(addressof(h), 8).encode('hex')
copy = Header.from_buffer_copy('\x00\x00\x00\x07\x01\x00\x02\x00' + '\xff' * 8 + '\x3f\xf0' + '\x00' * 6 + 'xyzw' + '\x00' * 4)
print copy.magic, copy.version, copy.flags, copy.length, copy.ratio, copy.tag

class Bits(BigEndianStructure):
    _fields_ = [('hi', c_ushort, 4), ('mid', c_ushort, 8), ('lo', c_ushort, 4)]
b = Bits(0xA, 0xBC, 0xD)
print Bits.hi, Bits.mid, Bits.lo, string_at(addressof(b), 2).encode('hex'), b.hi, b.mid, b.lo

class Little(LittleEndianStructure):
    _fields_ = [('v', c_uint)]
print LittleEndianStructure is Structure, string_at(addressof(Little(0x01020304)), 4).encode('hex')
print BigEndianStructure, BigEndianStructure.__bases__
