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

def files_and_pads(lines, ready):
    import curses, tempfile
    stdscr = curses.initscr()
    curses.typeahead(-1)
    win = curses.newwin(3, 10, 2, 3)
    win.addstr(0, 0, 'saved')
    win.addstr(1, 2, 'window', curses.A_BOLD)
    f = tempfile.TemporaryFile()
    f.write('head')
    win.putwin(f)
    f.write('tail')
    size = f.tell()
    f.seek(4)
    copy = curses.getwin(f)
    lines.append('after getwin: %r of %d' % (f.read(), size))
    lines.append('copy: %r %r %r %r' % (copy.getmaxyx(), copy.getbegyx(), copy.instr(0, 0, 10), copy.instr(1, 0, 10)))
    lines.append('copy attr: %d' % copy.inch(1, 2))
    f.close()
    pad = curses.newpad(20, 30)
    for y in range(20):
        pad.addstr(y, 0, 'pad row %02d ' % y + 'abcdefghij'[y % 10] * 10)
    pad.refresh(5, 3, 1, 1, 6, 20)
    sub = pad.subpad(3, 5, 2, 2)
    lines.append('subpad: %r %r' % (sub.getmaxyx(), sub.instr(0, 0, 5)))
    pad.noutrefresh(10, 0, 8, 1, 10, 25)
    curses.doupdate()
    a = curses.newwin(2, 6, 0, 0)
    b = curses.newwin(2, 6, 0, 0)
    a.addstr(0, 0, 'ab  cd')
    b.addstr(0, 0, 'XXXXXX')
    a.overlay(b)
    lines.append('overlay: %r' % b.instr(0, 0, 6))
    b.addstr(0, 0, 'XXXXXX')
    a.overwrite(b)
    lines.append('overwrite: %r' % b.instr(0, 0, 6))
    b.addstr(0, 0, 'XXXXXX')
    a.overwrite(b, 0, 1, 1, 0, 1, 3)
    lines.append('copywin: %r %r' % (b.instr(0, 0, 6), b.instr(1, 0, 6)))
    curses.beep()
    curses.flash()
    curses.setsyx(3, 4)
    lines.append('getsyx: %r' % (curses.getsyx(),))
    curses.setsyx(-1, -1)
    lines.append('getsyx after leaveok: %r' % (curses.getsyx(),))
    stdscr.refresh()
    ready()
    curses.endwin()

show('files and pads', run_on_pty(files_and_pads, ''))

def mouse_and_colors(lines, ready):
    import curses
    stdscr = curses.initscr()
    curses.typeahead(-1)
    curses.start_color()
    curses.use_default_colors()
    curses.init_pair(1, -1, curses.COLOR_GREEN)
    lines.append('pair 1: %r' % (curses.pair_content(1),))
    stdscr.bkgdset(' ', curses.color_pair(1))
    stdscr.addstr(0, 0, 'default fg on green')
    stdscr.clrtoeol()
    stdscr.keypad(1)
    avail, old = curses.mousemask(curses.ALL_MOUSE_EVENTS)
    lines.append('mousemask: %d %d' % (avail, old))
    curses.ungetmouse(0, 3, 4, 0, curses.BUTTON1_CLICKED)
    key = stdscr.getch()
    lines.append('key: %d is KEY_MOUSE %r' % (key, key == curses.KEY_MOUSE))
    lines.append('getmouse: %r' % (curses.getmouse(),))
    curses.mouseinterval(0)
    stdscr.refresh()
    ready()
    curses.cbreak()
    curses.noecho()
    lines.append('keys: %r' % [stdscr.getch() for i in range(3)])
    curses.mousemask(0)
    curses.endwin()

show('mouse and colors', run_on_pty(mouse_and_colors, '\x1bOP\x1b[15~\x1b[H'))
