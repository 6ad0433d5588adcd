# curses before a terminal exists: initscr/wrapper with an unknown TERM, calls that need initscr(),
# and curses.textpad driving a window-like Python object (rectangle and Textbox only call methods
# by name, so a fake window records exactly what they do).
import os
import curses, curses.ascii, curses.textpad, curses.panel

os.environ['TERM'] = 'no-such-terminal-xyz'
def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(result)

called = []
attempt('initscr', curses.initscr)
attempt('wrapper', curses.wrapper, lambda scr: called.append(scr))
print 'wrapper called func:', called
attempt('new_panel', curses.panel.new_panel, None)
attempt('top_panel', curses.panel.top_panel)
attempt('update_panels', curses.panel.update_panels)
attempt('keyname', curses.keyname, 65)
attempt('unctrl', curses.unctrl, 1)
attempt('start_color', curses.start_color)
attempt('getsyx', curses.getsyx)
attempt('rectangle', curses.textpad.rectangle, None, 0, 0, 2, 2)

class FakeWindow:
    """Enough of a window for textpad: a grid of characters and a cursor."""
    def __init__(self, lines, cols):
        self.cells = [[ord(' ')] * cols for _ in range(lines)]
        self.y = self.x = 0
        self.log = []
    def keypad(self, flag):
        self.log.append(('keypad', flag))
    def getmaxyx(self):
        return len(self.cells), len(self.cells[0])
    def getyx(self):
        return self.y, self.x
    def move(self, y, x):
        self.y, self.x = y, x
    def inch(self, *yx):
        y, x = yx if yx else (self.y, self.x)
        return self.cells[y][x]
    def addch(self, *args):
        if len(args) == 3:
            self.y, self.x = args[0], args[1]
        ch = args[-1]
        if isinstance(ch, str):
            ch = ord(ch)
        self.cells[self.y][self.x] = ch
        self.x += 1
        if self.x == len(self.cells[0]):
            if self.y == len(self.cells) - 1:
                self.x -= 1
                raise curses.error('addch() returned ERR')
            self.x = 0
            self.y += 1
    def delch(self):
        row = self.cells[self.y]
        del row[self.x]
        row.append(ord(' '))
    def clrtoeol(self):
        for x in range(self.x, len(self.cells[0])):
            self.cells[self.y][x] = ord(' ')
    def deleteln(self):
        del self.cells[self.y]
        self.cells.append([ord(' ')] * len(self.cells[0]))
    def insertln(self):
        self.cells.insert(self.y, [ord(' ')] * len(self.cells[0]))
        self.cells.pop()
    def refresh(self):
        self.log.append(('refresh',))
    def vline(self, *args):
        self.log.append(('vline',) + args)
    def hline(self, *args):
        self.log.append(('hline',) + args)
    def text(self):
        return [''.join(chr(c) for c in row) for row in self.cells]

for name, value in [('ACS_VLINE', 'V'), ('ACS_HLINE', 'H'), ('ACS_ULCORNER', '1'),
                    ('ACS_URCORNER', '2'), ('ACS_LRCORNER', '3'), ('ACS_LLCORNER', '4')]:
    setattr(curses, name, value)
w = FakeWindow(5, 7)
curses.textpad.rectangle(w, 0, 0, 3, 5)
print w.log
print w.text()

w = FakeWindow(3, 8)
box = curses.textpad.Textbox(w)
print w.log, box.maxy, box.maxx, box.stripspaces, box.insert_mode, box.lastcmd
for ch in 'hello':
    box.do_command(ord(ch))
print w.text(), w.getyx()
for key in [curses.ascii.SOH, curses.ascii.ACK, curses.ascii.EOT, curses.ascii.ENQ, curses.ascii.NL,
            curses.ascii.STX, curses.ascii.DLE, curses.KEY_DOWN, curses.KEY_RIGHT]:
    print key, box.do_command(key), w.getyx(), w.text()
for ch in 'world wide web!':
    box.do_command(ord(ch))
print w.text(), w.getyx()
print repr(box.gather())
box.stripspaces = 0
print repr(box.gather())
box.stripspaces = 1
w.move(0, 0)
print box.do_command(curses.ascii.VT), w.text()
w.move(1, 0)
print box.do_command(curses.ascii.SI), w.text()
print box.do_command(curses.ascii.FF), w.log[-1]
print box.do_command(curses.ascii.BS), w.getyx(), w.text()
print box.do_command(curses.ascii.BEL), box.lastcmd
one = curses.textpad.Textbox(FakeWindow(1, 5))
print one.do_command(curses.ascii.NL), one.maxy
ins = curses.textpad.Textbox(FakeWindow(2, 5), insert_mode=True)
for ch in 'abc':
    ins.do_command(ord(ch))
ins.win.move(0, 0)
for ch in 'XY':
    ins.do_command(ord(ch))
print ins.win.text(), ins.win.getyx(), repr(ins.gather())
for ch in 'fill it up':
    ins.do_command(ord(ch))
print ins.win.text(), ins.win.getyx()
