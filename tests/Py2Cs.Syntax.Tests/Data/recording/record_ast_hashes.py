# Records the SHA-256 of CPython 2.7 ast.dump() per file (run with python2.7):
#   python2.7 record_ast_hashes.py conformance tests/conformance tests/Py2Cs.Syntax.Tests/Data/conformance-ast-sha256.json
#   python2.7 record_ast_hashes.py stdlib $(pyenv root)/versions/2.7.18/lib/python2.7 tests/Py2Cs.Syntax.Tests/Data/cpython-stdlib-ast-sha256.json
#   python2.7 record_ast_hashes.py one FILE   (prints the dump, to compare with AstDump when a hash differs)
import ast, hashlib, json, os, sys
def dump_file(path):
    src = open(path, 'rb').read()
    tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST, True)
    return ast.dump(tree)
mode = sys.argv[1]
if mode == 'conformance':
    root = sys.argv[2]
    out = {}
    for d, ds, fs in os.walk(root):
        for f in fs:
            if f.endswith('.py'):
                p = os.path.join(d, f)
                out[os.path.relpath(p, root)] = hashlib.sha256(dump_file(p)).hexdigest()
    json.dump(out, open(sys.argv[3], 'w'), indent=0, sort_keys=True)
    print len(out)
elif mode == 'stdlib':
    root = sys.argv[2]
    out = {}
    for d, ds, fs in os.walk(root):
        for f in fs:
            if f.endswith('.py'):
                p = os.path.join(d, f)
                try:
                    out[os.path.relpath(p, root)] = hashlib.sha256(dump_file(p)).hexdigest()
                except SyntaxError:
                    pass
    json.dump(out, open(sys.argv[3], 'w'), indent=0, sort_keys=True)
    print len(out)
elif mode == 'one':
    print dump_file(sys.argv[2])
