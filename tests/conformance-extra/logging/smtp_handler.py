# SMTPHandler and the smtplib client it uses, against a tiny SMTP server thread: the commands and
# message the server receives, ESMTP features, AUTH PLAIN/LOGIN, refusals and their exceptions.
import logging, logging.handlers, smtplib, socket, threading
from email.utils import formatdate, formataddr, parseaddr

def normalize(line):
    if line.startswith('Date: '):
        return 'Date: <date>'
    parts = line.split(' ', 1)
    if parts[0].lower() in ('ehlo', 'helo') and parts[1] != 'client.example':
        return parts[0] + ' <local hostname>'
    return line

class Server(object):
    def __init__(self, features, refuse=()):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.features = features
        self.refuse = refuse
        self.log = []
        self.thread = threading.Thread(target=self.serve)
        self.thread.start()

    def serve(self):
        conn, _ = self.sock.accept()
        f = conn.makefile('rb')
        conn.sendall('220 test.example ESMTP ready\r\n')
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip('\r\n')
            self.log.append(normalize(line))
            verb = line.split(' ')[0].upper()
            if verb == 'EHLO':
                lines = ['test.example'] + self.features
                conn.sendall(''.join('250%s%s\r\n' % ('-' if i < len(lines) - 1 else ' ', l) for i, l in enumerate(lines)))
            elif verb == 'HELO':
                conn.sendall('250 test.example\r\n')
            elif verb == 'MAIL':
                conn.sendall('553 sender rejected\r\n' if 'spam' in line else '250 OK\r\n')
            elif verb == 'RCPT':
                conn.sendall('550 no such user\r\n' if any(r in line for r in self.refuse) else '250 OK\r\n')
            elif verb == 'DATA':
                conn.sendall('354 go ahead\r\n')
                body = []
                while True:
                    l = f.readline()
                    if l == '.\r\n':
                        break
                    body.append(normalize(l.rstrip('\r\n')))
                self.log.append('<data %r>' % body)
                conn.sendall('250 queued\r\n')
            elif verb == 'AUTH':
                if line.startswith('AUTH LOGIN'):
                    conn.sendall('334 UGFzc3dvcmQ6\r\n')
                    self.log.append(f.readline().rstrip('\r\n'))
                conn.sendall('235 authenticated\r\n')
            elif verb == 'QUIT':
                conn.sendall('221 bye\r\n')
                break
            elif verb == 'VRFY':
                conn.sendall('252 cannot verify %s\r\n' % line[5:])
            elif verb == 'HELP':
                conn.sendall('214-commands:\r\n214 HELO EHLO MAIL\r\n')
            elif verb == 'STARTTLS':
                conn.sendall('454 TLS not available\r\n')
            else:
                conn.sendall('250 OK\r\n')
        conn.close()
        self.sock.close()

    def show(self):
        self.thread.join()
        for l in self.log:
            print '  ', l

# the handler: one mail per record
s = Server(['SIZE 10000', 'HELP'])
h = logging.handlers.SMTPHandler(('127.0.0.1', s.port), 'app@example.com', ['ops@example.com', 'dev@example.com'], 'Alert')
print h.mailhost, h.mailport == s.port, h.fromaddr, h.toaddrs, h.subject, h.username, h.secure, h._timeout
h.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
log = logging.getLogger('mail')
log.propagate = False
log.addHandler(h)
log.error('disk %s is full', '/var')
s.show()
log.removeHandler(h)

# credentials: AUTH PLAIN; a string toaddrs; a subclass's subject
class Subject(logging.handlers.SMTPHandler):
    def getSubject(self, record):
        return '[%s] %s' % (record.levelname, self.subject)
s = Server(['AUTH PLAIN LOGIN'])
h = Subject(('127.0.0.1', s.port), 'app@example.com', 'one@example.com', 'Report', credentials=('user', 'secret'))
print h.toaddrs, h.username, h.password
log.addHandler(h)
log.critical('multi\nline\n.dot line')
s.show()
log.removeHandler(h)

