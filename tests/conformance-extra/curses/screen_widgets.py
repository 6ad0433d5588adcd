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

def colors(lines, ready):
    import curses
    stdscr = curses.initscr()
    curses.typeahead(-1)
    lines.append('has_colors=%r can_change=%r' % (curses.has_colors(), curses.can_change_color()))
    try:
        curses.color_pair(1)
    except curses.error as e:
        lines.append('error: %s' % e)
    curses.start_color()
    lines.append('COLORS=%d COLOR_PAIRS=%d' % (curses.COLORS, curses.COLOR_PAIRS))
    curses.init_pair(1, curses.COLOR_RED, curses.COLOR_BLACK)
    curses.init_pair(2, curses.COLOR_YELLOW, curses.COLOR_BLUE)
    lines.append('pair_content=%r %r' % (curses.pair_content(1), curses.pair_content(2)))
    lines.append('color_content=%r' % (curses.color_content(curses.COLOR_GREEN),))
    lines.append('color_pair=%d pair_number=%d' % (curses.color_pair(2), curses.pair_number(curses.color_pair(2) | curses.A_BOLD)))
    for bad in (lambda: curses.init_pair(0, 1, 1), lambda: curses.init_pair(500, 1, 1),
                lambda: curses.pair_content(500), lambda: curses.color_content(500)):
        try:
            bad()
        except curses.error as e:
            lines.append('error: %s' % e)
    stdscr.addstr(0, 0, 'red', curses.color_pair(1))
    stdscr.addstr(1, 0, 'yellow on blue', curses.color_pair(2) | curses.A_BOLD)
    stdscr.attron(curses.color_pair(2))
    stdscr.addstr(2, 0, 'attron')
    stdscr.attroff(curses.color_pair(2))
    stdscr.attrset(curses.A_UNDERLINE)
    stdscr.addstr(3, 0, 'attrset')
    stdscr.attrset(0)
    stdscr.addstr(4, 0, 'chgat me')
    stdscr.chgat(4, 0, 5, curses.A_REVERSE | curses.color_pair(1))
    stdscr.standout()
    stdscr.addstr(5, 0, 'standout')
    stdscr.standend()
    stdscr.border()
    stdscr.refresh()
    ready()
    curses.endwin()

show('colors', run_on_pty(colors, ''))

def textbox(lines, ready):
    import curses, curses.textpad
    stdscr = curses.initscr()
    curses.typeahead(-1)
    curses.noecho()
    curses.cbreak()
    curses.textpad.rectangle(stdscr, 1, 1, 5, 22)
    stdscr.refresh()
    win = curses.newwin(3, 20, 2, 2)
    box = curses.textpad.Textbox(win)
    lines.append('maxyx=%r stripspaces=%r insert_mode=%r' % ((box.maxy, box.maxx), box.stripspaces, box.insert_mode))
    ready()
    text = box.edit()
    lines.append('gathered=%r lastcmd=%r' % (text, box.lastcmd))
    box2 = curses.textpad.Textbox(win, insert_mode=True)
    win.move(0, 0)
    for ch in 'XY':
        box2.do_command(ord(ch))
    lines.append('insert mode=%r' % box2.gather())
    box2.stripspaces = 0
    lines.append('no strip=%r' % box2.gather())
    seen = []
    def validate(ch):
        seen.append(ch)
        if ch == ord('!'):
            return 7
        return ch
    win.erase()
    win.move(0, 0)
    lines.append('validated=%r seen=%r' % (curses.textpad.Textbox(win).edit(validate), seen))

    class Upper(curses.textpad.Textbox):
        def do_command(self, ch):
            if 97 <= ch <= 122:
                ch -= 32
            return curses.textpad.Textbox.do_command(self, ch)
    win.erase()
    win.move(0, 0)
    lines.append('subclass=%r' % Upper(win).edit())
    curses.endwin()

keys = ('hello\x01X\x05!\x0eworld\x10\x06\x06\x04\x0b'
        '\x0esecond line\x02\x02\x08\x0f\x07'
        'ab!'
        'shout\x07')
show('textbox', run_on_pty(textbox, keys))

def panels(lines, ready):
    import curses, curses.panel
    stdscr = curses.initscr()
    curses.typeahead(-1)
    w1 = curses.newwin(5, 12, 1, 1)
    w2 = curses.newwin(5, 12, 3, 6)
    w1.box(); w1.addstr(1, 1, 'panel one')
    w2.box(); w2.addstr(1, 1, 'panel two')
    p1 = curses.panel.new_panel(w1)
    p2 = curses.panel.new_panel(w2)
    lines.append('top is p2: %r, bottom is p1: %r' % (curses.panel.top_panel() is p2, curses.panel.bottom_panel() is p1))
    lines.append('p1.above() is p2: %r, p2.above(): %r, p1.below(): %r' % (p1.above() is p2, p2.above(), p1.below()))
    lines.append('window: %r' % (p1.window() is w1))
    try:
        p1.userptr()
    except curses.panel.error as e:
        lines.append('error: %s' % e)
    p1.set_userptr({'name': 'one'})
    lines.append('userptr=%r' % p1.userptr())
    curses.panel.update_panels()
    curses.doupdate()
    p1.top()
    lines.append('after top: top is p1 %r' % (curses.panel.top_panel() is p1))
    p2.move(4, 10)
    p2.hide()
    lines.append('hidden=%r %r' % (p2.hidden(), p1.hidden()))
    curses.panel.update_panels()
    curses.doupdate()
    p2.show()
    p2.top()
    w3 = curses.newwin(3, 8, 0, 20)
    w3.addstr(0, 0, 'three')
    p2.replace(w3)
    lines.append('replaced: %r' % (p2.window() is w3))
    p1.bottom()
    curses.panel.update_panels()
    curses.doupdate()
    lines.append('types: %s %s' % (type(p1).__name__, curses.panel.error.__module__))
    ready()
    curses.endwin()

show('panels', run_on_pty(panels, ''))

def wrapped(lines, ready):
    import curses
    def main(stdscr, word, punct='?'):
        stdscr.addstr(0, 0, word + punct)
        stdscr.refresh()
        lines.append('inside: isendwin=%r' % curses.isendwin())
        raise ValueError('boom')
    try:
        curses.wrapper(main, 'hello', punct='!')
    except ValueError as e:
        lines.append('wrapper let %s through; isendwin=%r' % (e, curses.isendwin()))
    lines.append('result=%r' % (curses.wrapper(lambda scr: scr.getmaxyx()),))
    ready()

show('wrapper', run_on_pty(wrapped, ''))
