# exec/eval/compile: SyntaxError details, run-time errors in exec'd code, bad arguments
import sys, traceback

for src, mode in [("x = = 1", "exec"), ("x = = 1", "eval"), ("1 +", "eval"), ("if 1:\nx", "exec"),
                  ("  1 + 2", "exec"), ("return 5", "exec"), ("1 = 2", "exec"), ("break", "exec"),
                  ("def f(a, a): pass", "exec"), ("x = 'abc", "exec"), ("for x in y:\n\tpass\n        pass", "exec")]:
    try:
        compile(src, "<src>", mode)
        print repr(src), "compiled"
    except SyntaxError as e:
        print repr(src), type(e).__name__, e.args, e.lineno, e.offset, repr(e.text)

try:
    exec "y = (1,\n2,\n"
except SyntaxError as e:
    print "exec:", e.msg, e.filename, e.lineno
try:
    eval("x y")
except SyntaxError as e:
    print "eval:", e
try:
    eval("undefined_name + 1")
except NameError as e:
    print "NameError:", e
try:
    exec "def f():\n    return missing\nf()"
except NameError as e:
    print "NameError in exec'd function:", e
try:
    exec "def f():\n    v = v + 1\nf()" in {}
except UnboundLocalError as e:
    print "UnboundLocalError:", e
try:
    exec "1 / 0"
except ZeroDivisionError as e:
    print "ZeroDivisionError:", e
    frames = [(fn, line, name) for fn, line, name, text in traceback.extract_tb(sys.exc_info()[2]) if fn == "<string>"]
    print "frames:", frames
try:
    exec "def inner():\n    raise KeyError('k')\n\ndef outer():\n    inner()\nouter()\n"
except KeyError as e:
    frames = [(fn, line, name) for fn, line, name, text in traceback.extract_tb(sys.exc_info()[2]) if fn == "<string>"]
    print "KeyError:", e, frames
try:
    exec "try:\n    raise ValueError('a')\nexcept ValueError, e:\n    caught = str(e)\nfinally:\n    fin = True\n"
    print caught, fin
except Exception as e:
    print "unexpected", e
try:
    exec 42
except TypeError as e:
    print "TypeError:", e
try:
    eval(42)
except TypeError as e:
    print "TypeError:", e
try:
    exec "x = 1" in []
except TypeError as e:
    print "TypeError:", e
try:
    eval("1", [])
except TypeError as e:
    print "TypeError:", e
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print "ValueError:", e
try:
    execfile("no_such_file.py")
except IOError as e:
    print "IOError:", e
try:
    input("number? ")
except EOFError as e:
    print
    print "EOFError:", e
g = {}
exec "import sys\nwith open('w.txt', 'w') as fh:\n    fh.write('hi')\nassert 1 == 2, 'nope'" in {"__name__": "m"} if False else g
