# Records CPython 2.7's formatting results as test data for the runtime's Formatting layer.
# Run once with python2.7 from this folder:  python2.7 generate_format_cases.py
# Each output line is tab-separated; every text field is unicode_escape-encoded so it stays on one
# line. A result starting with "!" is the exception raised: "!ValueError: message".
import random

def esc(u):
    if isinstance(u, str):
        u = u.decode('latin-1')
    return u.encode('unicode_escape')

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, esc(unicode(e)))
    return esc(r)

INTS = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1000, 1234567, -9876543, 2 ** 31, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, -2 ** 70, 10 ** 20 + 7]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.25, 2.675, 1.0 / 3, 2.0 / 3, 3.14159, -3.14159,
          12345.678, 123456.789, 1e16, 1e15, 1e17, 1e-4, 1e-5, 0.000123, 1e100, -1e-100, 5e-324,
          1.7976931348623157e308, 9.999999, 0.999, 99.5, 1234567.891, float('inf'), float('-inf'),
          float('nan'), 100.0, 1e22, 123456789012.0]
TEXTS = ['', 'a', 'ab', 'hello', 'toolongtext']
SPECS = ['', 'd', '5d', '<8', '>8', '^9', '*^9', '-<6', '#>4', '=+8', '=8', '+', '-', ' ', '08', '010', '05d',
         '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b', 'c', 'n', ',', ',d', '010,', '04,', '015,.2f', '15,',
         '.2f', '.0f', '.1f', 'f', 'F', 'e', '.3e', 'E', '.0e', 'g', '.3g', 'G', '.1g', '%', '.1%', '.0%',
         '.10', '.3', '10.4', '10', '#', '#f', '.2d', 'z', 's', '10s', '.2s', '20.15g', '.17g', '.20f',
         '0=12.3f', '+.2e', ' .1f', '+010.3f', '<10.1f', '^12.2e', 'x<10', '0<5', ',.2f', '.', 'ss',
         '0>10', '+#x', '#08x', '-#o', '=10d', ',x', ',c', '+c', '.5n', ',g', '020', ',e', '-^11,']

def main():
    out = open('format_spec_cases.txt', 'w')
    for v in INTS:
        for spec in SPECS:
            kind = 'long' if isinstance(v, long) else 'int'
            out.write('%s\t%s\t%s\t%s\n' % (kind, v, esc(spec), outcome(lambda: format(v, spec))))
    for v in FLOATS:
        for spec in SPECS:
            out.write('float\t%r\t%s\t%s\n' % (v, esc(spec), outcome(lambda: format(v, spec))))
    for v in TEXTS:
        for spec in SPECS:
            out.write('str\t%s\t%s\t%s\n' % (esc(v), esc(spec), outcome(lambda: format(v, spec))))
            u = unicode(v)
            out.write('unicode\t%s\t%s\t%s\n' % (esc(u), esc(spec), outcome(lambda: format(u, unicode(spec)))))
    out.close()

    # Floats: repr, str and the printf conversions at many precisions.
    rnd = random.Random(2718)
    values = list(FLOATS)
    for i in range(300):
        mag = rnd.randint(-30, 30)
        values.append(rnd.uniform(-1, 1) * 10 ** mag)
    for i in range(100):
        # Values with few digits, so ties and rounding at the last kept digit are common.
        values.append(rnd.randint(-100000, 100000) / 10.0 ** rnd.randint(0, 6))
    for i in range(50):
        values.append(rnd.randint(1, 999) / 8.0)
    out = open('float_cases.txt', 'w')
    for v in values:
        fields = [repr(v), str(v)]
        for conv in 'efgEG':
            for prec in (0, 1, 2, 3, 5, 10, 17):
                fields.append(('%.' + str(prec) + conv) % v)
        fields.append('%#.3g' % v)
        fields.append('%#.0f' % v)
        fields.append('%#.0e' % v)
        fields.append('%f' % v)
        out.write('\t'.join(fields) + '\n')
    out.close()

main()
