# httplib over TLS: HTTPSConnection with an unverified context, the default context (PEP 476
# verification fails on a self-signed certificate), a context trusting the certificate (host name
# checked: 'localhost' matches, '127.0.0.1' does not), the HTTPS compatibility class, and set_tunnel
# through a CONNECT proxy (success, refusal, and after connecting). Certificate as in socket/ssl_tls.
import httplib
import os
import shutil
import socket
import ssl
import tempfile
import threading

CERT = """-----BEGIN CERTIFICATE-----
MIIDqTCCApGgAwIBAgIUfT74USORQPERmwsxPG4BgKThUR4wDQYJKoZIhvcNAQEL
BQAwVTELMAkGA1UEBhMCVVMxEzARBgNVBAgMClRlc3QgU3RhdGUxDTALBgNVBAcM
BEhlcmUxDjAMBgNVBAoMBXB5MmNzMRIwEAYDVQQDDAlsb2NhbGhvc3QwIBcNMjYx
MTIxMTA1NDE2WhgPMjEyNjEwMjgxMDU0MTZaMFUxCzAJBgNVBAYTAlVTMRMwEQYD
VQQIDApUZXN0IFN0YXRlMQ0wCwYDVQQHDARIZXJlMQ4wDAYDVQQKDAVweTJjczES
MBAGA1UEAwwJbG9jYWxob3N0MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAuaoeUEADAzDuG9P6WgF3ob3spHM3fB+pS+K9EcEdFBpBYQ4fsEgtH/YZOQTJ
FptquXrxAPMpSk5GsNH4agZDTcw6YXHzNIwmJ5/4l6a/lZxygWUTxl5+TRqZtPAo
nswZOrk+MakCGcQBPxigI1CdA+tNwKQ/7EDL95lvmQ2Fwr59sRvUB67dofbz3Ia5
pFHowH3/GFwCUzXgdSwlZLaR8lXAtcvWWLZgXYxF0hRyxetmFth0w3XaOhfXm0+t
1CnXaiq33DFMoO0THDcEtefqyTemC9UErn/yrSLxeTOlwbz1+TIzwTrzLr15oBdX
YcjvO8YnFN9FEoDODGRGcKoFJQIDAQABo28wbTAdBgNVHQ4EFgQUBpRc1TVkMVET
JIK8enyv9M4STOEwHwYDVR0jBBgwFoAUBpRc1TVkMVETJIK8enyv9M4STOEwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwDQYJKoZI
hvcNAQELBQADggEBAFlFGMiz5VNsaqLnzo74Oz8710fJIeysYDSYv4soCa1r8gKl
Uk+xCHMG80PZr9dfFivmGELFnkWdRGDCOENZLcpmzxgwgzGvBKzLxge7ccJuOs0m
nlMvPjzjLtKPbZVtppUOJv1aFmZnAA28OSCfRzQSrhsq7ldNhDzd54tC1FSWCLcE
+8kZOaRKSvjXRFNdwf0oY5S5KNyWq+4q2MkAnEHSfEYrBllGNJDiMPg5Kxs6Ev8C
jQCex0nZkwcGkJ3SKrh9JWK5OpsVqWgtTfAjzlabWENHYbevJobqWN/iRuNzZtb4
TB+J3gJYZk+cgAQfc8zTyaiycR2mSczE2wIXzqk=
-----END CERTIFICATE-----
"""
KEY = """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC5qh5QQAMDMO4b
0/paAXehveykczd8H6lL4r0RwR0UGkFhDh+wSC0f9hk5BMkWm2q5evEA8ylKTkaw
0fhqBkNNzDphcfM0jCYnn/iXpr+VnHKBZRPGXn5NGpm08CiezBk6uT4xqQIZxAE/
GKAjUJ0D603ApD/sQMv3mW+ZDYXCvn2xG9QHrt2h9vPchrmkUejAff8YXAJTNeB1
LCVktpHyVcC1y9ZYtmBdjEXSFHLF62YW2HTDddo6F9ebT63UKddqKrfcMUyg7RMc
NwS15+rJN6YL1QSuf/KtIvF5M6XBvPX5MjPBOvMuvXmgF1dhyO87xicU30USgM4M
ZEZwqgUlAgMBAAECggEABYL7ArozvtM9XUH8/Gsq3at2tMG8/mYdJvYoytoRwtpp
v2JySS2+isr0oBBeXwzWNgq5R+iJp3Ud9D9MzmIE0EX2aB178SVWnfYfLVDM7bl6
Gc0iBq8xtQ/cws10eWHPcnW0I2vMqfcD0jD10raPmAxB3aQ6FIDqVbcn5Beam88l
MR78qe88SpkKpDze0OlOAtoAH+wfhH/H60J57VRombaeeA5LC5PirKg7INchmUHb
nUUzGuubB6tb296QAX7EH06cN2CX6gOw6e5FrtasmsEUGibN2sLe/ivG4gjDNgOr
T9icBdA490jiQZEw4QKtheL5zd5Gj5wfplSxDYUuDQKBgQDfCQiu1tX6gbNSKbml
EtHerGSDXWOTfy5coUPKd/H+cW6guCdXyoFwOn9x7K5Oa1p7X2hgzPZ49ssW+dXb
nxM4tU1SChdGnTtCrIXIAN9ZlP5oqkNI3GXaQxg8fUr4NFJX6x/RIsrpdTmdjX6+
3Fg/Y3IBJNCpUBn5Qe7XjAM8vwKBgQDVGxccwORHZ+F3Fw2O1E+k933ktYIAp6V9
3bcyhOnDGCjrRMOWXx4okUShOiGC/7ajBZQ5CTzv0/2OtExagLDuEWl3GohduhhK
xV0gj18DCZjgQEy9QVE54i522U4j78uWKY6Jz2pz6nvgPdQFhllzAWnh8ne7Ipq4
Sp61a5ujGwKBgQCN3LwmIUYHSXoat6l6Qsc0wChKmhsdFRcTGgv5e2Nz+Qhpt9hm
ccr07HBlsSqJfKUXte65K4VWGXvCCHUrdToPptogZYS6iIXJ+dw6A7wMycUsI6ga
bv1l36lJyFPoHbeGbmpVZrDz33kfKoHEunhzETjRW25RUz7CGVrmxQrGFwKBgHCi
m+mvrjhrmIjIX3shjmMECL9sjCTqdxb6rAyAocljKKWJN9NvvNH2Tg7lWbcSjybF
GR24W0PriTX25/Bh2qJKA7NXC8J2TMagYGOIQ9CoLuxAMA9LybHNcX+RxbJK2REq
L9N5FKvlwMm6BClTZE3b7mnlLRF07dAAaLg9AwsHAoGAYRhgoYpT85FC8KIkui4U
YYY4qeI7LrAuwI2idneJ3/UGn+1E2zliFKkVKM17B8HD9hTDibx+PApFBqfuauU5
0bLmxn1/AV8k7OR+/fPtLEO5NZaWkmyKWglwFmjaRFKVZYwvtbEWeQAZuOM1AN1l
3Tyn5DwNuRnGmn+aI9DcgcM=
-----END PRIVATE KEY-----
"""
base = tempfile.mkdtemp()
certfile = os.path.join(base, "cert.pem")
keyfile = os.path.join(base, "key.pem")
open(certfile, "w").write(CERT)
open(keyfile, "w").write(KEY)

