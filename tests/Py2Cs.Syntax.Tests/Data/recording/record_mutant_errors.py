# Differential data: python2.7's verdict on single-edit mutants of the conformance corpus (run from the repo root):
#   python2.7 tests/Py2Cs.Syntax.Tests/Data/recording/record_mutant_errors.py
# Mutant k of file F (files sorted by relative path, '/' separated): p = (k * 7919 + len(F)) * 2654435761 % len(bytes);
# the edited range is the run of word characters around p, or the byte at p. k % 3 == 0 deletes the range,
# 1 duplicates it, 2 replaces the byte at p with PUNCTUATION[k % len(PUNCTUATION)].
# The test (MutantTests) rebuilds the same mutants and compares its first error with what is recorded here.
import json, os, warnings
root = 'tests/conformance'
files = []
for d, ds, fs in os.walk(root):
    for f in fs:
        if f.endswith('.py'):
            files.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, '/'))
files.sort()
PER_FILE = 18
PUNCTUATION = '():,=[]{}\'"\n\t #\\.`'
def word(b):
    return b == '_' or b.isalnum()
def mutate(data, k, name):
    p = ((k * 7919 + len(name)) * 2654435761) % len(data)
    s, e = p, p + 1
    if word(data[p]):
        s, e = p, p
        while s > 0 and word(data[s - 1]): s -= 1
        while e < len(data) and word(data[e]): e += 1
    if k % 3 == 0:
        return data[:s] + data[e:]
    if k % 3 == 1:
        return data[:e] + data[s:e] + data[e:]
    return data[:p] + PUNCTUATION[k % len(PUNCTUATION)] + data[p + 1:]
out = []
warnings.simplefilter('ignore')
for name in files:
    data = open(os.path.join(root, name), 'rb').read()
    for k in range(PER_FILE):
        m = mutate(data, k, name)
        entry = {'file': name, 'k': k}
        try:
            compile(m, name, 'exec')
            entry['error'] = None
        except SyntaxError as e:
            entry['error'] = {'type': type(e).__name__, 'message': e.msg, 'line': e.lineno, 'offset': e.offset}
        except (ValueError, TypeError) as e:
            entry['error'] = {'type': type(e).__name__, 'message': str(e), 'line': None, 'offset': None}
        out.append(entry)
json.dump(out, open('tests/Py2Cs.Syntax.Tests/Data/mutant-errors.json', 'w'), indent=0, separators=(',', ':'), sort_keys=True)
print len(out), 'mutants', sum(1 for e in out if e['error']), 'rejected'
