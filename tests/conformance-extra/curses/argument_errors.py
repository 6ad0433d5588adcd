# curses on a pseudo-terminal: the child draws with curses on a pty of fixed TERM and size; the
# parent feeds keystrokes once the child is ready and prints every byte the child wrote to the
# terminal, and what the child reported through a pipe. Typeahead checking is off (typeahead(-1))
# so ncurses never postpones output because keys are already waiting: the bytes are deterministic.
import os, sys, select

def run_on_pty(child, keys):
    ready_r, ready_w = os.pipe()
    report_r, report_w = os.pipe()
    pid, fd = os.forkpty()
    if pid == 0:
        os.close(ready_r); os.close(report_r)
        os.environ['TERM'] = 'xterm'
        os.environ['LINES'] = '12'
        os.environ['COLUMNS'] = '40'
        lines = []
        def ready():
            os.write(ready_w, 'R')
        try:
            child(lines, ready)
        except Exception as e:
            lines.append('child raised %s: %s' % (type(e).__name__, e))
        os.write(report_w, '\n'.join(lines) + '\n')
        os._exit(0)
    os.close(ready_w); os.close(report_w)
    output = []
    def drain(wait):
        while True:
            r, _, _ = select.select([fd], [], [], wait)
            if not r:
                return True
            try:
                data = os.read(fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            output.append(data)
    # wait for the child to be ready, collecting its output meanwhile
    while True:
        r, _, _ = select.select([fd, ready_r], [], [], 20)
        if not r:
            break
        if ready_r in r:
            os.read(ready_r, 1)
            break
        try:
            output.append(os.read(fd, 4096))
        except OSError:
            break
    if keys:
        os.write(fd, keys)
    drain(20)
    os.waitpid(pid, 0)
    report = ''
    while True:
        chunk = os.read(report_r, 4096)
        if not chunk:
            break
        report += chunk
    os.close(report_r); os.close(ready_r); os.close(fd)
    return ''.join(output), report

def show(title, result):
    screen, report = result
    print '==', title
    print 'report:'
    print report,
    print 'terminal bytes:', len(screen)
    for i in range(0, len(screen), 64):
        print repr(screen[i:i + 64])

def argument_errors(lines, ready):
    import curses
    def t(label, f):
        try:
            lines.append('%s -> %r' % (label, f()))
        except Exception as e:
            lines.append('%s !! %s: %s' % (label, type(e).__name__, e))
    s = curses.initscr()
    curses.typeahead(-1)
    w = curses.newwin(3, 5, 1, 1)
    for name, args in [('keypad', ()), ('keypad', (1, 2)), ('move', (1,)), ('getyx', (1,)), ('attron', ()),
                       ('mvwin', (1,)), ('resize', (1,)), ('timeout', ()), ('enclose', (1,)), ('insdelln', ()),
                       ('nodelay', (1, 2)), ('clear', (1,)), ('getbkgd', (1,)), ('putwin', ()), ('redrawln', (1,)),
                       ('setscrreg', (1,)), ('is_linetouched', ()), ('scrollok', ('x',)), ('keypad', ('x',)),
                       ('attron', ('x',)), ('move', ('a', 1)), ('idcok', ()), ('immedok', (1, 2)), ('syncup', (1,)),
                       ('touchwin', (1,)), ('standout', (1,)), ('derwin', (1, 2, 3)), ('getch', (1,)),
                       ('getkey', (1,)), ('getstr', (1, 2, 3, 4)), ('addch', ()), ('leaveok', ()), ('clearok', ()),
                       ('mvderwin', ()), ('attrset', (1, 2)), ('attroff', ())]:
        t('%s%r' % (name, args), lambda: getattr(w, name)(*args))
    for name, args in [('newpad', (1,)), ('keyname', ()), ('napms', ()), ('curs_set', ()), ('beep', (1,)),
                       ('setupterm', (1, 2, 3)), ('tigetstr', ()), ('tigetnum', (1, 2)), ('has_key', ()),
                       ('unctrl', ()), ('ungetch', ()), ('resizeterm', (1,)), ('halfdelay', ()), ('meta', ()),
                       ('intrflush', ()), ('typeahead', ()), ('putp', ()), ('mousemask', ()), ('use_env', ()),
                       ('getwin', ()), ('newwin', ()), ('keyname', ('a',)), ('napms', ('a',)), ('qiflush', (1, 2)),
                       ('filter', (1,)), ('isendwin', (1,)), ('start_color', (1,)), ('tparm', ())]:
        t('curses.%s%r' % (name, args), lambda: getattr(curses, name)(*args))
    ready()
    curses.endwin()

show('argument errors', run_on_pty(argument_errors, ''))