# AUTH LOGIN with the old-style AUTH= line
s = Server(['AUTH=LOGIN'])
c = smtplib.SMTP('127.0.0.1', s.port, local_hostname='client.example')
print c.local_hostname, c.does_esmtp, c.ehlo_resp
print c.login('me', 'pw')
print sorted(c.esmtp_features.items()), c.does_esmtp
print c.quit()
s.show()

# the client directly
s = Server(['SIZE 5000', '8BITMIME', 'AUTH CRAM-MD5', 'x-unknown with params', 'STARTTLS'], refuse=('bad@',))
c = smtplib.SMTP(local_hostname='client.example')
print c.connect('127.0.0.1:%d' % s.port)
print c.ehlo()
print sorted(c.esmtp_features.items())
print c.has_extn('SIZE'), c.has_extn('auth'), c.has_extn('pipelining')
print c.verify('Some One <one@example.com>')
print c.noop(), c.rset()
print repr(c.help())
try:
    c.starttls()
except smtplib.SMTPResponseException as e:
    print type(e).__name__, e.smtp_code, e.smtp_error, e.args
print c.sendmail('a@example.com', ['good@example.com', 'bad@example.com'], 'Subject: x\n\nbody\n.starts with dot\n',
                 mail_options=['BODY=8BITMIME'])
try:
    c.sendmail('a@example.com', ['bad@example.com', 'bad@other.example'], 'x')
except smtplib.SMTPRecipientsRefused as e:
    print 'SMTPRecipientsRefused', sorted(e.recipients.items()), e.args == (e.recipients,)
try:
    c.sendmail('spam@example.com', 'x@example.com', 'x')
except smtplib.SMTPSenderRefused as e:
    print 'SMTPSenderRefused', e.smtp_code, e.smtp_error, e.sender, e.args
print c.quit()
s.show()

# no AUTH, no STARTTLS
s = Server([])
c = smtplib.SMTP('127.0.0.1', s.port, 'client.example')
for call in (lambda: c.login('u', 'p'), lambda: c.starttls()):
    try:
        call()
    except smtplib.SMTPException as e:
        print type(e).__name__, e
c.close()
print c.sock, c.file
s.show()

# errors without a server
try:
    smtplib.SMTP().send('x')
except smtplib.SMTPServerDisconnected as e:
    print 'SMTPServerDisconnected', e
try:
    smtplib.SMTP().connect('localhost:port')
except socket.error as e:
    print 'socket.error', e
print [c.__name__ for c in smtplib.SMTPDataError.__mro__]
print issubclass(smtplib.SMTPAuthenticationError, smtplib.SMTPResponseException), issubclass(smtplib.SMTPException, Exception)
e = smtplib.SMTPResponseException(421, 'closing')
print e.smtp_code, e.smtp_error, e.args, str(e)
print smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, smtplib.LMTP_PORT, repr(smtplib.CRLF)
print repr(smtplib.quotedata('a\nb\r.c\r\n.d\n..e'))
print smtplib.quoteaddr('Joe <joe@example.com>'), smtplib.quoteaddr('plain@example.com'), smtplib.quoteaddr('')
print smtplib.SMTP.debuglevel, smtplib.SMTP.ehlo_msg, smtplib.LMTP.ehlo_msg, smtplib.SMTP.default_port

print formatdate(0), formatdate(1000000000.25, usegmt=True)
print formataddr(('Joe', 'joe@example.com')), formataddr(('', 'x@y')), formataddr(('Doe, John', 'j@d')), formataddr(('a "q" (c)', 'q@x'))
for a in ('Joe Bloggs <joe@example.com>', '"Doe, John" <john@example.com>', 'joe@example.com (Joe)', 'plain@example.com', ''):
    print repr(parseaddr(a))
