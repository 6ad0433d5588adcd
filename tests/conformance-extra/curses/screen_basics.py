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

def drawing(lines, ready):
    import curses
    stdscr = curses.initscr()
    curses.typeahead(-1)
    curses.noecho()
    curses.cbreak()
    lines.append('LINES=%d COLS=%d' % (curses.LINES, curses.COLS))
    lines.append('maxyx=%r begyx=%r' % (stdscr.getmaxyx(), stdscr.getbegyx()))
    stdscr.addstr(0, 0, 'Hello, curses!')
    stdscr.addstr(1, 2, 'bold', curses.A_BOLD)
    stdscr.addstr(' underline', curses.A_UNDERLINE)
    stdscr.addstr(2, 0, 'reverse', curses.A_REVERSE | curses.A_DIM)
    stdscr.addch(3, 0, 'x')
    stdscr.addch(3, 1, ord('y'), curses.A_BOLD)
    stdscr.addch(curses.ACS_DIAMOND)
    stdscr.addnstr(4, 0, 'truncated text', 9)
    stdscr.insstr(4, 0, '>>')
    stdscr.insnstr(4, 0, 'abcdef', 2)
    lines.append('row4=%r' % stdscr.instr(4, 0, 16))
    lines.append('inch=%d %d' % (stdscr.inch(1, 2), stdscr.inch(3, 1)))
    stdscr.hline(5, 0, '-', 20)
    stdscr.vline(6, 30, '|', 4)
    stdscr.hline(5, 25, curses.ACS_HLINE, 10)
    win = curses.newwin(4, 12, 6, 2)
    win.box()
    win.addstr(1, 1, 'in a box')
    sub = win.derwin(1, 8, 2, 2)
    sub.addstr(0, 0, 'derived')
    lines.append('sub begyx=%r paryx=%r' % (sub.getbegyx(), sub.getparyx()))
    try:
        win.addstr(1, 1, 'this is far too long for the window')
    except curses.error as e:
        lines.append('error: %s' % e)
    try:
        stdscr.move(50, 50)
    except curses.error as e:
        lines.append('error: %s' % e)
    stdscr.move(0, 20)
    stdscr.clrtoeol()
    lines.append('yx=%r' % (stdscr.getyx(),))
    stdscr.refresh()
    win.refresh()
    ready()
    curses.endwin()
    lines.append('isendwin=%r' % curses.isendwin())

show('drawing', run_on_pty(drawing, ''))

def scrolling(lines, ready):
    import curses
    stdscr = curses.initscr()
    curses.typeahead(-1)
    win = curses.newwin(4, 20, 1, 1)
    win.scrollok(1)
    for i in range(7):
        win.addstr('line %d\n' % i)
    lines.append('after scroll: %r' % [win.instr(y, 0, 8) for y in range(4)])
    win.setscrreg(1, 2)
    win.scroll(1)
    lines.append('region scroll: %r' % [win.instr(y, 0, 8) for y in range(4)])
    win.erase()
    win.addstr(0, 0, 'AAAA')
    win.addstr(1, 0, 'BBBB')
    win.move(0, 0)
    win.insertln()
    win.move(2, 0)
    win.deleteln()
    lines.append('ins/del: %r' % [win.instr(y, 0, 4) for y in range(4)])
    win.move(1, 2)
    win.delch()
    win.insch(1, 0, 'Z')
    lines.append('chars: %r' % win.instr(1, 0, 6))
    win.bkgd('.', curses.A_BOLD)
    lines.append('bkgd=%d' % win.getbkgd())
    win.refresh()
    ready()
    curses.endwin()

show('scrolling', run_on_pty(scrolling, ''))

def keys(lines, ready):
    import curses
    stdscr = curses.initscr()
    curses.typeahead(-1)
    curses.noecho()
    curses.cbreak()
    stdscr.keypad(1)
    stdscr.refresh()
    ready()
    got = []
    for i in range(4):
        got.append(stdscr.getch())
    got.append(stdscr.getkey())
    got.append(stdscr.getkey())
    got.append(curses.keyname(stdscr.getch()))
    curses.echo()
    got.append(stdscr.getstr(5, 0, 10))
    stdscr.nodelay(1)
    got.append(stdscr.getch())
    try:
        stdscr.getkey()
    except curses.error as e:
        got.append('error: %s' % e)
    curses.ungetch('q')
    got.append(stdscr.getch())
    stdscr.nodelay(0)
    stdscr.timeout(50)
    got.append(stdscr.getch())
    lines.append(repr(got))
    curses.endwin()

show('keys', run_on_pty(keys, 'ab\x1b[A\x1bOBz\x1b[D\x1bOPtyped\n'))
