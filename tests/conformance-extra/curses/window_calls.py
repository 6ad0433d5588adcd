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

def calls(lines, ready):
    import curses, _curses, curses.panel
    def t(label, f):
        try:
            lines.append('%s -> %r' % (label, f()))
        except Exception as e:
            lines.append('%s !! %s: %s' % (label, type(e).__name__, e))
    s = curses.initscr()
    curses.typeahead(-1)
    w = curses.newwin(3, 5, 1, 1)
    t('window type', lambda: (type(w), type(w).__name__, type(w).__module__))
    def subclass():
        class W(type(w)):
            pass
    t('subclass window', subclass)
    t('addstr past end', lambda: w.addstr(0, 0, 'x' * 20))
    t('addstr bad y', lambda: w.addstr(10, 0, 'x'))
    t('addch bad yx', lambda: w.addch(10, 10, 'a'))
    t('addch float', lambda: w.addch(1.5))
    t('addch two chars', lambda: w.addch('ab'))
    t('addstr no args', lambda: w.addstr())
    t('addstr five args', lambda: w.addstr(1, 2, 3, 4, 5))
    t('addstr int', lambda: w.addstr(5))
    t('addstr y not int', lambda: w.addstr('a', 0, 'x'))
    t('addstr unicode', lambda: (w.addstr(0, 0, u'uni'), w.instr(0, 0, 3)))
    t('addnstr', lambda: w.addnstr(0, 0, 'hello', 2))
    t('addnstr no args', lambda: w.addnstr())
    t('insstr', lambda: w.insstr(0, 0, 'ab'))
    t('insstr no args', lambda: w.insstr())
    t('insnstr no args', lambda: w.insnstr())
    t('move bad', lambda: w.move(10, 10))
    t('getyx', lambda: w.getyx())
    t('getmaxyx', lambda: w.getmaxyx())
    t('getbegyx', lambda: w.getbegyx())
    t('getparyx', lambda: w.getparyx())
    t('inch', lambda: w.inch(0, 0))
    t('inch bad', lambda: w.inch(10, 10))
    t('inch one arg', lambda: w.inch(1))
    t('instr', lambda: w.instr(0, 0))
    t('instr n', lambda: w.instr(0, 0, 3))
    t('instr bad', lambda: w.instr(10, 10))
    t('instr four', lambda: w.instr(1, 2, 3, 4))
    t('hline', lambda: w.hline(0, 0, '-', 3))
    t('hline bad', lambda: w.hline(10, 0, '-', 3))
    t('hline one arg', lambda: w.hline(1))
    t('vline bad', lambda: w.vline(10, 0, '-', 3))
    t('border', lambda: w.border())
    t('border nine', lambda: w.border(1, 2, 3, 4, 5, 6, 7, 8, 9))
    t('box', lambda: w.box())
    t('box one', lambda: w.box(1))
    t('subwin bad', lambda: w.subwin(10, 10, 50, 50))
    t('subwin', lambda: w.subwin(1, 1, 1, 1).getbegyx())
    t('subwin three', lambda: w.subwin(1, 1, 1))
    t('derwin', lambda: w.derwin(1, 1, 1, 1).getparyx())
    t('derwin bad', lambda: w.derwin(10, 10, 50, 50))
    t('scroll without scrollok', lambda: w.scroll())
    t('scrollok', lambda: w.scrollok(1))
    t('scroll 2', lambda: w.scroll(2))
    t('scroll 3 args', lambda: w.scroll(1, 2, 3))
    t('setscrreg bad', lambda: w.setscrreg(5, 1))
    t('setscrreg', lambda: w.setscrreg(0, 1))
    t('mvwin bad', lambda: w.mvwin(100, 100))
    t('resize', lambda: (w.resize(4, 6), w.getmaxyx()))
    t('bkgd', lambda: (w.bkgd(' ', curses.A_BOLD), w.getbkgd()))
    t('bkgd float', lambda: w.bkgd(1.0))
    t('bkgd three', lambda: w.bkgd(1, 2, 3))
    t('keyname', lambda: [curses.keyname(k) for k in (0, 1, 27, 65, 127, 258, 265, 330, 410)])
    t('keyname negative', lambda: curses.keyname(-1))
    t('unctrl', lambda: [curses.unctrl(k) for k in (0, 1, 27, 65, 127, 'a', '\x01')])
    t('unctrl bad', lambda: curses.unctrl(1.5))
    t('newwin three', lambda: curses.newwin(1, 2, 3))
    t('newwin huge', lambda: repr(curses.newwin(1000, 1000, 0, 0))[:31])
    t('panel repr', lambda: repr(curses.panel.new_panel(curses.newwin(1, 1)))[:37])
    t('newwin negative', lambda: curses.newwin(-5, 2))
    t('termname', lambda: curses.termname())
    t('longname', lambda: curses.longname())
    t('baudrate', lambda: curses.baudrate())
    t('erasechar/killchar', lambda: (curses.erasechar(), curses.killchar()))
    t('termattrs', lambda: curses.termattrs())
    t('has_ic/il', lambda: (curses.has_ic(), curses.has_il()))
    t('has_key', lambda: (curses.has_key(258), curses.has_key(1000)))
    t('isendwin', lambda: curses.isendwin())
    t('getsyx', lambda: curses.getsyx())
    t('setsyx', lambda: (curses.setsyx(2, 3), curses.getsyx()))
    t('napms', lambda: curses.napms(1))
    t('resizeterm', lambda: (curses.resizeterm(20, 50), curses.LINES, curses.COLS, _curses.LINES, s.getmaxyx()))
    t('is_term_resized', lambda: (curses.is_term_resized(20, 50), curses.is_term_resized(21, 50)))
    t('resize_term', lambda: (curses.resize_term(12, 40), curses.LINES, curses.COLS))
    p = curses.newpad(10, 10)
    t('pad refresh no args', lambda: p.refresh())
    t('pad refresh', lambda: p.refresh(0, 0, 0, 0, 5, 5))
    t('pad noutrefresh no args', lambda: p.noutrefresh())
    t('window refresh six', lambda: w.refresh(0, 0, 0, 0, 5, 5))
    t('subpad', lambda: p.subpad(2, 2, 1, 1).getmaxyx())
    t('echochar', lambda: w.echochar('a'))
    t('is_wintouched', lambda: (w.touchwin(), w.is_wintouched(), w.untouchwin(), w.is_wintouched()))
    t('is_linetouched bad', lambda: w.is_linetouched(50))
    t('touchline', lambda: (w.touchline(0, 1), w.is_linetouched(0), w.is_linetouched(2)))
    t('delch', lambda: w.delch(0, 0))
    t('delch bad', lambda: w.delch(50, 0))
    t('delch one', lambda: w.delch(1))
    t('chgat', lambda: w.chgat(0, 0, 2, curses.A_BOLD))
    t('chgat none', lambda: w.chgat())
    t('enclose', lambda: (w.enclose(2, 2), w.enclose(0, 0)))
    t('overlay', lambda: w.overlay(s))
    t('overwrite seven', lambda: w.overwrite(s, 0, 0, 0, 0, 1, 1))
    t('overwrite three', lambda: w.overwrite(s, 0, 0))
    t('overlay not window', lambda: w.overlay(5))
    t('overlay seven not window', lambda: w.overlay(5, 1, 2, 3, 4, 5, 6))
    t('overlay seven float', lambda: w.overlay(s, 1, 2, 3, 4, 5, 6.5))
    t('move float', lambda: w.move(1.0, 2))
    t('addstr attr str', lambda: w.addstr(0, 0, 'x', 'bold'))
    t('standout', lambda: (w.standout(), w.standend()))
    t('insdelln', lambda: w.insdelln(1))
    t('clear', lambda: (w.clear(), w.erase(), w.clrtobot(), w.clrtoeol()))
    t('redrawln', lambda: (w.redrawln(0, 1), w.redrawwin()))
    t('syncs', lambda: (w.cursyncup(), w.syncup(), w.syncdown(), w.syncok(1)))
    t('flags', lambda: (w.idcok(1), w.idlok(1), w.immedok(0), w.clearok(0), w.notimeout(0), w.leaveok(0)))
    t('mvderwin', lambda: w.mvderwin(0, 0))
    t('putwin int', lambda: w.putwin(1))
    t('getwin int', lambda: curses.getwin(1))
    t('halfdelay 0', lambda: curses.halfdelay(0))
    t('halfdelay', lambda: (curses.halfdelay(1), curses.nocbreak()))
    t('meta', lambda: curses.meta(1))
    t('mousemask', lambda: curses.mousemask(curses.BUTTON1_PRESSED))
    t('getmouse', lambda: curses.getmouse())
    t('modes', lambda: (curses.nl(), curses.nonl(), curses.raw(), curses.noraw(), curses.echo(0), curses.noecho(), curses.cbreak(1), curses.nocbreak(), curses.raw(0)))
    t('cbreak two', lambda: curses.cbreak(1, 2))
    t('misc', lambda: (curses.def_prog_mode(), curses.def_shell_mode(), curses.reset_prog_mode(), curses.savetty(), curses.resetty()))
    t('flush', lambda: (curses.intrflush(0), curses.qiflush(), curses.noqiflush(), curses.qiflush(0), curses.flushinp(), curses.delay_output(0)))
    t('curs_set', lambda: (curses.curs_set(0), curses.curs_set(1)))
    t('doupdate', lambda: curses.doupdate())
    t('initscr again', lambda: type(curses.initscr()).__name__)
    t('endwin', lambda: curses.endwin())
    t('isendwin', lambda: curses.isendwin())
    ready()

show('calls', run_on_pty(calls, ''))
