# os.fork stress (run by the os benchmark, checked against CPython 2.7's output): 200 rounds of fork / compute / pipe / _exit, 50 rounds of fork / exec,
# children that allocate enough to collect garbage, a child that raises and one that runs on.
import os
import sys

total = 0
statuses = {}
for i in range(200):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        # enough allocation for the child to collect garbage itself
        junk = [str(n) * 3 for n in range(2000)]
        value = sum(n * n for n in range(i + 1)) + len(junk)
        os.write(w, "%d:%d\n" % (i, value))
        os.close(w)
        os._exit(i % 7)
    os.close(w)
    data = ""
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        data += chunk
    os.close(r)
    wpid, status = os.waitpid(pid, 0)
    index, value = data.strip().split(":")
    assert int(index) == i and wpid == pid
    total += int(value)
    code = os.WEXITSTATUS(status)
    statuses[code] = statuses.get(code, 0) + 1
print "compute rounds: total=%d statuses=%s" % (total, sorted(statuses.items()))

exec_codes = []
for i in range(50):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.execv("/bin/sh", ["sh", "-c", "exit %d" % (i % 5)])
    _, status = os.waitpid(pid, 0)
    exec_codes.append(os.WEXITSTATUS(status))
print "exec rounds:", len(exec_codes), sum(exec_codes), exec_codes[:10]

path = "fork_many_output.txt"
pid = os.fork()
if pid == 0:
    f = open(path, "w")
    for n in range(1000):
        f.write("line %d\n" % n)
    f.close()
    os._exit(0)
os.waitpid(pid, 0)
lines = open(path).read().splitlines()
print "file from child:", len(lines), lines[0], lines[-1]
os.remove(path)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    raise ValueError("raised in the child")
_, status = os.waitpid(pid, 0)
print "raising child: exited=%s code=%d" % (os.WIFEXITED(status), os.WEXITSTATUS(status))

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    sys.exit(3)
_, status = os.waitpid(pid, 0)
print "sys.exit(3) child: code=%d" % os.WEXITSTATUS(status)

sys.stdout.flush()
pid = os.fork()
if pid:
    _, status = os.waitpid(pid, 0)
    print "parent: child ran on to the end, code=%d" % os.WEXITSTATUS(status)
else:
    print "child: running the rest of the program"
print "end of program in", "child" if pid == 0 else "parent"
