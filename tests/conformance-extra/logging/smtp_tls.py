# smtplib over TLS: starttls() upgrading the session (features forgotten, EHLO again), SMTP_SSL on
# an implicit-TLS port, SSLFakeFile, and logging.handlers.SMTPHandler with secure=() and credentials
# going through STARTTLS and AUTH PLAIN. Certificate as in socket/ssl_tls.
import base64
import logging
import logging.handlers
import os
import shutil
import smtplib
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
log = []

def readline(conn):
    line = ""
    while not line.endswith("\n"):
        c = conn.recv(1)
        if not c:
            break
        line += c
    return line

def session(conn, implicit_tls):
    if implicit_tls:
        conn = ssl.wrap_socket(conn, server_side=True, certfile=certfile, keyfile=keyfile)
    tls = implicit_tls
    conn.sendall("220 test.example ESMTP ready\r\n")
    while True:
        line = readline(conn)
        if not line:
            break
        cmd = line.rstrip("\r\n")
        verb = cmd.split(" ")[0].upper()
        log.append(("tls " if tls else "plain ") + (verb if verb == "EHLO" else cmd))
        if verb == "EHLO":
            if tls:
                conn.sendall("250-test.example\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000000\r\n")
            else:
                conn.sendall("250-test.example\r\n250-SIZE 1000\r\n250 STARTTLS\r\n")
        elif verb == "STARTTLS":
            conn.sendall("220 Ready to start TLS\r\n")
            conn = ssl.wrap_socket(conn, server_side=True, certfile=certfile, keyfile=keyfile)
            tls = True
        elif verb == "AUTH":
            log.append("  credentials: %r" % base64.b64decode(cmd.split(" ")[2]))
            conn.sendall("235 2.7.0 Authentication successful\r\n")
        elif verb == "DATA":
            conn.sendall("354 go ahead\r\n")
            body = []
            while True:
                l = readline(conn)
                if l in (".\r\n", ""):
                    break
                body.append(l.rstrip("\r\n"))
            log.append("  %d body lines, subject: %s" % (len(body), [b for b in body if b.startswith("Subject:")]))
            conn.sendall("250 queued\r\n")
        elif verb == "QUIT":
            conn.sendall("221 bye\r\n")
            break
        else:
            conn.sendall("250 ok\r\n")
    conn.close()

def server(listener, modes):
    for implicit in modes:
        conn, _ = listener.accept()
        try:
            session(conn, implicit)
        except (socket.error, ssl.SSLError) as e:
            log.append("server error: %s" % type(e).__name__)

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(5)
port = listener.getsockname()[1]
t = threading.Thread(target=server, args=(listener, [False, True, False]))
t.daemon = True
t.start()

s = smtplib.SMTP("127.0.0.1", port, "client.example")
print s.ehlo()
print s.has_extn("starttls"), sorted(s.esmtp_features.keys()), s.does_esmtp
print s.starttls()
print s.esmtp_features, s.ehlo_resp, s.helo_resp, s.does_esmtp
print type(s.sock).__name__, type(s.file).__name__, isinstance(s.file, smtplib.SSLFakeFile)
print s.ehlo()
print s.has_extn("auth"), s.has_extn("starttls")
try:
    s.starttls()
except smtplib.SMTPException as e:
    print "SMTPException:", e
print s.sendmail("a@example.com", ["b@example.com"], "Subject: hi\r\n\r\nbody\r\n")
print s.quit()

print smtplib.SMTP_SSL.default_port, smtplib.SMTP_SSL_PORT, smtplib.SMTP_SSL.__bases__[0].__name__, "SMTP_SSL" in smtplib.__all__
s = smtplib.SMTP_SSL("127.0.0.1", port, "client.example")
print s.keyfile, s.certfile, type(s.sock).__name__, type(s.file).__name__
print s.ehlo()
print s.login("user", "secret")
print s.sendmail("a@example.com", "c@example.com", "Subject: over ssl\r\n\r\nx\r\n")
print s.quit()
f = smtplib.SSLFakeFile(None)
print f.close()

h = logging.handlers.SMTPHandler(("127.0.0.1", port), "logger@example.com", ["ops@example.com"], "Log: %s" % "alert",
                                 credentials=("loguser", "logpass"), secure=())
h.emit(logging.makeLogRecord({"msg": "disk full", "levelname": "ERROR", "levelno": 40}))
t.join()
listener.close()
for entry in log:
    print entry
shutil.rmtree(base)
