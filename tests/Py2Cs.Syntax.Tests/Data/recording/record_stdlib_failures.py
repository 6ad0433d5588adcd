# Records how python2.7 reports each Lib file it rejects (run with python2.7 from the repo root):
#   python2.7 tests/Py2Cs.Syntax.Tests/Data/recording/record_stdlib_failures.py
# "compile" is compile(source_bytes, path, 'exec'); "script" is what python2.7 prints when it runs the file,
# which gives encoding errors a line (compile() says line 0) and is what the test compares with.
import json, os, re, subprocess, sys
lib = os.path.join(os.path.dirname(os.path.dirname(sys.executable)), 'lib', 'python2.7')
found, count = [], 0
for d, ds, fs in os.walk(lib):
    for f in fs:
        if not f.endswith('.py'):
            continue
        count += 1
        p = os.path.join(d, f)
        try:
            compile(open(p, 'rb').read(), p, 'exec')
        except SyntaxError as e:
            found.append((os.path.relpath(p, lib), {'message': e.msg, 'line': e.lineno, 'offset': e.offset}))
out = []
for rel, c in sorted(found):
    run = subprocess.Popen([sys.executable, os.path.join(lib, rel)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd='/tmp')
    err = run.communicate()[1].strip().splitlines()
    lines = [int(m.group(1)) for m in (re.search(r'line (\d+)', l) for l in err) if m]
    out.append({'path': rel, 'compile': c, 'script': {'message': err[-1].split(': ', 1)[1], 'line': lines[-1]}})
json.dump({'python': sys.version.split()[0], 'files': count, 'expectedFailures': out},
          open('tests/Py2Cs.Syntax.Tests/Data/cpython-stdlib-expected-failures.json', 'w'), indent=1)
print count, 'files', len(out), 'rejected'
