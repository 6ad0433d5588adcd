# pickle and cPickle: __reduce__/__reduce_ex__, __getstate__/__setstate__, __getnewargs__, copy_reg,
# persistent_id/persistent_load, Pickler/Unpickler subclasses, memo sharing, and the errors both raise.
import pickle
import cPickle
import copy_reg
from StringIO import StringIO

class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Point, (self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

class Stateful(object):
    def __init__(self):
        self.value = 1
        self.cache = 'not pickled'
    def __getstate__(self):
        return {'value': self.value}
    def __setstate__(self, state):
        self.value = state['value'] * 10
        self.cache = 'rebuilt'

class Args(object):
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj
    def __getnewargs__(self):
        return (self.n,)

class Legacy:
    def __init__(self):
        self.items = [1, 2]

class Complex2(object):
    def __init__(self, re, im):
        self.re, self.im = re, im

def reduce_complex2(c):
    return (Complex2, (c.re, c.im))
copy_reg.pickle(Complex2, reduce_complex2)

for module in (pickle, cPickle):
    print '==', module.__name__
    for proto in (0, 1, 2):
        p = module.loads(module.dumps(Point(1, 2), proto))
        s = module.loads(module.dumps(Stateful(), proto))
        a = module.loads(module.dumps(Args(7), proto))
        l = module.loads(module.dumps(Legacy(), proto))
        c = module.loads(module.dumps(Complex2(3, 4), proto))
        print proto, p == Point(1, 2), s.value, s.cache, a.n, l.items, l.__class__.__name__, (c.re, c.im)
    shared = [1, 2]
    data = module.loads(module.dumps([shared, shared, {'k': shared}], 2))
    print 'shared identity:', data[0] is data[1] is data[2]['k']
    rec = []
    rec.append(rec)
    back = module.loads(module.dumps(rec))
    print 'recursive list:', back[0] is back
    print 'HIGHEST_PROTOCOL:', module.HIGHEST_PROTOCOL, module.format_version, module.compatible_formats
    try:
        module.dumps(lambda: 1)
    except (module.PicklingError, TypeError) as e:
        print 'lambda:', type(e).__name__, str(e).split(' at 0x')[0]
    try:
        module.dumps(iter([]))
    except (module.PicklingError, TypeError) as e:
        print 'iterator:', type(e).__name__, e
    for junk in ('', 'x', 'I1\n', '\x80\x02K'):
        try:
            module.loads(junk)
        except Exception as e:
            print 'loads(%r):' % junk, type(e).__name__, e
    try:
        module.dumps(1, 3)
    except ValueError as e:
        print 'protocol 3:', e
    print 'negative protocol:', repr(module.dumps(1, -1))
    f = StringIO()
    module.dump({'a': 1}, f, 1)
    module.dump([2], f, 1)
    f.seek(0)
    print 'two pickles in a file:', module.load(f), module.load(f)
    try:
        module.load(f)
    except EOFError as e:
        print 'EOFError', repr(str(e))

# persistent ids
class DB(object):
    def __init__(self, key):
        self.key = key
store = {'users': DB('users')}
def persistent_id(obj):
    return obj.key if isinstance(obj, DB) else None
def persistent_load(pid):
    print 'persistent_load(%r)' % pid
    return store[pid]
for module in (pickle, cPickle):
    f = StringIO()
    p = module.Pickler(f, 0)
    p.persistent_id = persistent_id
    p.dump([store['users'], 5])
    print module.__name__, 'persistent pickle:', repr(f.getvalue())
    u = module.Unpickler(StringIO(f.getvalue()))
    u.persistent_load = persistent_load
    obj = u.load()
    print 'restored:', obj[0] is store['users'], obj[1]

class LoggingPickler(pickle.Pickler):
    def save(self, obj):
        if isinstance(obj, int):
            print 'saving int', obj
        pickle.Pickler.save(self, obj)
f = StringIO()
LoggingPickler(f, 2).dump((1, [2, 'x']))
print 'subclass pickle loads to', pickle.loads(f.getvalue())

class RenamingUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        print 'find_class', module, name
        return pickle.Unpickler.find_class(self, module, name)
print RenamingUnpickler(StringIO(pickle.dumps(Point(5, 6)))).load().x
try:
    pickle.loads("cno_such_module\nX\n.")
except ImportError as e:
    print 'ImportError:', e
try:
    pickle.loads("c__main__\nNoSuchName\n.")
except AttributeError as e:
    print 'AttributeError:', e
print 'done'
