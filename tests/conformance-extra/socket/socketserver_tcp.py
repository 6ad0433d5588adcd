# SocketServer over TCP: a synchronous server driven by handle_request, a threading server driven by
# serve_forever/shutdown, and the hooks a subclass overrides (verify_request, handle_error,
# handle_timeout, server_bind/activate/close), each with a client thread printing the conversation.
import SocketServer
import socket
import threading
import sys

events = []

class Echo(SocketServer.StreamRequestHandler):
    def setup(self):
        events.append('setup')
        SocketServer.StreamRequestHandler.setup(self)
    def handle(self):
        events.append('handle')
        for line in iter(self.rfile.readline, ''):
            if line.strip() == 'bye':
                self.wfile.write('goodbye\n')
                break
            self.wfile.write('echo: ' + line.upper())
    def finish(self):
        events.append('finish')
        SocketServer.StreamRequestHandler.finish(self)

def talk(address, lines):
    s = socket.create_connection(address)
    f = s.makefile('rb')
    replies = []
    for line in lines:
        s.sendall(line + '\n')
        replies.append(f.readline())
    f.close()
    s.close()
    return replies

print 'classes:', SocketServer.TCPServer.__bases__[0].__name__, SocketServer.UDPServer.__bases__[0].__name__
print 'defaults:', SocketServer.TCPServer.request_queue_size, SocketServer.TCPServer.allow_reuse_address, \
    SocketServer.TCPServer.address_family == socket.AF_INET, SocketServer.TCPServer.socket_type == socket.SOCK_STREAM
print 'stream handler:', SocketServer.StreamRequestHandler.rbufsize, SocketServer.StreamRequestHandler.wbufsize, \
    SocketServer.StreamRequestHandler.timeout, SocketServer.StreamRequestHandler.disable_nagle_algorithm
print 'mixins:', SocketServer.ThreadingMixIn.daemon_threads, SocketServer.ForkingMixIn.max_children, SocketServer.ForkingMixIn.timeout
print 'ThreadingTCPServer mro:', [c.__name__ for c in SocketServer.ThreadingTCPServer.__bases__]
print 'timeout:', SocketServer.BaseServer.timeout, SocketServer.UDPServer.max_packet_size
print sorted(SocketServer.__all__)

# 1. synchronous server, one handle_request per client
server = SocketServer.TCPServer(('127.0.0.1', 0), Echo)
host, port = server.server_address
print 'bound:', host, port > 0, server.fileno() == server.socket.fileno()
print 'RequestHandlerClass:', server.RequestHandlerClass.__name__
result = []
t = threading.Thread(target=lambda: result.extend(talk(server.server_address, ['hello', 'world', 'bye'])))
t.start()
server.handle_request()
t.join()
print 'replies:', result
print 'events:', events
server.server_close()

# 2. threading server with serve_forever and shutdown
class Counter(SocketServer.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        with lock:
            seen.append(data)
        self.request.sendall('got %d bytes' % len(data))

lock = threading.Lock()
seen = []
server = SocketServer.ThreadingTCPServer(('127.0.0.1', 0), Counter)
server.daemon_threads = True
runner = threading.Thread(target=server.serve_forever, args=(0.05,))
runner.start()
answers = []
for n in range(5):
    c = socket.create_connection(server.server_address)
    c.sendall('x' * (n + 1))
    answers.append(c.recv(100))
    c.close()
server.shutdown()
runner.join()
server.server_close()
print 'answers:', answers
print 'seen:', sorted(seen)

# 3. hooks: verify_request rejects, handle_error reports, handle_timeout fires
class Picky(SocketServer.TCPServer):
    allow_reuse_address = True
    timeout = 0.2
    calls = []
    def server_bind(self):
        self.calls.append('server_bind')
        SocketServer.TCPServer.server_bind(self)
    def server_activate(self):
        self.calls.append('server_activate')
        SocketServer.TCPServer.server_activate(self)
    def verify_request(self, request, client_address):
        self.requests = getattr(self, 'requests', 0) + 1
        ok = self.requests != 2
        self.calls.append('verify_request %s' % ok)
        return ok
    def process_request(self, request, client_address):
        self.calls.append('process_request')
        SocketServer.TCPServer.process_request(self, request, client_address)
    def shutdown_request(self, request):
        self.calls.append('shutdown_request')
        SocketServer.TCPServer.shutdown_request(self, request)
    def handle_timeout(self):
        self.calls.append('handle_timeout')
    def handle_error(self, request, client_address):
        self.calls.append('handle_error %s' % sys.exc_info()[0].__name__)
        SocketServer.TCPServer.handle_error(self, request, ('127.0.0.1', 12345))
    def server_close(self):
        self.calls.append('server_close')
        SocketServer.TCPServer.server_close(self)

class Failing(SocketServer.BaseRequestHandler):
    def handle(self):
        raise ValueError('bad request %r' % self.request.recv(10))

server = Picky(('127.0.0.1', 0), Failing)
print 'reuse:', server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
for i in range(3):
    c = socket.create_connection(server.server_address)
    c.sendall('req%d' % i)
    server.handle_request()
    print 'client %d reads %r' % (i, c.recv(10))
    c.close()
server.handle_request()
server.server_close()
for call in Picky.calls:
    print ' ', call
sys.stdout.flush()

# 4. bind failure closes the socket and re-raises
class Tracking(SocketServer.TCPServer):
    def server_close(self):
        print 'server_close called'
        SocketServer.TCPServer.server_close(self)
try:
    Tracking(('256.1.1.1', 0), Echo)
except socket.error as e:
    print 'bind failed:', type(e).__name__, e.args[0] if e.args else None

# 5. bind_and_activate=False
server = SocketServer.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print 'not bound:', server.server_address
server.allow_reuse_address = True
server.server_bind()
server.server_activate()
print 'now bound:', server.server_address[0], server.server_address[1] > 0
server.server_close()
print 'instance type:', type(server).__name__, isinstance(server, SocketServer.BaseServer)
print 'done'
