# subprocess: call/check_call/check_output and CalledProcessError, Popen with pipes, STDOUT merging,
# communicate, poll/wait/returncode, shell=True, cwd/env, preexec_fn, close_fds, signals, and errors.
import subprocess
import os
import sys
import tempfile
import shutil
import signal

print 'constants:', subprocess.PIPE, subprocess.STDOUT
print 'call:', subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 3', shell=True)
print 'check_call:', subprocess.check_call(['true'])
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print 'CalledProcessError:', e
    print '  returncode/cmd/output:', e.returncode, e.cmd, e.output
print 'check_output:', repr(subprocess.check_output(['echo', 'hello world']))
print 'check_output shell:', repr(subprocess.check_output('echo $((6*7))', shell=True))
try:
    subprocess.check_output('echo partial; exit 2', shell=True)
except subprocess.CalledProcessError as e:
    print 'check_output error:', e, repr(e.output)
print 'stderr=STDOUT:', repr(subprocess.check_output('echo out; echo err >&2', shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print 'ValueError:', e

# Popen and pipes
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print 'returncode before:', p.returncode, 'pid > 0:', p.pid > 0
out, err = p.communicate('through cat\n')
print 'communicate:', repr(out), err, 'returncode:', p.returncode
p = subprocess.Popen('echo to-out; echo to-err >&2; exit 5', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print 'both pipes:', repr(out), repr(err), p.returncode
p = subprocess.Popen(['sh', '-c', 'read line; echo "got $line"'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write('input line\n')
p.stdin.close()
print 'stdout.read:', repr(p.stdout.read())
print 'wait:', p.wait(), 'poll after:', p.poll()
p = subprocess.Popen(['sleep', '5'])
print 'poll while running:', p.poll()
p.terminate()
print 'terminated:', p.wait() == -signal.SIGTERM
p = subprocess.Popen(['sleep', '5'])
p.kill()
print 'killed:', p.wait()
p = subprocess.Popen(['sleep', '5'])
p.send_signal(signal.SIGINT)
print 'SIGINT:', p.wait()
big = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
data = 'x' * 200000
out, _ = big.communicate(data)
print 'large communicate:', len(out) == len(data)
lines = subprocess.Popen(['printf', 'a\\r\\nb\\rc\\n'], stdout=subprocess.PIPE, universal_newlines=True).communicate()[0]
print 'universal_newlines:', repr(lines)

# cwd and env
tmp = tempfile.mkdtemp()
try:
    print 'cwd:', subprocess.check_output(['pwd'], cwd=tmp).strip() == os.path.realpath(tmp)
    env = {'PATH': os.environ['PATH'], 'ONLY_VAR': 'value'}
    print 'env:', subprocess.check_output('echo $ONLY_VAR; env | grep -c ONLY_VAR', shell=True, env=env).split()
    try:
        subprocess.Popen(['pwd'], cwd=os.path.join(tmp, 'missing'))
    except OSError as e:
        print 'bad cwd:', e.errno, e.strerror
finally:
    shutil.rmtree(tmp)

# preexec_fn and close_fds
def before():
    os.environ['FROM_PREEXEC'] = 'yes'
print 'preexec_fn:', subprocess.check_output('echo ${FROM_PREEXEC:-no}', shell=True, preexec_fn=before).strip()
r, w = os.pipe()
code = subprocess.call(['sh', '-c', 'echo leaked >&%d' % w], close_fds=True, stderr=open(os.devnull, 'w'))
print 'close_fds: write to closed descriptor fails:', code != 0
os.close(r); os.close(w)

# errors
for args in (['/no/such/program'], ['no-such-program-xyz']):
    try:
        subprocess.Popen(args)
    except OSError as e:
        print 'OSError:', e
try:
    subprocess.call(['/no/such/program'])
except OSError as e:
    print 'call OSError:', e.errno, e.strerror
try:
    subprocess.Popen(['true'], bufsize='x')
except TypeError as e:
    print 'TypeError:', e
print 'list2cmdline:', subprocess.list2cmdline(['a b', 'c"d', 'e\\', ''])
p = subprocess.Popen(['true'])
p.wait()
print 'stdin/stdout/stderr None:', p.stdin, p.stdout, p.stderr
print 'wait again:', p.wait()
sys.stdout.flush()
print 'inherit stdout:', subprocess.call(['echo', 'from child'])
sys.stdout.flush()
print 'done'
