# Generates hash_order_cases.txt: dict/set operation sequences and the order CPython 2.7 prints.
# Run with python2.7 (the expected values are CPython's):  python2.7 generate_hash_order_cases.py > hash_order_cases.txt
# Each line: kind <TAB> python-literal list of operations <TAB> repr of the result.
import random

random.seed(20261121)

def rand_str():
    n = random.choice([0, 1, 1, 2, 3, 5, 8])
    return ''.join(random.choice('abcdefghijklmnopqrstuvwxyzABCXYZ0189_') for _ in range(n))

def rand_key(depth=0):
    r = random.random()
    if r < 0.30: return random.randint(-20, 60)
    if r < 0.40: return random.choice([-1, -2, 2**31, -2**31, 2**62, 2**63 - 1, -2**63, 8, 16, 32, 64, 1024])
    if r < 0.48: return random.choice([2**64, 2**70 + 3, -2**65, 10**20]) + random.randint(0, 5)
    if r < 0.52: return long(random.randint(-5, 40))
    if r < 0.62: return random.choice([0.5, 1.5, -2.25, 3.0, 1e10, 1e-7, 0.1, 2.0**53, -0.0, 123.456, 1e300, 4.0])
    if r < 0.85: return rand_str()
    if r < 0.90: return unicode(rand_str())
    if r < 0.93: return random.choice([True, False])
    if depth < 2: return tuple(rand_key(depth + 1) for _ in range(random.randint(0, 3)))
    return random.randint(0, 9)

def rand_value():
    return random.randint(0, 99)

def dict_case():
    ops = []
    d = {}
    for _ in range(random.randint(1, 60)):
        r = random.random()
        if r < 0.65 or not d:
            k = rand_key()
            v = rand_value()
            ops.append(('set', k, v)); d[k] = v
        elif r < 0.85:
            k = random.choice(list(d.keys()))
            ops.append(('del', k)); del d[k]
        elif r < 0.90:
            ops.append(('popitem',)); d.popitem()
        elif r < 0.95:
            ops.append(('copy',)); d = d.copy()
        else:
            ops.append(('clear',)); d.clear()
    return 'dict', ops, repr(d)

def literal_case():
    pairs = [(rand_key(), rand_value()) for _ in range(random.randint(0, 25))]
    src = '{' + ', '.join('%r: %r' % p for p in pairs) + '}'
    d = eval(src)
    return 'dictliteral', [('literal', pairs)], repr(d)

def set_case():
    ops = []
    s = set()
    for _ in range(random.randint(1, 60)):
        r = random.random()
        if r < 0.65 or not s:
            k = rand_key()
            ops.append(('add', k)); s.add(k)
        elif r < 0.85:
            k = random.choice(list(s))
            ops.append(('discard', k)); s.discard(k)
        elif r < 0.90:
            ops.append(('pop',)); s.pop()
        else:
            ops.append(('copy',)); s = s.copy()
    return 'set', ops, repr(sorted(s) and list(s))

def set_display_case():
    items = [rand_key() for _ in range(random.randint(0, 20))]
    src = '{' + ', '.join(repr(x) for x in items) + '}' if items else 'set()'
    s = eval(src)
    return 'setdisplay', [('display', items)], repr(list(s))

def set_algebra_case():
    a = [rand_key() for _ in range(random.randint(0, 20))]
    b = [rand_key() for _ in range(random.randint(0, 20))]
    sa, sb = set(a), set(b)
    op = random.choice(['union', 'intersection', 'difference', 'symmetric_difference', 'update_list', 'frozenset'])
    if op == 'union': r = sa.union(sb)
    elif op == 'intersection': r = sa.intersection(sb)
    elif op == 'difference': r = sa.difference(sb)
    elif op == 'symmetric_difference': r = sa.symmetric_difference(sb)
    elif op == 'update_list':
        r = set(a); r.update(b)
    else:
        r = frozenset(a) | frozenset(b)
        return 'setalgebra', [(op, a, b)], repr(list(r)) + ' ' + repr(hash(r))
    return 'setalgebra', [(op, a, b)], repr(list(r))

def dict_merge_case():
    a = [(rand_key(), rand_value()) for _ in range(random.randint(0, 20))]
    b = [(rand_key(), rand_value()) for _ in range(random.randint(0, 20))]
    op = random.choice(['update', 'dictcopy', 'fromkeys_list', 'fromkeys_dict', 'kwargs'])
    da = {}
    for k, v in a: da[k] = v
    db = {}
    for k, v in b: db[k] = v
    if op == 'update':
        da.update(db); r = da
    elif op == 'dictcopy':
        r = dict(da)
    elif op == 'fromkeys_list':
        r = dict.fromkeys([k for k, v in a], 0)
    elif op == 'fromkeys_dict':
        for k, v in b[:len(b) // 2]:
            if k in da: del da[k]
        r = dict.fromkeys(da, 1)
        return 'dictmerge', [(op, a, b[:len(b) // 2])], repr(r)
    else:
        # The keyword dict of a call is filled in the order the keywords are written.
        pairs = []
        for _ in range(random.randint(0, 12)):
            name = 'k%s' % rand_str()
            if name not in [n for n, v in pairs]: pairs.append((name, rand_value()))
        kw = {}
        for n, v in pairs: kw[n] = v
        r = dict(**kw)
        return 'dictmerge', [(op, pairs, [])], repr(r)
    return 'dictmerge', [(op, a, b)], repr(r)

def hash_case():
    k = rand_key()
    return 'hash', [('hash', k)], repr(hash(k))

makers = [(dict_case, 150), (literal_case, 60), (set_case, 120), (set_display_case, 50),
          (set_algebra_case, 80), (dict_merge_case, 80), (hash_case, 150)]
for maker, count in makers:
    for _ in range(count):
        kind, ops, expected = maker()
        print '%s\t%r\t%s' % (kind, ops, expected)
