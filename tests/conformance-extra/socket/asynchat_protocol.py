# asynchat: a line/length protocol over async_chat with string, integer and None terminators, a
# terminator split across reads, push/push_with_producer/close_when_done, simple_producer, fifo and
# find_prefix_at_end. The client is a thread using a blocking socket and printing what it receives.
import asynchat
import asyncore
import socket
import threading
import warnings

received = []

class Protocol(asynchat.async_chat):
    # header line "SIZE n\r\n", then n bytes of body, then lines until "QUIT", then raw data until close
    def __init__(self, sock):
        asynchat.async_chat.__init__(self, sock)
        self.set_terminator('\r\n')
        self.buffer = []
        self.state = 'header'
    def collect_incoming_data(self, data):
        self.buffer.append(data)
    def found_terminator(self):
        data = ''.join(self.buffer)
        self.buffer = []
        received.append((self.state, data, self.get_terminator()))
        if self.state == 'header':
            size = int(data.split()[1])
            self.set_terminator(size)
            self.state = 'body'
        elif self.state == 'body':
            self.push('body had %d bytes\r\n' % len(data))
            self.set_terminator('\r\n')
            self.state = 'lines'
        elif data == 'QUIT':
            self.push_with_producer(asynchat.simple_producer('bye ' * 300 + '\r\n', buffer_size=100))
            self.set_terminator(None)
            self.state = 'raw'
        else:
            self.push(data[::-1] + '\r\n')
    def handle_close(self):
        received.append(('closed', ''.join(self.buffer), self.get_terminator()))
        self.close()

class Server(asyncore.dispatcher):
    def __init__(self):
        asyncore.dispatcher.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.bind(('127.0.0.1', 0))
        self.listen(1)
    def handle_accept(self):
        sock, addr = self.accept()
        Protocol(sock)
        self.close()

server = Server()
address = server.socket.getsockname()
client_log = []

def client():
    s = socket.create_connection(address)
    f = s.makefile('rb')
    s.sendall('SIZE 10\r')
    s.sendall('\n0123456789')
    client_log.append(f.readline())
    s.sendall('hello\r\nworld\r')
    client_log.append(f.readline())
    s.sendall('\nQUIT\r\n')
    client_log.append(f.readline())
    client_log.append(f.readline())
    s.sendall('trailing raw data')
    s.shutdown(socket.SHUT_WR)
    f.close()
    s.close()

t = threading.Thread(target=client)
t.start()
asyncore.loop(timeout=0.05, count=400)
t.join()
print 'client received:'
for line in client_log:
    print '  %r' % (line if len(line) < 40 else line[:20] + '...' + line[-6:])
print 'bye count:', client_log[3].count('bye')
print 'server saw:'
for item in received:
    print '  %r' % (item,)

# a close_when_done channel: pushes, then closes after the queue drains
a, b = socket.socketpair()
class Sender(asynchat.async_chat):
    def collect_incoming_data(self, data):
        pass
    def found_terminator(self):
        pass
    def handle_close(self):
        print 'sender closing'
        self.close()
sender = Sender(a)
sender.ac_out_buffer_size = 8
print 'writable before push:', bool(sender.writable()), 'readable:', sender.readable()
sender.push('0123456789ABCDEFGHIJ')
print 'queued:', list(sender.producer_fifo)
sender.push('')
sender.close_when_done()
asyncore.loop(timeout=0.05, count=10)
data = ''
while True:
    chunk = b.recv(100)
    if not chunk:
        break
    data += chunk
print 'peer got %r' % data
b.close()

# the abstract methods
c = asynchat.async_chat()
for name in ('collect_incoming_data', 'found_terminator'):
    try:
        if name == 'found_terminator':
            c.found_terminator()
        else:
            c.collect_incoming_data('x')
    except NotImplementedError as e:
        print name, 'NotImplementedError:', e
c._collect_incoming_data('ab')
c._collect_incoming_data('cd')
print '_get_data:', repr(c._get_data()), c.incoming
c.discard_buffers()
print 'sizes:', c.ac_in_buffer_size, c.ac_out_buffer_size, repr(c.ac_in_buffer)
print 'doc:', asynchat.async_chat.set_terminator.__doc__

# producers and helpers
p = asynchat.simple_producer('abcdefghij', 4)
print 'simple_producer:', [p.more() for i in range(4)]
q = asynchat.fifo(['x'])
q.push('y')
print 'fifo:', len(q), q.first(), q.pop(), q.pop(), q.pop(), q.is_empty()
for hay, needle in [('qwerty\r', '\r\n'), ('qwertydkjf', '\r\n'), ('abc<EN', '<END>'), ('', 'xy')]:
    print 'find_prefix_at_end(%r, %r) = %d' % (hay, needle, asynchat.find_prefix_at_end(hay, needle))
print 'done'
