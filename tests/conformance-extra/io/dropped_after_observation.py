# A file dropped while holding unwritten data must be on disk by the next observation from outside
# (CPython closes it when its reference count drops), also after an earlier os call saw it alive.
import os
out = open("a.txt", "w")
out.write("x")
os.stat(".")
out = None
print os.path.getsize("a.txt")
def f():
    g = open("b.txt", "w")
    g.write("y")
f()
print os.path.getsize("b.txt")
