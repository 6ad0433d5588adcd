# exec inside functions: locals copied in and back, names created by exec, repeated execs, eval of locals
def creates():
    exec "made = 6 * 7"
    return made

def updates(n):
    total = 0
    for i in range(n):
        exec "total += i"
    return total

def sees_closure_and_locals(a, b=2):
    c = a + b
    exec "d = c * 10"
    return sorted((k, v) for k, v in locals().items())

def shadows_global():
    exec "len = lambda x: 'shadowed'"
    return len([1, 2])

def loop_defined():
    exec "def helper(x):\n    return x + 1"
    return [helper(i) for i in range(3)]

def nested_eval(x):
    y = x * 2
    return eval("x + y"), eval("[x for _ in range(y)]")

def exec_in_dict():
    ns = {}
    exec "q = 5" in ns
    return ns["q"]

print creates(), updates(5), shadows_global(), loop_defined()
print sees_closure_and_locals(1)
print nested_eval(2), exec_in_dict()

def generator_with_exec():
    exec "start = 3"
    for i in range(start):
        yield i
print list(generator_with_exec())

class Config(object):
    exec "debug = True\nlevel = 2 * 3"
    names = sorted(k for k in vars().keys() if not k.startswith("__"))
print Config.debug, Config.level, Config.names
