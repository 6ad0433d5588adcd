# shelve: open/close, dict methods, writeback, protocol, Shelf over a dict, and errors after close.
import shelve
import tempfile
import os
import shutil

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data')
try:
    db = shelve.open(path)
    db['list'] = [1, 2, 3]
    db['dict'] = {'a': 1}
    db['text'] = 'hello'
    print 'keys:', sorted(db.keys())
    print 'len:', len(db), 'has_key:', db.has_key('text'), 'in:', 'list' in db, 'missing' in db
    print 'get:', db.get('text'), db.get('missing'), db.get('missing', 'default')
    db['list'].append(4)
    print 'without writeback the change is lost:', db['list']
    del db['text']
    try:
        db['missing']
    except KeyError as e:
        print 'KeyError:', e
    try:
        db[1] = 'x'
    except TypeError as e:
        print 'TypeError:', type(e).__name__
    print 'items:', sorted(db.items())
    print 'pop:', db.pop('dict'), sorted(db.keys())
    print 'setdefault:', db.setdefault('new', [0]), db['new']
    db.close()
    try:
        db['list']
    except ValueError as e:
        print 'after close:', e

    db = shelve.open(path, writeback=True)
    print 'reopened:', sorted(db.items())
    db['list'].append(5)
    db['new'].append(1)
    db.sync()
    print 'after sync:', db['list'], db['new']
    db.close()

    db = shelve.open(path, flag='r')
    print 'read-only:', sorted(db.items())
    try:
        db['x'] = 1
    except Exception as e:
        print 'write to read-only:', type(e).__name__
    db.close()

    db = shelve.open(path, protocol=2)
    db['p'] = (1, 'two')
    db.close()
    db = shelve.open(path)
    print 'protocol 2 value:', db['p']
    db.close()

    d = {}
    s = shelve.Shelf(d)
    s['k'] = [1]
    print 'Shelf over a dict stores pickles:', sorted(d.keys()), type(d['k']).__name__, s['k']
    s.close()
    print 'classes:', issubclass(shelve.DbfilenameShelf, shelve.Shelf), shelve.BsdDbShelf.__bases__[0].__name__
finally:
    shutil.rmtree(tmp)
print 'done'
