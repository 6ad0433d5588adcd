# Pipe and Connection: messages between processes, bytes API, poll, errors, EOF at the peer's close.
import multiprocessing as mp
import re

def handle(conn):
    return re.sub(r'handle -?\d+', 'handle N', repr(conn))

def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == 'stop':
            break
        conn.send(('echo', msg))
    conn.send_bytes('raw bytes from child')
    conn.close()

def writer(w):
    for i in range(5):
        w.send(i * i)
    w.close()

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, e

if __name__ == '__main__':
    a, b = mp.Pipe()
    print handle(a), handle(b), a.readable, a.writable
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for msg in [1, 'two', [3, 4.5], {'five': (6, None)}, u'seven', 2 ** 70]:
        a.send(msg)
        print a.recv()
    a.send('stop')
    print repr(a.recv_bytes())
    p.join()
    print 'echo exit', p.exitcode

    r, w = mp.Pipe(duplex=False)
    print handle(r), handle(w), r.readable, r.writable, w.readable, w.writable
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print 'from writer', got

    attempt(lambda: r.send(1))
    attempt(lambda: w.recv())
    a, b = mp.Pipe()
    attempt(lambda: a.send_bytes('abc', -1))
    attempt(lambda: a.send_bytes('abc', 4))
    attempt(lambda: a.send_bytes('abc', 1, -1))
    attempt(lambda: a.send_bytes('abc', 1, 3))
    attempt(lambda: a.recv_bytes(-1))
    a.send_bytes('hello world', 6)
    print repr(b.recv_bytes())
    a.send_bytes('hello world', 0, 5)
    print repr(b.recv_bytes(100))
    a.send_bytes('0123456789')
    attempt(lambda: b.recv_bytes(3))
    print b.closed, handle(b), b.readable, b.writable
    a, b = mp.Pipe()
    a.send_bytes('abcdef')
    try:
        b.recv_bytes_into(bytearray(3))
    except mp.BufferTooShort as e:
        print 'BufferTooShort', repr(e.args)
    buf = bytearray(10)
    a.send_bytes('xyz')
    print b.recv_bytes_into(buf, 2), repr(buf)
    attempt(lambda: b.recv_bytes_into(buf, -1))
    attempt(lambda: b.recv_bytes_into(buf, 11))
    print b.poll(), b.poll(0.01)
    a.send([1, 2])
    print b.poll(), b.poll(None), b.recv(), b.poll()
    a.send('')
    print repr(b.recv())
    a.send_bytes('')
    print repr(b.recv_bytes())
    big = 'x' * 200000
    p = mp.Process(target=lambda: None)
    a.send(big[:10])
    print len(b.recv())
    a.close()
    print handle(a), a.closed
    attempt(lambda: a.send(1))
    attempt(lambda: a.recv())
    attempt(lambda: a.fileno())
    attempt(lambda: b.recv())
    print b.poll()
    attempt(lambda: mp.connection.Connection if False else None)
    import _multiprocessing
    attempt(lambda: _multiprocessing.Connection(1, False, False))
    print _multiprocessing.Connection
