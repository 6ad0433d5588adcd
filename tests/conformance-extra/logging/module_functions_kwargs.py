# logging's module-level functions take the Logger methods' keywords: exc_info and extra.
import sys
import logging

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(user)s %(message)s", level=logging.DEBUG)

class Brief(logging.Formatter):
    def formatException(self, ei):
        return "  caught %s: %s" % (ei[0].__name__, ei[1])

logging.root.handlers[0].setFormatter(Brief("%(levelname)s %(user)s %(message)s"))
logging.debug("debug %s", "arg", extra={"user": "ann"})
logging.info("info", extra={"user": "bob"})
logging.log(logging.WARNING, "log %d", 3, extra={"user": "cy"})
try:
    [][1]
except IndexError:
    logging.error("error with exc_info", exc_info=True, extra={"user": "dee"})
    logging.exception("exception %s", "call", extra={"user": "eve"})
    logging.critical("critical without traceback", extra={"user": "fay"})
    logging.warning("warning with exc_info", exc_info=1, extra={"user": "gus"})
