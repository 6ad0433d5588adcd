# An OrderedDict subclass as dict_type sees every call 2.7 makes on its mappings.
import ConfigParser
from collections import OrderedDict
from StringIO import StringIO
class OD(OrderedDict):
    def __setitem__(self, k, v, *a):
        print 'set', repr(k)
        OrderedDict.__setitem__(self, k, v, *a)
    def __delitem__(self, k, *a):
        print 'del', repr(k)
        OrderedDict.__delitem__(self, k, *a)
    def copy(self):
        print 'copy'
        return OrderedDict.copy(self)
    def update(self, *a, **kw):
        print 'update'
        return OrderedDict.update(self, *a, **kw)
cp = ConfigParser.ConfigParser({'d': '1'}, dict_type=OD)
cp.readfp(StringIO("[s]\nk = v\n  w\n[t]\nx = %(k)s\n"))
print cp.options('s')
print cp.items('s')
cp.remove_option('s', 'k')
print cp.items('DEFAULT')
