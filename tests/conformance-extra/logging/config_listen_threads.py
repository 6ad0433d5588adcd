# logging.config.listen serves each connection in its own thread (2.7's ThreadingTCPServer): a client
# that has sent only part of its configuration does not hold up another client's configuration.
import sys
import json
import time
import socket
import struct
import logging
import logging.config

t = logging.config.listen(0)
t.start()
t.ready.wait()
port = t.port
t.ready.clear()
print "listening:", port > 0

def config_for(fmt):
    return json.dumps({"version": 1,
                       "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                                            "formatter": "f"}},
                       "formatters": {"f": {"format": fmt}},
                       "root": {"handlers": ["out"], "level": "INFO"}})

slow = socket.create_connection(("localhost", port))
first = config_for("slow: %(message)s")
slow.sendall(struct.pack(">L", len(first)) + first[:10])
time.sleep(0.3)

fast = socket.create_connection(("localhost", port))
second = config_for("fast: %(message)s")
fast.sendall(struct.pack(">L", len(second)) + second)
fast.close()
print "fast applied while slow is pending:", t.ready.wait(5)
t.ready.clear()
logging.getLogger().info("after the fast configuration")

slow.sendall(first[10:])
slow.close()
print "slow applied:", t.ready.wait(5)
logging.getLogger().info("after the slow configuration")

logging.config.stopListening()
t.join(5)
print "stopped:", not t.is_alive()
