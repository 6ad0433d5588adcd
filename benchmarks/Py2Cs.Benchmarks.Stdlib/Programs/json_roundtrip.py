# JSON round trips: a nested structure (dicts, lists, strings with escapes, ints, floats, booleans,
# None) is dumped and loaded many times, with the default and the indented/sorted formats. Runs
# unchanged on Python 2.7 and Python 3; prints a checksum of the documents.
from __future__ import print_function
import json


def make_record(i):
    return {
        'id': i,
        'name': 'user%05d' % i,
        'email': 'user%d@example.com' % i,
        'active': i % 3 != 0,
        'score': (i * 37 % 1000) / 8.0,
        'tags': ['t%d' % (i % 7), 'g%d' % (i % 11), 'quote"and\\slash', 'tab\there'],
        'address': {'street': '%d Main St' % i, 'city': ['Oslo', 'Rome', 'Lima', 'Kyiv'][i % 4], 'zip': '%05d' % (i * 7 % 100000)},
        'history': [{'year': 2000 + j, 'value': j * i % 97, 'note': None if j % 2 else 'n%d' % j} for j in range(5)],
    }


data = {'version': 3, 'records': [make_record(i) for i in range(400)], 'meta': {'source': 'bench', 'ratio': 0.125, 'empty': [], 'nested': {'a': {'b': {'c': [1, 2, 3]}}}}}

checksum = 0
total_length = 0
for round_number in range(60):
    text = json.dumps(data, sort_keys=True, separators=(',', ':'))
    back = json.loads(text)
    assert back == data
    total_length += len(text)
    if round_number % 10 == 0:
        pretty = json.dumps(back, indent=2, sort_keys=True)
        again = json.loads(pretty)
        assert again == data
        total_length += len(pretty.replace(' ', ''))  # 2.7 ends indented lines with ', '
    checksum = (checksum * 7 + len(text) + back['records'][round_number]['id']) % 1000000007

print('length', total_length)
print('checksum', checksum)
print('sample', json.dumps(data['records'][1]['history'][:2], sort_keys=True))
