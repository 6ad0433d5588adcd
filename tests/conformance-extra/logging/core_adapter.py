# LoggerAdapter: process() and its 2.7 extra semantics (the adapter's extra replaces the call's),
# every logging method, isEnabledFor, subclasses overriding process.
import sys
import logging

lg = logging.getLogger("adapted")
lg.propagate = False
lg.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(ip)s %(message)s"))
lg.addHandler(h)
ad = logging.LoggerAdapter(lg, {"ip": "10.0.0.1"})
print ad.logger is lg, ad.extra
ad.debug("debug %s", "a")
ad.info("info %s", "b")
ad.warning("warning %s", "c")
ad.error("error %s", "d")
ad.critical("critical %s", "e")
ad.log(logging.WARNING, "log %s", "f")
ad.info("call's extra is replaced", extra={"ip": "ignored", "other": 1})
try:
    1 / 0
except ZeroDivisionError:
    ad.exception("exception %s", "g")
    ad.error("error with exc_info", exc_info=True)
print ad.isEnabledFor(logging.DEBUG), ad.isEnabledFor(5)
lg.setLevel(logging.ERROR)
print ad.isEnabledFor(logging.WARNING)
ad.info("not shown")
lg.setLevel(logging.DEBUG)
kw = {"exc_info": False}
print ad.process("msg", kw), kw
print hasattr(ad, "warn"), hasattr(ad, "fatal"), hasattr(ad, "setLevel"), hasattr(ad, "getEffectiveLevel"), hasattr(ad, "manager")

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = {"ip": "sub"}
        return "[%s] %s" % (self.extra["tag"], msg), kwargs
pa = Prefixed(lg, {"tag": "T"})
pa.info("through subclass %d", 1)
pa.log(logging.ERROR, "log through subclass")
sys.stdout.flush()
