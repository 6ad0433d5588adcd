# json: circular references (lists, dicts, through default()), int and str subclasses, key sorting of
# str and unicode keys, escapes in str and unicode, memoized keys on loads, big and negative ints.
import json


class Loud(int):
    def __str__(self):
        return 'LOUD'


class Name(str):
    pass


def attempt(f, *a, **k):
    try:
        print repr(f(*a, **k))
    except Exception as e:
        print type(e).__name__ + ':', e


a = [1, 2]
a.append(a)
attempt(json.dumps, a)
d = {'k': 1}
d['self'] = d
attempt(json.dumps, d)
attempt(json.dumps, [d], sort_keys=True)
shared = [1]
print json.dumps([shared, shared, {'x': shared}])


class Node(object):
    def __init__(self):
        self.me = self


attempt(json.dumps, Node(), default=lambda o: o.me)
attempt(json.dumps, Node(), default=lambda o: {'n': 1})
print json.dumps([Loud(5), 7, -12, 10 ** 20, -(10 ** 19), True, None, 1.5, -0.0])
print json.dumps({Name('b'): 1, 'a': 2, 'c\xc3\xa9': 3}, sort_keys=True)
print json.dumps({u'b': 1, 'a': 2, u'\xe9': 3, 'Z': 4}, sort_keys=True)
print json.dumps(['tab\t', 'quote"', 'back\\slash', 'ctl\x01', u'uni\u20ac', 'utf8\xe2\x82\xac', '/'])
print repr(json.dumps([u'\u20ac', 'x'], ensure_ascii=False))
docs = json.loads('[{"k": 1, "v": "a"}, {"k": 2, "v": "b\\n\\u00e9"}, {"k": -3, "v": ""}]')
print docs, docs[0].keys()[0] == docs[1].keys()[0]
print json.loads('[123456789012345678, 1234567890123456789, -9223372036854775808, 99999999999999999999, -0, 1e2, 0.5]')
attempt(json.loads, '["unterminated')
attempt(json.loads, '["bad \\x escape"]')
attempt(json.loads, '{"a" 1}')
print json.loads('"plain"'), json.loads('"esc\\"aped"'), repr(json.loads('"\\ud83d\\ude00"'))
