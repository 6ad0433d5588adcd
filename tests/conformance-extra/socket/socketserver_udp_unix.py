# SocketServer's datagram and Unix-domain servers: UDPServer with DatagramRequestHandler, a threading
# UDP server, UnixStreamServer and UnixDatagramServer, each answered by a client in the same program.
import SocketServer
import socket
import threading
import tempfile
import os
import shutil

class Upper(SocketServer.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print 'server got %r (packet %r) socket type %s' % (data, self.packet, self.socket.type == socket.SOCK_DGRAM)
        self.wfile.write(data.upper())
        self.wfile.write('!')

server = SocketServer.UDPServer(('127.0.0.1', 0), Upper)
print 'udp socket type:', server.socket.type == socket.SOCK_DGRAM
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for word in ['alpha', 'beta']:
    client.sendto(word, server.server_address)
    server.handle_request()
    data, addr = client.recvfrom(100)
    print 'client got %r from server %s' % (data, addr == server.server_address)
client.close()
server.server_close()

# a small max_packet_size truncates the datagram
class Small(SocketServer.UDPServer):
    max_packet_size = 4
class Report(SocketServer.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        print 'request is (data, socket):', repr(data), sock is self.server.socket
        sock.sendto('len=%d' % len(data), self.client_address)
server = Small(('127.0.0.1', 0), Report)
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.sendto('0123456789', server.server_address)
server.handle_request()
print 'reply:', client.recv(100)
client.close()
server.server_close()

# threading UDP server under serve_forever
class QuietUpper(SocketServer.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())
server = SocketServer.ThreadingUDPServer(('127.0.0.1', 0), QuietUpper)
runner = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
runner.start()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(5)
client.sendto('threaded', server.server_address)
print 'threaded reply:', client.recv(100)
client.close()
server.shutdown()
runner.join()
server.server_close()

tmp = tempfile.mkdtemp()
try:
    # Unix stream server
    path = os.path.join(tmp, 'stream.sock')
    class Lines(SocketServer.StreamRequestHandler):
        def handle(self):
            print 'unix client address: %r' % (self.client_address,)
            line = self.rfile.readline()
            self.wfile.write('%d chars\n' % len(line.rstrip('\n')))
    server = SocketServer.UnixStreamServer(path, Lines)
    print 'unix server address is the path:', server.server_address == path, os.path.exists(path)
    print 'family:', server.address_family == socket.AF_UNIX, server.socket.family == socket.AF_UNIX
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path)
    c.sendall('seven!!\n')
    server.handle_request()
    print 'unix reply:', repr(c.recv(100))
    c.close()
    server.server_close()

    # Unix datagram server: the client binds its own path so the server can answer
    spath = os.path.join(tmp, 'dgram.sock')
    cpath = os.path.join(tmp, 'client.sock')
    class Echo(SocketServer.DatagramRequestHandler):
        def handle(self):
            print 'datagram from', os.path.basename(self.client_address)
            self.wfile.write('echo ' + self.rfile.read())
    server = SocketServer.UnixDatagramServer(spath, Echo)
    c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    c.bind(cpath)
    c.sendto('ping', spath)
    server.handle_request()
    print 'unix datagram reply:', c.recv(100)
    c.close()
    server.server_close()

    # Threading unix stream server
    path2 = os.path.join(tmp, 'threads.sock')
    class Count(SocketServer.StreamRequestHandler):
        def handle(self):
            self.wfile.write('%d chars\n' % len(self.rfile.readline().rstrip('\n')))
    server = SocketServer.ThreadingUnixStreamServer(path2, Count)
    runner = threading.Thread(target=server.serve_forever, args=(0.05,))
    runner.start()
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path2)
    c.sendall('abc\n')
    print 'threaded unix reply:', repr(c.makefile().readline())
    c.close()
    server.shutdown()
    runner.join()
    server.server_close()
    print 'bases:', [b.__name__ for b in SocketServer.ThreadingUnixStreamServer.__bases__], \
        [b.__name__ for b in SocketServer.UnixDatagramServer.__bases__]
finally:
    shutil.rmtree(tmp)
print 'done'