def readline(conn):
    line = ""
    while not line.endswith("\n"):
        c = conn.recv(1)
        if not c:
            break
        line += c
    return line

def read_head(conn):
    lines = []
    while True:
        line = readline(conn)
        if line in ("\r\n", ""):
            return lines
        lines.append(line.rstrip("\r\n"))

def respond(conn, lines):
    body = "\n".join(l for l in lines if not l.startswith("Accept-Encoding")) + "\n"
    conn.sendall("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))

def tls_server(listener, count):
    for i in range(count):
        conn, _ = listener.accept()
        try:
            s = ssl.wrap_socket(conn, server_side=True, certfile=certfile, keyfile=keyfile)
        except (ssl.SSLError, socket.error):
            conn.close()
            continue
        try:
            respond(s, read_head(s))
        except (ssl.SSLError, socket.error):
            pass
        s.close()

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(5)
port = listener.getsockname()[1]
t = threading.Thread(target=tls_server, args=(listener, 5))
t.daemon = True
t.start()

print httplib.HTTPSConnection.default_port, httplib.HTTPS_PORT, httplib.HTTPSConnection.__bases__[0].__name__
c = httplib.HTTPSConnection("localhost", port, context=ssl._create_unverified_context())
print c.host, c.port == port, c.key_file, c.cert_file, c._context.verify_mode, c._context.check_hostname
c.request("GET", "/unverified?x=1", headers={"X-Test": "yes"})
sock = c.sock
r = c.getresponse()
print r.status, r.reason, r.getheader("content-type")
print r.read().replace(str(port), "PORT"),
print isinstance(sock, ssl.SSLSocket), sock.server_hostname, sock.context is c._context, c.sock
c.close()

c = httplib.HTTPSConnection("localhost", port)
print c._context.verify_mode == ssl.CERT_REQUIRED, c._context.check_hostname
try:
    c.request("GET", "/")
except ssl.SSLError as e:
    print "SSLError:", e.reason
c.close()

ctx = ssl.create_default_context(cafile=certfile)
c = httplib.HTTPSConnection("localhost", port, context=ctx)
c.request("POST", "/trusted", "data=1")
r = c.getresponse()
print r.status, r.read().replace(str(port), "PORT"),
c.close()

c = httplib.HTTPSConnection("127.0.0.1", port, context=ctx)
try:
    c.request("GET", "/")
except ssl.CertificateError as e:
    print "CertificateError:", e
c.close()

h = httplib.HTTPS("localhost", port, context=ssl._create_unverified_context())
print h._conn.__class__.__name__, h.key_file, h.cert_file
h.putrequest("GET", "/compat")
h.endheaders()
code, msg, headers = h.getreply()
print code, msg, headers["content-length"] != ""
print h.getfile().read(int(headers["content-length"])).replace(str(port), "PORT"),
h.close()
t.join()
listener.close()

def proxy(listener, replies):
    for reply in replies:
        conn, _ = listener.accept()
        print "proxy got:", read_head(conn)
        conn.sendall(reply)
        if reply.startswith("HTTP/1.0 200"):
            respond(conn, read_head(conn))
        conn.close()

plistener = socket.socket()
plistener.bind(("127.0.0.1", 0))
plistener.listen(5)
pport = plistener.getsockname()[1]
pt = threading.Thread(target=proxy, args=(plistener, ["HTTP/1.0 200 Connection established\r\nVia: test\r\n\r\n",
                                                     "HTTP/1.0 407 Proxy Authentication Required  \r\n\r\n"]))
pt.daemon = True
pt.start()
c = httplib.HTTPConnection("127.0.0.1", pport)
c.set_tunnel("www.example.com", 8080, {"Proxy-Authorization": "Basic xyz"})
print c._tunnel_host, c._tunnel_port, c._tunnel_headers
c.request("GET", "/through")
r = c.getresponse()
print r.status, r.read(),
try:
    c.set_tunnel("other")
except RuntimeError as e:
    print "RuntimeError:", e
c.close()
c = httplib.HTTPConnection("127.0.0.1", pport)
c.set_tunnel("secure.example.com:4443")
print c._tunnel_host, c._tunnel_port, c._tunnel_headers
try:
    c.request("GET", "/refused")
except socket.error as e:
    print "socket.error:", e
print c.sock
pt.join()
plistener.close()
shutil.rmtree(base)
