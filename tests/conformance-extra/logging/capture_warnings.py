# captureWarnings routes warnings.showwarning into the 'py.warnings' logger and restores it on False;
# fileConfig evaluates handler class and args with eval in logging's namespace.
import logging, logging.config, warnings, sys, StringIO

original = warnings.showwarning
print logging._warnings_showwarning
logging.captureWarnings(True)
print warnings.showwarning is logging._showwarning, logging._warnings_showwarning is original
logging.captureWarnings(True)   # a second call keeps the first saved function
print logging._warnings_showwarning is original

warnings.simplefilter('always')
warnings.warn('no handler yet')  # py.warnings gets a NullHandler: nothing printed
wlog = logging.getLogger('py.warnings')
print [type(h).__name__ for h in wlog.handlers]

stream = StringIO.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)r'))
class StripDirectory(logging.Filter):
    # the warning text starts with the script's path, which depends on where the test runs
    def filter(self, record):
        record.args = (record.args[0].split('/')[-1],)
        return True
h.addFilter(StripDirectory())
wlog.addHandler(h)
warnings.warn('captured', DeprecationWarning)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 12)
print stream.getvalue()

# with a file argument the original showwarning is used
out = StringIO.StringIO()
warnings.showwarning('direct', RuntimeWarning, 'f.py', 3, out, 'the line')
print repr(out.getvalue())

logging.captureWarnings(False)
print warnings.showwarning is original, logging._warnings_showwarning
logging.captureWarnings(False)
print warnings.showwarning is original
sys.stderr = sys.stdout
warnings.warn_explicit('after restore', UserWarning, 'other.py', 5)
sys.stderr = sys.__stderr__

with open('log.ini', 'w') as f:
    f.write('''[loggers]
keys=root

[handlers]
keys=stream,mem

[formatters]
keys=plain

[formatter_plain]
format=%(levelname)s %(message)s

[handler_stream]
class=StreamHandler
formatter=plain
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
args=(2 * 5, ERROR, None)
target=stream

[logger_root]
level=DEBUG
handlers=stream,mem
''')
logging.config.fileConfig('log.ini')
root = logging.getLogger()
print [type(x).__name__ for x in root.handlers]
mem = root.handlers[1]
print mem.capacity, mem.flushLevel, type(mem.target).__name__
root.info('one')
root.error('two')

with open('bad.ini', 'w') as f:
    f.write('''[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=

[handler_h]
class=StreamHandler
args=(undefined_name,)

[logger_root]
handlers=h
''')
try:
    logging.config.fileConfig('bad.ini')
except NameError as e:
    print 'NameError', e
