# logging.config.fileConfig: file handlers with args tuples, defaults, handler levels, MemoryHandler
# targets, qualname/propagate, disable_existing_loggers both ways, and readfp-style file objects.
import os
import shutil
import tempfile
import StringIO
import logging
import logging.config

base = tempfile.mkdtemp()
logfile = os.path.join(base, "out.log")
ini = """[loggers]
keys=root,db,db_conn

[handlers]
keys=file,console,mem

[formatters]
keys=detail,short

[logger_root]
level=NOTSET
handlers=console

[logger_db]
level=INFO
handlers=file,mem
qualname=db
propagate=0

[logger_db_conn]
level=DEBUG
handlers=
qualname=db.conn

[handler_file]
class=FileHandler
level=WARNING
formatter=detail
args=(%(logfile)r, 'w')

[handler_console]
class=logging.StreamHandler
formatter=short
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
formatter=short
target=console
args=(2, ERROR)

[formatter_detail]
format=%%(levelname)-8s %%(name)s: %%(message)s
class=logging.Formatter

[formatter_short]
format=short %(levelname)s %(message)s
datefmt=
"""
existing = logging.getLogger("existing")
db_child = logging.getLogger("db.conn.pool")
logging.config.fileConfig(StringIO.StringIO(ini), defaults={"logfile": logfile})
print "existing disabled:", existing.disabled, "pool disabled:", db_child.disabled
db = logging.getLogger("db")
db.debug("not shown")
db.info("buffered info")
db.warning("warning to file and buffer")
logging.getLogger("db.conn").debug("conn debug goes up to db handlers")
logging.getLogger("db.conn").error("conn error")
existing.error("existing is disabled")
logging.getLogger("fresh").info("fresh logger reaches root")
for h in logging.getLogger("db").handlers:
    h.flush()
print open(logfile).read(),

ini2 = ini.replace("keys=root,db,db_conn", "keys=root,db").replace("[logger_db_conn]", "[unused]")
path = os.path.join(base, "second.ini")
with open(path, "w") as f:
    f.write(ini2)
logging.config.fileConfig(path, defaults={"logfile": logfile}, disable_existing_loggers=False)
print "existing disabled:", existing.disabled
print "db.conn level/propagate/handlers:", logging.getLogger("db.conn").level, logging.getLogger("db.conn").propagate, logging.getLogger("db.conn").handlers
existing.error("existing works again")

for text in ["[loggers]\nkeys=root\n\n[handlers]\nkeys=h\n\n[formatters]\nkeys=\n\n[logger_root]\nhandlers=h\n\n[handler_h]\nclass=NoSuchHandler\nargs=()\n",
             "[loggers]\nkeys=main\n\n[handlers]\nkeys=\n\n[formatters]\nkeys=\n",
             "[loggers]\nkeys=root\n"]:
    try:
        logging.config.fileConfig(StringIO.StringIO(text))
    except Exception as e:
        print type(e).__name__ + ":", e
logging.shutdown()
shutil.rmtree(base)
