# os.popen2/popen3/popen4 (deprecated: warnings shown when enabled), os.tmpnam/tempnam and their
# RuntimeWarning, os.getloadavg, os.ctermid.
import os, sys, warnings, re

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    i, o = os.popen2('tr a-z A-Z')
    i.write('hello popen2\n')
    i.close()
    print repr(o.read())
    o.close()
    i, o, e = os.popen3(['sh', '-c', 'cat; echo oops >&2'])
    i.write('three\n')
    i.close()
    print repr(o.read()), repr(e.read())
    i, o = os.popen4('echo out; echo err >&2')
    i.close()
    print sorted(o.read().split())
    name = os.tmpnam()
    name2 = os.tempnam('/tmp', 'pfx')
    name3 = os.tempnam()
for w in caught:
    print w.category.__name__, w.message
print name.startswith('/tmp/file'), len(os.path.basename(name)), os.path.exists(name)
print name2.startswith('/tmp/pfx'), len(os.path.basename(name2)), name3.startswith('/tmp/file')
print re.match(r'^/tmp/abcde\w{6}$', os.tempnam('/tmp', 'abcdefgh')) is not None
try:
    os.tempnam(5)
except TypeError as e:
    print 'TypeError', e
with warnings.catch_warnings(record=True) as caught:
    i, o = os.popen2('cat')
    i.close()
    o.close()
print len(caught)
load = os.getloadavg()
print len(load), all(isinstance(x, float) for x in load)
print os.ctermid()
