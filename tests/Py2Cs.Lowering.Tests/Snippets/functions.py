def greet(name, greeting="Hello", punct="!"):
    return "%s, %s%s" % (greeting, name, punct)
print greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di")
def varargs(a, *args, **kwargs):
    return "a=%r args=%r kwargs=%r" % (a, args, sorted(kwargs.items()))
print varargs(1)
print varargs(1, 2, 3, x=4)
print varargs(*[5, 6, 7], **{"k": "v"})
def dist((x1, y1), (x2, y2)):
    return abs(x1 - x2) + abs(y1 - y2)
print dist((0, 0), (3, 4))
def deco(f):
    def wrapper(*a):
        return "<%s>" % f(*a)
    return wrapper
@deco
def shout(s):
    "docstring"
    return s.upper()
print shout("hi"), shout.__name__
def default_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print default_once(1), default_once(2)
f = lambda x, y=2: x * y
print f(3), f(3, 4), (lambda: "empty")()
try:
    greet()
except TypeError, e:
    print "TypeError:", e
def many(a, b, c, d, e, f):
    return a + b + c + d + e + f
print many(1, 2, 3, 4, 5, 6)
print greet.__doc__, shout.__doc__
