# multiprocessing.connection: Listener/Client over AF_INET and AF_UNIX, authkey challenge, errors.
import multiprocessing as mp
from multiprocessing.connection import Listener, Client, deliver_challenge, answer_challenge
from multiprocessing import connection
import os, sys

def client(address, family, authkey, messages):
    conn = Client(address, family, authkey=authkey)
    for m in messages:
        conn.send(m)
    print 'client got %r' % (conn.recv(),)
    conn.close()

def bad_client(address):
    try:
        Client(address, authkey='wrong key')
    except mp.AuthenticationError as e:
        print 'client:', type(e).__name__, e
    sys.stdout.flush()
    os._exit(0)

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, e

if __name__ == '__main__':
    print connection.CHALLENGE, connection.WELCOME, connection.FAILURE, connection.default_family, connection.families
    print connection.address_type(('localhost', 80)), connection.address_type('/tmp/x'), connection.address_type(r'\\.\pipe\x')
    l = Listener(('localhost', 0))
    print type(l).__name__, l.address[0], type(l.address[1]).__name__, l.last_accepted
    p = mp.Process(target=client, args=(l.address, 'AF_INET', None, ['one', [2]]))
    p.start()
    c = l.accept()
    print c.recv(), c.recv(), type(l.last_accepted).__name__
    sys.stdout.flush()
    c.send('reply')
    p.join()
    c.close()
    l.close()

    l = Listener(family='AF_UNIX', authkey='secret')
    print os.path.exists(l.address), os.path.basename(os.path.dirname(l.address)).startswith('pymp-')
    p = mp.Process(target=client, args=(l.address, None, 'secret', ['authenticated']))
    p.start()
    c = l.accept()
    print c.recv()
    sys.stdout.flush()
    c.send('welcome')
    p.join()
    c.close()
    p = mp.Process(target=bad_client, args=(l.address,))
    p.start()
    try:
        l.accept()
    except mp.AuthenticationError as e:
        p.join()
        print 'listener:', type(e).__name__, e
    address = l.address
    l.close()
    print 'removed', not os.path.exists(address)

    attempt(lambda: Listener(('localhost', 0), authkey=5))
    attempt(lambda: connection.address_type(5))
    a, b = connection.Pipe()
    b.send_bytes('no challenge')
    attempt(lambda: answer_challenge(a, 'key'))
