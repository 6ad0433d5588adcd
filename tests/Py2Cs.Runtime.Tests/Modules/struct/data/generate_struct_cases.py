# Records CPython 2.7's struct results as test data for the runtime's struct codec.
# Run once with python2.7 from this folder:  python2.7 generate_struct_cases.py > struct_cases.txt
# Lines are tab-separated:
#   calcsize <fmt> <size | !Type: message>
#   pack <fmt> <value>... => <hex | !Type: message>
#   unpack <fmt> <hex> => <value>... | !Type: message
# Values: i:<decimal> f:<repr> s:<hex> b:<0|1>
import struct, random, binascii

def enc(v):
    if isinstance(v, bool): return 'b:%d' % v
    if isinstance(v, (int, long)): return 'i:%d' % v
    if isinstance(v, float): return 'f:%r' % v
    return 's:' + binascii.hexlify(v)

def outcome(f, show):
    try:
        return show(f())
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

random.seed(7)
lines = []
FORMATS = ['x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'P', 's', 'p', 'e', 'y']
for order in ['', '@', '=', '<', '>', '!']:
    for code in FORMATS:
        for fmt in [code, '2' + code, 'c' + code, 'bhc' + code, code + 'i', '0' + code, ' 3 ' + code]:
            lines.append('calcsize\t%s\t%s' % (order + fmt, outcome(lambda: struct.calcsize(order + fmt), str)))
for fmt in ['', '5', 'i i', '99999999999999999999i', '4294967296i', 'iii0q', '3x2i', 'ci', 'c0l', 'i<', '5s3p', 'lhcq']:
    lines.append('calcsize\t%s\t%s' % (fmt, outcome(lambda: struct.calcsize(fmt), str)))

INTS = [0, 1, -1, 127, 128, -128, -129, 255, 256, 300, 32767, 32768, -32768, -32769, 65535, 65536, 70000,
        2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63, -2 ** 63,
        -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 2 ** 70, -2 ** 70]
INTS += [random.randint(-2 ** 64, 2 ** 64) for _ in range(20)]
FLOATS = [0.0, -0.0, 1.0, 1.5, -2.25, 3.4028234663852886e+38, 3.5e38, 1e300, 1e-310, 1e-45, 0.1,
          float('inf'), float('-inf'), float('nan')]
STRINGS = ['', 'a', 'ab', 'hello world', '\x00\xff', 'x' * 300]
for order in ['', '<', '>', '!', '=']:
    for code in 'bBhHiIlLqQP':
        for v in INTS:
            fmt = order + code
            lines.append('pack\t%s\t%s\t=>\t%s' % (fmt, enc(v), outcome(lambda: struct.pack(fmt, v), binascii.hexlify)))
    for code in 'fd':
        for v in FLOATS:
            fmt = order + code
            lines.append('pack\t%s\t%s\t=>\t%s' % (fmt, enc(v), outcome(lambda: struct.pack(fmt, v), binascii.hexlify)))
    for code in ['s', '3s', '0s', 'p', '5p', '0p', '300p', 'c']:
        for v in STRINGS:
            fmt = order + code
            lines.append('pack\t%s\t%s\t=>\t%s' % (fmt, enc(v), outcome(lambda: struct.pack(fmt, v), binascii.hexlify)))
    for v in [True, False]:
        lines.append('pack\t%s\t%s\t=>\t%s' % (order + '?', enc(v), outcome(lambda: struct.pack(order + '?', v), binascii.hexlify)))
    mixed = [('bhiq', [1, -2, 3, -4]), ('cxhxxi', ['z', 5, 6]), ('2h3s?d', [7, 8, 'abc', True, 2.5]), ('ll', [1, 2])]
    for fmt, vals in mixed:
        lines.append('pack\t%s\t%s\t=>\t%s' % (order + fmt, '\t'.join(enc(v) for v in vals), outcome(lambda: struct.pack(order + fmt, *vals), binascii.hexlify)))

RAW = ['', '\x00' * 8, '\xff' * 8, '\x01\x02\x03\x04\x05\x06\x07\x08', '\x80' + '\x00' * 7, '\x00' * 7 + '\x80',
       '\x03abcdefg', '\x09abcdefg', '\x00\x00\x80\x7f\x00\x00\xc0\xff']
for order in ['', '<', '>']:
    for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'P', 'f', 'd', '?', 'c', '2c', '3s', '4p', '8s', 'ii', 'hhi', 'ff', '2H', 'bBhH']:
        for raw in RAW:
            f = order + fmt
            lines.append('unpack\t%s\t%s\t=>\t%s' % (f, binascii.hexlify(raw), outcome(lambda: struct.unpack(f, raw), lambda t: '\t'.join(enc(v) for v in t))))
print '\n'.join(lines)
