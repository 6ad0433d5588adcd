# The smallest program: py2cs run samples/hello.py
print "Hello, world!"
