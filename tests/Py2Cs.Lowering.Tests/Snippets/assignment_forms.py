a, (b, c) = 1, (2, 3)
print a, b, c
[d, e] = "xy"
print d, e
l = [0, 1, 2, 3, 4, 5]
l[1] = "one"
l[2:4] = ["two", "three"]
print l, l[1:3], l[::2], l[-1], l[:]
del l[0]
del l[1:3]
print l
class O(object):
    pass
o = O()
o.attr = 1
o.attr += 5
print o.attr
del o.attr
print hasattr(o, "attr")
dd = {"k": 1}
dd["k"] += 10
print dd
def calls():
    print "calls",
    return 0
l2 = [10, 20]
l2[calls()] += 1
print l2
s = "hello"
print s[1:], s[:-1], s[::-1]
t = u = v = []
t.append(1)
print u, v
x = 5
del x
try:
    print x
except NameError, e:
    print e
