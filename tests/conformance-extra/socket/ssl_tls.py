# ssl: a TLS echo server thread and a client in the same program over a self-signed certificate
# (generated once with openssl and embedded here): wrap_socket on both sides, getpeercert, cipher,
# read/write/send/recv/makefile, unwrap back to plain text, verification failures and the helpers.
import ssl
import socket
import threading
import tempfile
import os
import shutil

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
OTHER_CA = """-----BEGIN CERTIFICATE-----
MIIDAzCCAeugAwIBAgIUKwdyDlvzohsQmgCoKSdkjrhL8wcwDQYJKoZIhvcNAQEL
BQAwEDEOMAwGA1UEAwwFb3RoZXIwIBcNMjYxMTIxMTA1NDIyWhgPMjEyNjEwMjgx
MDU0MjJaMBAxDjAMBgNVBAMMBW90aGVyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A
MIIBCgKCAQEAyHu8GnK1U1XBICnkRicjmIV3VDmDLOfoN/2umJQC1zNb2SJZY2IK
GzY+S0yZNcaw1oPVdgQRUk+4RJr5h1psnHlueFVMl658KT+VCgxAl8wqg7SFggc4
dYNhtYiRAGs4sJfJswm6rpKHhOWLV64lbjIxZk/XFnsuoNe4awozEfZwNL1P0cqT
4/2wU597CNuoSZmb+zKXSTfuvy/qHAbGOuerg3smzr9Cwxblcx2TyglWIUMip51e
JLR11cB/+TQOXnVFB94+CIPSoKtdvFlk1zuT9Ndw7+BCsXiR6cNr9OTsExzJa4V2
3pDeKcS+MX0beGV57Jw/pDJLI07ZIRHxuQIDAQABo1MwUTAdBgNVHQ4EFgQUi74L
3su0RTrx1hyxeXJHP6TVrjUwHwYDVR0jBBgwFoAUi74L3su0RTrx1hyxeXJHP6TV
rjUwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAxeynJhYZOvnk
4gyLQNgwhVYe7TelkzsdojaFXHESXDO0bJ3S0r8day1U/VoqkJClv/h+XW9J22ah
ceB1qAgzRJK213raaUJVWjS15BJkHPFlxFuXK8iK46++o7z16LXuQmN21IXTRLn+
f7eYnnoBLJKZSp3Iv49//QRFLzWCwQMdAbXVSlwYGtplxl3nmOpV/do2Cu8Hz05U
SE174KfABT3hpD8Ud1MGFUjsl2kooJg+1eKIq1ouPu85vh/TxralhVQN4lHnjVa3
sNVI8oSZsTBhFRMv3LZpZ1u+L1Q5yDQmbcx6//mq1yOa4fItXX5s8x9dy248vRfE
QKc6VxoDmw==
-----END CERTIFICATE-----
"""

tmp = tempfile.mkdtemp()
def store(name, text):
    path = os.path.join(tmp, name)
    with open(path, 'w') as f:
        f.write(text)
    return path
cert, key, other = store('cert.pem', CERT), store('key.pem', KEY), store('other.pem', OTHER_CA)

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(5)
address = listener.getsockname()
server_log = []

def serve(conversation, **options):
    conn, addr = listener.accept()
    try:
        s = ssl.wrap_socket(conn, server_side=True, certfile=cert, keyfile=key, **options)
        conversation(s)
    except Exception as e:
        server_log.append('server %s' % type(e).__name__)

def echo_then_unwrap(s):
    server_log.append('server version %s cipher %r' % (s.version(), s.cipher()))
    server_log.append('server peercert %r' % (s.getpeercert(),))
    f = s.makefile('rb')
    line = f.readline()
    s.write(line.upper())
    data = s.recv(100)
    s.sendall(data[::-1])
    f.close()
    plain = s.unwrap()
    server_log.append('server unwrapped to %s' % type(plain).__name__)
    plain.sendall('plain text after TLS')
    plain.close()

t = threading.Thread(target=serve, args=(echo_then_unwrap,))
t.start()
c = ssl.wrap_socket(socket.create_connection(address), cert_reqs=ssl.CERT_REQUIRED, ca_certs=cert)
print 'client is an SSLSocket:', isinstance(c, ssl.SSLSocket), isinstance(c, socket.socket)
print 'version:', c.version()
print 'cipher:', c.cipher()
peer = c.getpeercert()
for k in sorted(peer):
    print '  %s: %r' % (k, peer[k])
der = c.getpeercert(True)
print 'DER matches the PEM file:', ssl.DER_cert_to_PEM_cert(der) == CERT
print 'write returns', c.write('first line\n')
print 'read:', repr(c.read())
print 'send returns', c.send('reverse me')
print 'recv:', repr(c.recv(100))
for method, args in (('send', ('x', 1)), ('recv', (10, 1)), ('sendall', ('x', 1)), ('recvfrom', ()), ('sendto', ('x', ('127.0.0.1', 1))), ('dup', ())):
    try:
        getattr(c, method)(*args)
    except (ValueError, NotImplementedError) as e:
        print '%s: %s: %s' % (method, type(e).__name__, str(e).replace(str(c.__class__), '<class>'))
