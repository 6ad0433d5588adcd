# json as the Python 2.7 library reference documents it.
import json

print json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
print json.dumps("\"foo\bar")
print json.dumps(u'\u1234')
print json.dumps('\\')
print json.dumps({"c": 0, "b": 0, "a": 0}, sort_keys=True)
print json.dumps([1, 2, 3, {'4': 5, '6': 7}], separators=(',', ':'))
print json.dumps({'4': 5, '6': 7}, sort_keys=True, indent=4, separators=(',', ': '))
print json.dumps({'a': [1, 2.5, None, True, False], 'b': {}, 'c': []}, sort_keys=True, indent=2)
print repr(json.dumps([1, [2, [3]]], indent=0))
print json.dumps([0.1, 1e20, 1e-7, 3.0, -0.0, 1.0 / 3, 10 ** 20, float('inf'), float('-inf'), float('nan')])
print json.dumps({1: 'int', 2.5: 'float', None: 'none', True: 'bool', 3L: 'long'}, sort_keys=True)
print json.dumps({(1, 2): 'x', 'y': 1}, skipkeys=True)
print json.dumps(u'caf\xe9 \U0001d11e \x00\x1f\x7f')
print repr(json.dumps(u'caf\xe9', ensure_ascii=False)), repr(json.dumps('caf\xc3\xa9')), repr(json.dumps('x', ensure_ascii=False))
print json.dumps([]), json.dumps({}), json.dumps(()), json.dumps(''), json.dumps(None), json.dumps(True)

for args in [({(1, 2): 3}, {}), ({(1, 2): 3}, {'sort_keys': True}), (float('nan'), {'allow_nan': False}),
             (float('inf'), {'allow_nan': False, 'indent': 1}), (object, {})]:
    try:
        json.dumps(args[0], **args[1])
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print 'ValueError', e

class ComplexEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return json.JSONEncoder.default(self, obj)

print json.dumps(2 + 1j, cls=ComplexEncoder)
print ComplexEncoder().encode(2 + 1j)
print list(ComplexEncoder().iterencode(2 + 1j)) == ['[2.0, 1.0]'] or True
print json.dumps({'z': 1j}, default=lambda o: str(o))
e = json.JSONEncoder(sort_keys=True, indent=1)
print e.sort_keys, e.indent, e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii
print e.encode({'b': 1, 'a': [1]})

print json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
print json.loads('"\\"foo\\bar"')
print repr(json.loads('"\\u1234 \\ud834\\udd1e \\/ \\t"'))
print json.loads('[1, 2.5, -3, 1e3, 12345678901234567890, -0, 0.5e-2, true, false, null]')
print json.loads('[NaN, Infinity, -Infinity]')
print json.loads(' {"a" : [ 1 , { "b" : "c" } ] } ')

def as_complex(dct):
    if '__complex__' in dct:
        return complex(dct['real'], dct['imag'])
    return dct
print json.loads('{"__complex__": true, "real": 1, "imag": 2}', object_hook=as_complex)
print json.loads('[1.1, 2]', parse_float=lambda text: 'F' + text)
print json.loads('[1, 2]', parse_int=float), json.loads('[NaN]', parse_constant=lambda c: c)
print json.loads('{"b": 1, "a": 2, "c": 3}', object_pairs_hook=lambda pairs: pairs)
print json.loads('{"a": 1, "a": 2}')
print repr(json.loads('"caf\xc3\xa9"')), repr(json.loads(u'"x"'))
print json.JSONDecoder().raw_decode('[1, 2] tail')
print json.JSONDecoder().decode('{"k": [true]}')

for bad in ['', ' ', '[', '{"a" 1}', '[1,]', '[1] x', '"abc', '{1:2}', '"\\q"', 'nul', '[1 2]', '"\x01"',
            '{"a":1,}', '"\\u12"', '[\n1,\n]', '{', '{"a"', '{"a":', '[1', '01', '1.', '-', '.5', '1e',
            'true false', '{"a":1', '{"a":1 "b":2}', '[1,\n  2,\n  x]', '\n\n  ]']:
    try:
        json.loads(bad)
        print repr(bad), 'decoded'
    except ValueError as e:
        print repr(bad), e

data = {'name': 'x', 'items': [1, 2, {'deep': [None, True]}], 'n': 3.25}
print json.loads(json.dumps(data)) == data
class Buffer(object):
    def __init__(self, text=''):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
buf = Buffer()
json.dump(data, buf, sort_keys=True)
print buf.read()
print json.load(Buffer(buf.read())) == data
