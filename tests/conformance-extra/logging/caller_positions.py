# funcName, lineno, module and filename of records logged from module level, functions, methods,
# nested functions, LoggerAdapter, logging.info and after os.chdir (the source file's name
# does not change with the working directory).
import logging
import os
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(module)s %(filename)s:%(lineno)d %(funcName)s: %(message)s"))
log = logging.getLogger("callers")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

log.info("module level")


def outer():
    log.debug("in outer")

    def inner(n):
        log.warning("in inner %d", n)
        if n:
            inner(n - 1)
    inner(2)
    for i in range(3):
        log.info("loop %d", i)


class Worker(object):
    def run(self):
        log.error("in method")
        return self

    @staticmethod
    def static():
        log.critical("in staticmethod")


outer()
Worker().run()
Worker.static()
logging.LoggerAdapter(log, {}).info("through an adapter")
os.mkdir("sub")
os.chdir("sub")
log.info("after chdir")


def deep(n):
    if n == 0:
        log.info("deep bottom")
    else:
        deep(n - 1)
deep(30)
records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append((record.funcName, record.lineno, record.module))


keep = Keep()
log.addHandler(keep)
for i in range(2):
    log.info("same line twice")
log.removeHandler(keep)
print(records)
