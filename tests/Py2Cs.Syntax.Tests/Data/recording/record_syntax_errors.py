# Re-records CPython 2.7's verdict for every case of syntax-errors.json (run with python2.7 from the repo root):
#   python2.7 tests/Py2Cs.Syntax.Tests/Data/recording/record_syntax_errors.py
# "type", "message", "line" and "cpythonOffset" come from compile(); "column" is CPython's offset when it gives
# one, otherwise the hand-chosen start column of the offending construct is kept. To add a case, append an
# entry with "name" and "source" (and "column" if CPython will give no offset) and run this.
import json, warnings
path = 'tests/Py2Cs.Syntax.Tests/Data/syntax-errors.json'
cases = json.load(open(path))
def verdict(source, name, as_errors):
    with warnings.catch_warnings():
        warnings.simplefilter('error' if as_errors else 'ignore')
        try:
            compile(source, name + '.py', 'exec')
            return None
        except SyntaxError as e:
            return e

for case in cases:
    source = case['source'].encode('utf-8')
    e = verdict(source, case['name'], False)
    kind = 'SyntaxError' if e is None else type(e).__name__
    if e is None:
        # Only a SyntaxWarning: compiling with warnings as errors gives its text and line.
        e = verdict(source, case['name'], True)
        if e is None:
            raise SystemExit('%s compiles cleanly' % case['name'])
        kind = 'SyntaxWarning'
    case['type'] = kind
    case['message'] = e.msg
    case['line'] = e.lineno
    case['cpythonOffset'] = e.offset
    if e.offset is not None:
        case['column'] = e.offset
json.dump(cases, open(path, 'w'), indent=1, separators=(',', ': '))
print len(cases), 'cases'
