# logging.config.fileConfig: every section form (formatters with datefmt and class, handlers with args
# and level and formatter, loggers with qualname/propagate/handlers), a file object, defaults for
# interpolation, disable_existing_loggers and the child-logger rule, and errors for missing sections.
import os
import sys
import StringIO
import logging
import logging.config

class Shout(logging.Formatter):
    def format(self, record):
        return logging.Formatter.format(self, record).upper()

CONFIG = """
[loggers]
keys=root,app,appdb,quiet

[handlers]
keys=out,file,shout

[formatters]
keys=plain,dated,loud

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=shout
qualname=app
propagate=0

[logger_appdb]
level=INFO
handlers=
qualname=app.db
propagate=1

[logger_quiet]
level=DEBUG
handlers=file
qualname=quiet

[handler_out]
class=StreamHandler
level=NOTSET
formatter=plain
args=(sys.stdout,)

[handler_file]
class=FileHandler
level=%(filelevel)s
formatter=dated
args=('%(logname)s', 'w')

[handler_shout]
class=logging.StreamHandler
formatter=loud
args=(sys.stdout,)

[formatter_plain]
format=%(name)s|%(levelname)s|%(message)s

[formatter_dated]
format=%(asctime)s %(message)s
datefmt=[%Y]

[formatter_loud]
format=%(name)s says %(message)s
class=__main__.Shout
"""
open("log.ini", "w").write(CONFIG)
kept = logging.getLogger("kept")
kept_child = logging.getLogger("app.db.child")
logging.config.fileConfig("log.ini", defaults={"filelevel": "INFO", "logname": "quiet.log"})
root = logging.getLogger()
print root.level, [type(h).__name__ for h in root.handlers]
app = logging.getLogger("app")
db = logging.getLogger("app.db")
quiet = logging.getLogger("quiet")
print app.level, app.propagate, [type(h.formatter).__name__ for h in app.handlers]
print db.level, db.propagate, db.handlers, quiet.level, quiet.propagate
print kept.disabled, kept_child.disabled, kept_child.level, kept_child.propagate
app.debug("app debug")
db.info("db info goes to app's handler")
db.debug("db debug is below INFO")
quiet.info("to the file")
quiet.debug("not to the file")
logging.getLogger("other").warning("root out")
fh = quiet.handlers[0]
print fh.level, fh.formatter.datefmt, os.path.basename(fh.baseFilename), fh.mode
fh.close()
import re
print re.sub(r"\d", "9", open("quiet.log").read()),

# a file object, disable_existing_loggers=False
SMALL = """[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=INFO
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
formatter=f
[formatter_f]
format=small: %(message)s
"""
new_logger = logging.getLogger("brand.new")
logging.config.fileConfig(StringIO.StringIO(SMALL), disable_existing_loggers=False)
print new_logger.disabled, app.disabled, len(root.handlers), root.level
new_logger.info("from a file object")
logging.config.fileConfig(StringIO.StringIO(SMALL))
print new_logger.disabled, app.disabled

# errors
for text in ["[loggers]\nkeys=root\n", "[formatters]\nkeys=f\n[formatter_f]\nformat=x\n",
             "[loggers]\nkeys=root\n[handlers]\nkeys=h\n[formatters]\nkeys=\n[logger_root]\nhandlers=h\n[handler_h]\nclass=NoSuchHandler\nargs=()\n",
             "[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n[logger_root]\nlevel=INFO\nhandlers=\n",
             "[loggers]\nkeys=x\n[handlers]\nkeys=\n[formatters]\nkeys=\n[logger_x]\nlevel=INFO\n"]:
    try:
        logging.config.fileConfig(StringIO.StringIO(text))
        print "accepted", len(root.handlers), root.level
    except Exception as e:
        print type(e).__name__ + ":", e
try:
    logging.config.fileConfig("missing.ini")
except Exception as e:
    print type(e).__name__ + ":", e
