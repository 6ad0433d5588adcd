# resource (getrusage, getrlimit/setrlimit, getpagesize, struct_rusage) and os.wait3/os.wait4.
import os, resource

r = resource.getrusage(resource.RUSAGE_SELF)
print type(r), type(r).__name__, len(r), r.__class__.__module__
print isinstance(r.ru_utime, float), isinstance(r.ru_stime, float), r[0] == r.ru_utime, isinstance(r.ru_maxrss, int), r.ru_maxrss > 0
print [name for name in dir(r) if name.startswith('ru_')]
print resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print len(c), c.ru_nswap

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print soft > 0, hard >= soft, type(soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard)
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard)
print resource.getrlimit(resource.RLIMIT_AS), resource.RLIM_INFINITY
print resource.getpagesize()
print [(k, getattr(resource, k)) for k in sorted(dir(resource)) if k.startswith('R')]
print resource.error, issubclass(resource.error, Exception)

def attempt(label, f, *args):
    try:
        print label, f(*args)
    except Exception as e:
        print label, type(e).__name__, e

attempt('who', resource.getrusage, 5)
attempt('resource', resource.getrlimit, 99)
attempt('negative', resource.getrlimit, -1)
attempt('one item', resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
attempt('not a tuple', resource.setrlimit, resource.RLIMIT_NOFILE, 5)
attempt('bad resource', resource.setrlimit, 99, (1, 1))
attempt('string', resource.getrlimit, 'a')
attempt('soft above hard', resource.setrlimit, resource.RLIMIT_CORE, (10, 5))

pid = os.fork()
if pid == 0:
    total = sum(i * i for i in range(100000))
    os._exit(3)
got, status, usage = os.wait4(pid, 0)
print got == pid, status, os.WEXITSTATUS(status), type(usage).__name__, len(usage), usage.ru_maxrss >= 0
pid = os.fork()
if pid == 0:
    os._exit(4)
result = os.wait3(0)
print len(result), result[0] == pid, result[1], os.WIFEXITED(result[1]), isinstance(result[2], resource.struct_rusage)
attempt('wait3 no child', os.wait3, 0)
attempt('wait4 no child', os.wait4, -1, 0)
print os.wait3(os.WNOHANG) if False else 'skip'