plain = c.unwrap()
print 'unwrapped:', type(plain).__name__
data = ''
while True:
    chunk = plain.recv(100)
    if not chunk:
        break
    data += chunk
print 'plain data:', repr(data)
plain.close()
t.join()
for line in server_log:
    print line

# the server requires a client certificate
del server_log[:]
def show_client(s):
    peer = s.getpeercert()
    server_log.append('server sees client %r' % (peer['subject'],))
    s.write('welcome')
    s.close()
t = threading.Thread(target=serve, args=(show_client,), kwargs={'cert_reqs': ssl.CERT_REQUIRED, 'ca_certs': cert})
t.start()
c = ssl.wrap_socket(socket.create_connection(address), certfile=cert, keyfile=key, cert_reqs=ssl.CERT_REQUIRED, ca_certs=cert)
print 'client got', repr(c.read(7))
c.close()
t.join()
print server_log

# verification against the wrong CA (what the server sees differs between OpenSSL and .NET: not printed)
t = threading.Thread(target=serve, args=(lambda s: None,))
t.start()
try:
    ssl.wrap_socket(socket.create_connection(address), cert_reqs=ssl.CERT_REQUIRED, ca_certs=other)
except ssl.SSLError as e:
    print 'SSLError:', e
    print '  args/errno/reason/library:', e.args[0], e.errno, e.reason, e.library, isinstance(e, socket.error)
t.join()

# CERT_NONE: the certificate is not validated, getpeercert() is empty
t = threading.Thread(target=serve, args=(lambda s: s.close(),))
t.start()
c = ssl.wrap_socket(socket.create_connection(address))
print 'CERT_NONE getpeercert:', c.getpeercert(), len(c.getpeercert(True)) > 0
c.close()
t.join()

# get_server_certificate
t = threading.Thread(target=serve, args=(lambda s: s.close(),))
t.start()
print 'get_server_certificate is the PEM:', ssl.get_server_certificate(address) == CERT
t.join()
listener.close()

# an unconnected SSLSocket
c = ssl.wrap_socket(socket.socket())
print 'unconnected cipher:', c.cipher()
for name, call in (('getpeercert', c.getpeercert), ('read', c.read), ('write', lambda: c.write('x')), ('unwrap', c.unwrap), ('pending', c.pending)):
    try:
        print name, '->', call()
    except (ValueError, socket.error) as e:
        print name, type(e).__name__, str(e).split(' <')[0]
c.close()
try:
    ssl.wrap_socket(socket.socket(), server_side=True)
except ValueError as e:
    print 'ValueError:', e
try:
    ssl.wrap_socket(socket.socket(), keyfile=key)
except ValueError as e:
    print 'ValueError:', e
try:
    ssl.wrap_socket(socket.socket(), certfile=os.path.join(tmp, 'missing.pem'))
except IOError as e:
    print 'IOError:', e
try:
    ssl.wrap_socket(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
except NotImplementedError as e:
    print 'NotImplementedError:', e
shutil.rmtree(tmp)

# helpers and constants
print 'constants:', ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED, ssl.PROTOCOL_SSLv23, ssl.PROTOCOL_TLS, ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1, ssl.PROTOCOL_TLSv1_2
print 'errors:', ssl.SSL_ERROR_SSL, ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_WANT_WRITE, ssl.SSL_ERROR_SYSCALL, ssl.SSL_ERROR_ZERO_RETURN, ssl.SSL_ERROR_EOF
print 'hierarchy:', ssl.SSLError.__bases__, ssl.SSLZeroReturnError.__bases__, ssl.SSLEOFError.__bases__, ssl.CertificateError.__bases__
print 'protocol names:', ssl.get_protocol_name(ssl.PROTOCOL_TLSv1_2), ssl.get_protocol_name(ssl.PROTOCOL_TLS), ssl.get_protocol_name(99)
print 'RAND:', ssl.RAND_status(), ssl.RAND_add('entropy', 2.0)
pem = ssl.DER_cert_to_PEM_cert('\x30\x82' + 'certificate bytes' * 5)
print 'PEM:', repr(pem)
print 'DER:', repr(ssl.PEM_cert_to_DER_cert(pem))
for bad in ('junk', ssl.PEM_HEADER + '\nabc\n'):
    try:
        ssl.PEM_cert_to_DER_cert(bad)
    except ValueError as e:
        print 'ValueError:', e
for text in ('May  9 00:00:00 2007 GMT', 'Jan  5 09:34:43 2018 GMT', 'jan 05 09:34:43 2018 GMT', 'Jan  5 09:34:61 2018 GMT', 'Jan  5 09:34:43 2018', 'xyz'):
    try:
        print 'cert_time_to_seconds(%r) = %r' % (text, ssl.cert_time_to_seconds(text))
    except ValueError as e:
        print 'ValueError:', e
e = ssl.SSLError(1, 'message')
print 'SSLError str:', str(e), e.errno, e.strerror, str(ssl.SSLError('x')), repr(str(ssl.SSLError()))
print 'done'
