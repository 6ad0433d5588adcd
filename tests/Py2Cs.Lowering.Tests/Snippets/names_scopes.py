g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
print read_global(), write_global(), g
def unbound():
    print x_local
    x_local = 1
try:
    unbound()
except UnboundLocalError, e:
    print "UnboundLocalError:", e
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError, e:
    print "NameError:", e
try:
    print also_missing
except NameError, e:
    print "NameError:", e
def outer():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print outer()
def counter():
    n = [0]
    def inc():
        n[0] += 1
        return n[0]
    return inc
c = counter()
print c(), c(), c()
class K:
    v = 10
    w = v + 1
    def m(self):
        return v
print K.w
try:
    K().m()
except NameError, e:
    print "NameError:", e
print [z for z in range(3)], z
def f():
    return [q * 2 for q in range(3)], q
print f()
