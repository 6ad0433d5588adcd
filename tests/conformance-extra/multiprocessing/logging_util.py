# get_logger/log_to_stderr, the SUBDEBUG/SUBWARNING levels, util's helpers and processName in records.
import multiprocessing as mp
import logging, sys
from multiprocessing import util

def child():
    mp.get_logger().warning('from child %s', mp.current_process().name)

if __name__ == '__main__':
    util.info('not logged: no logger yet')
    lg = mp.get_logger()
    print lg.name, lg.propagate, lg.level, lg.handlers, logging.getLevelName(5), logging.getLevelName(25)
    l2 = mp.log_to_stderr()
    print l2 is lg, len(lg.handlers), lg.handlers[0].formatter._fmt, lg.level
    mp.log_to_stderr(logging.WARNING)
    print lg.level, len(lg.handlers)
    lg.handlers[:] = []
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(util.DEFAULT_LOGGING_FORMAT))
    lg.addHandler(h)
    lg.warning('hello %d', 1)
    sys.stdout.flush()
    p = mp.Process(target=child)
    p.start()
    p.join()
    lg.setLevel(util.SUBDEBUG)
    util.info('info message')
    util.sub_warning('subwarn')
    util.debug('dbg %s', 'x')
    util.sub_debug('subdbg')
    print util.LOGGER_NAME, util.DEFAULT_LOGGING_FORMAT, util.SUBDEBUG, util.SUBWARNING
    lg.setLevel(logging.WARNING)
    print util.get_temp_dir().split('/')[-1].startswith('pymp-'), util.is_exiting()
    r = logging.makeLogRecord({'msg': 'x'})
    print r.processName
