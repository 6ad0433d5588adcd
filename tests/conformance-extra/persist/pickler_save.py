# pickle.Pickler subclasses: save() overrides see every nested object; save() called directly;
# cPickle's messages for functions and classes it cannot find by name.
import pickle, cPickle
from StringIO import StringIO

class Tracing(pickle.Pickler):
    def save(self, obj):
        print 'save', type(obj).__name__, repr(obj)[:30]
        pickle.Pickler.save(self, obj)

for proto in (0, 2):
    f = StringIO()
    Tracing(f, proto).dump({'a': [1, (2, 'x')], 'b': u'u'})
    print proto, pickle.loads(f.getvalue())

class Upper(pickle.Pickler):
    def save(self, obj):
        if isinstance(obj, str):
            obj = obj.upper()
        pickle.Pickler.save(self, obj)
f = StringIO()
Upper(f).dump(['abc', ['def']])
print pickle.loads(f.getvalue())

f = StringIO()
p = pickle.Pickler(f, 2)
p.save([1, 2])
print repr(f.getvalue())

def local():
    pass
g = local
del local
for module in (pickle, cPickle):
    for proto in (0, 1, 2):
        for obj in (lambda: 0, g):
            try:
                module.dumps(obj, proto)
            except Exception as e:
                print module.__name__, proto, type(e).__name__, str(e).split(' at 0x')[0]
class Gone(object):
    pass
G = Gone
del Gone
for module in (pickle, cPickle):
    try:
        module.dumps(G)
    except Exception as e:
        print module.__name__, type(e).__name__, e
