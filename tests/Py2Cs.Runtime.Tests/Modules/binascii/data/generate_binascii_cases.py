# Records binascii results from CPython 2.7.18: one case per line, tab-separated:
#   function <tab> flags <tab> input hex <tab> outcome
# outcome is "=" + result hex (a2b_hqx: result hex + "," + done; crc32/crc_hqx: the number), or "!" + ExceptionType: message.
# usage: python2.7 generate_binascii_cases.py > binascii_cases.txt
import binascii, random

random.seed(2718)
out = []

def record(name, data, *flags):
    f = getattr(binascii, name)
    try:
        r = f(data, *flags)
        if isinstance(r, (int, long)):
            text = '=' + str(r)
        elif isinstance(r, tuple):
            text = '=' + r[0].encode('hex') + ',' + str(r[1])
        else:
            text = '=' + r.encode('hex')
    except Exception as e:
        text = '!' + type(e).__name__ + ': ' + str(e)
    out.append('\t'.join([name, ','.join(str(x) for x in flags), data.encode('hex'), text]))

def rand_bytes(n, alphabet=None):
    if alphabet is None:
        return ''.join(chr(random.randrange(256)) for _ in range(n))
    return ''.join(random.choice(alphabet) for _ in range(n))

texty = 'abc xyz=._\t\r\n \x00\x7f\x80\xff.\t '
for i in range(400):
    d = rand_bytes(random.randrange(0, 200), texty if i % 2 else None)
    flags = (random.randrange(2), random.randrange(2), random.randrange(2))
    record('b2a_qp', d, *flags)
for d in ['', '.', '.\n', 'a.\n.\nb', ' ', 'a \nb\t\n', 'x' * 75, 'x' * 76, 'x' * 77, 'x' * 74 + '\n', 'x' * 300, 'a\r\nb \r\nc', 'a\nb\r\n', '=' * 40, '_ _']:
    for flags in [(0, 1, 0), (1, 1, 0), (0, 0, 0), (0, 1, 1), (1, 0, 1)]:
        record('b2a_qp', d, *flags)

qp_alphabet = '=ABCDEFabcdef0123456789xyz_\r\n \t'
for i in range(300):
    d = rand_bytes(random.randrange(0, 80), qp_alphabet)
    record('a2b_qp', d, random.randrange(2))
for d in ['=', '=4', '=41', '==', '=\n', '=\r\nx', '=\rx\ny', '=g1', 'a=\r', '_=5F_']:
    record('a2b_qp', d, 0)
    record('a2b_qp', d, 1)

for i in range(200):
    record('b2a_uu', rand_bytes(random.randrange(0, 48)))
for i in range(200):
    enc = binascii.b2a_uu(rand_bytes(random.randrange(0, 46)))
    if i % 3 == 1:
        enc = enc.rstrip('\n ')
    elif i % 3 == 2:
        k = random.randrange(len(enc))
        enc = enc[:k] + chr(random.randrange(256)) + enc[k + 1:]
    record('a2b_uu', enc)
for d in ['', ' ', '!', '!!', '"\n', '#86)C``\n', '#86)C  x', '`', 'a', '!\x1f', '$\n\r  ']:
    record('a2b_uu', d)

for i in range(150):
    record('b2a_hqx', rand_bytes(random.randrange(0, 40)))
hqx_alphabet = '!"#$%&\'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr'
for i in range(150):
    d = rand_bytes(random.randrange(0, 40), hqx_alphabet + '\n\r')
    if i % 4 == 1:
        d += ':' + rand_bytes(3)
    elif i % 4 == 2:
        k = random.randrange(len(d) + 1)
        d = d[:k] + random.choice(' .7ghinos\x00\xff') + d[k:]
    record('a2b_hqx', d)
for c in range(256):
    record('a2b_hqx', chr(c) * 4)

run_alphabet = 'aab\x90\x00'
for i in range(150):
    d = rand_bytes(random.randrange(0, 60), run_alphabet)
    if i % 5 == 0:
        d += 'z' * random.randrange(250, 600)
    record('rlecode_hqx', d)
for i in range(150):
    d = rand_bytes(random.randrange(0, 30), 'ab\x90\x00\x03\xff')
    record('rledecode_hqx', d)
for d in ['', '\x90', '\x90\x00', '\x90\x05', 'a\x90', 'a\x90\x00', 'a\x90\x05', 'a\x90\x01', 'a\x90\x00\x90\x04']:
    record('rledecode_hqx', d)

for i in range(100):
    d = rand_bytes(random.randrange(0, 50))
    record('crc_hqx', d, random.choice([0, 1, 0xffff, 0x1234, -1, 65536, 12345678]))
    record('crc32', d, random.choice([0, 1, 0xffffffff, -1, 2 ** 32 + 5, -2 ** 31]))
for i in range(80):
    d = rand_bytes(random.randrange(0, 40), '0123456789abcdefABCDEFgx ')
    record('a2b_hex', d)
    record('b2a_hex', rand_bytes(random.randrange(0, 20)))
for i in range(120):
    d = rand_bytes(random.randrange(0, 40), 'ABCabc+/=\n xyz019!')
    record('a2b_base64', d)
    record('b2a_base64', rand_bytes(random.randrange(0, 60)))

print '\n'.join(out)
