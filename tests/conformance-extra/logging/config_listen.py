# logging.config.listen/stopListening: a thread receives 4-byte length + configuration text over a
# socket and applies it (fileConfig text, or a JSON object for dictConfig).
import logging, logging.config, socket, struct, sys, json

def send(port, text):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(('localhost', port))
    s.sendall(struct.pack('>L', len(text)) + text)
    s.close()

print logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config._listener
t = logging.config.listen(0)
print t.port, t.ready.is_set(), type(t).__name__, t.daemon
t.start()
t.ready.wait(5)
port = t.port
print port != 0, logging.config._listener is not None
t.ready.clear()

send(port, '''[loggers]
keys=root,net

[handlers]
keys=out

[formatters]
keys=f

[formatter_f]
format=file:%(name)s:%(levelname)s:%(message)s

[handler_out]
class=StreamHandler
formatter=f
args=(sys.stdout,)

[logger_root]
level=WARNING
handlers=out

[logger_net]
level=DEBUG
handlers=
qualname=net
''')
print t.ready.wait(5)
t.ready.clear()
logging.getLogger('net').debug('configured by fileConfig')
logging.getLogger('other').info('not shown')

send(port, json.dumps({
    'version': 1,
    'formatters': {'j': {'format': 'json:%(name)s:%(message)s'}},
    'handlers': {'o': {'class': 'logging.StreamHandler', 'formatter': 'j', 'stream': 'ext://sys.stdout'}},
    'root': {'level': 'INFO', 'handlers': ['o']},
}))
print t.ready.wait(5)
t.ready.clear()
logging.getLogger('other').info('configured by dictConfig')
print [type(h).__name__ for h in logging.getLogger().handlers]

# a configuration that fails: the traceback goes to stderr and the server keeps going
send(port, '[loggers]\nkeys=root\n')
print t.ready.wait(5)
t.ready.clear()
logging.getLogger('x').warning('still configured')

logging.config.stopListening()
print logging.config._listener
t.join(5)
print t.is_alive()
logging.config.stopListening()
