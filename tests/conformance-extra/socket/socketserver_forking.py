# ForkingTCPServer: each request is handled in a child process; the parent records and reaps the
# children (active_children, collect_children).
import SocketServer
import socket
import os
import sys

parent = os.getpid()

class WhoAmI(SocketServer.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().strip()
        in_child = os.getpid() != parent
        self.wfile.write('%s handled in child: %s\n' % (line, in_child))

class Server(SocketServer.ForkingTCPServer):
    def process_request(self, request, client_address):
        SocketServer.ForkingTCPServer.process_request(self, request, client_address)
        print 'parent tracks children:', len(self.active_children) >= 1, type(self.active_children).__name__

server = Server(('127.0.0.1', 0), WhoAmI)
print 'timeout:', server.timeout, 'max_children:', server.max_children, 'active_children:', server.active_children
# The clients run in this same thread: a connection waits in the listen backlog until the server
# accepts it, so each client connects and sends before handle_request() forks (no other thread is
# running when the process forks).
replies = []
for name in ['one', 'two']:
    s = socket.create_connection(server.server_address)
    s.sendall(name + '\n')
    server.handle_request()
    replies.append(s.makefile().readline())
    s.close()
for r in replies:
    print r,
# wait for every child, as handle_timeout would after a quiet period
server.max_children = 1
while server.active_children:
    server.collect_children()
print 'children left:', len(server.active_children)
server.server_close()

# a handler raising in the child: the child reports (handle_error) and exits with status 1
class Broken(SocketServer.BaseRequestHandler):
    def handle(self):
        raise RuntimeError('child failure')
class Quiet(SocketServer.ForkingTCPServer):
    def handle_error(self, request, client_address):
        import sys
        print 'child handle_error:', sys.exc_info()[1]
        sys.stdout.flush()
server = Quiet(('127.0.0.1', 0), Broken)
c = socket.create_connection(server.server_address)
sys.stdout.flush()
server.handle_request()
pid = list(server.active_children)[0]
status = os.waitpid(pid, 0)[1] >> 8
print 'child status:', status
print 'client reads:', repr(c.recv(10))
c.close()
server.server_close()
print 'done'
