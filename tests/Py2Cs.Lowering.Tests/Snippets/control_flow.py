for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print i,
else:
    print "no"
print
for i in range(2):
    pass
else:
    print "else ran", i
n = 3
while n > 0:
    n -= 1
else:
    print "while else", n
while True:
    break
else:
    print "not printed"
x = 5
print "big" if x > 3 else "small", 1 < x < 10, 1 < x > 10, x == 5 != 6
print 0 or "" or "last", 1 and 2 and 3, 0 and 1, not x, x is not None, 3 in [1, 3], 4 not in [1]
def order(tag, v):
    print tag,
    return v
print order("a", 1) < order("b", 2) < order("c", 0) < order("d", 5)
for k in range(3):
    try:
        if k == 1:
            continue
        print "body", k
    finally:
        print "finally", k
