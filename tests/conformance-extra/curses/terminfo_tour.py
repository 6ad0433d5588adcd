# curses without a screen: the module's constants, the errors before initscr()/setupterm(), and
# the terminfo functions (setupterm, tigetstr/tigetnum/tigetflag, tparm) for TERM=xterm.
import os
import curses, _curses

def attempt(label, f, *args):
    try:
        print label, repr(f(*args))
    except Exception as e:
        print label, '!!', type(e).__name__, e

print curses.version, _curses.version, curses.error, curses.error is _curses.error
print issubclass(curses.error, Exception), curses.ERR, curses.OK
print hasattr(curses, 'LINES'), hasattr(curses, 'COLS'), hasattr(curses, 'ACS_VLINE'), hasattr(curses, 'COLORS')
print curses.wrapper.__name__, curses.initscr.__name__
for name in ['A_NORMAL', 'A_STANDOUT', 'A_UNDERLINE', 'A_REVERSE', 'A_BLINK', 'A_DIM', 'A_BOLD',
             'A_ALTCHARSET', 'A_INVIS', 'A_PROTECT', 'A_CHARTEXT', 'A_ATTRIBUTES', 'A_COLOR',
             'A_HORIZONTAL', 'A_LEFT', 'A_LOW', 'A_RIGHT', 'A_TOP', 'A_VERTICAL',
             'COLOR_BLACK', 'COLOR_RED', 'COLOR_GREEN', 'COLOR_YELLOW', 'COLOR_BLUE',
             'COLOR_MAGENTA', 'COLOR_CYAN', 'COLOR_WHITE',
             'KEY_MIN', 'KEY_BREAK', 'KEY_DOWN', 'KEY_UP', 'KEY_LEFT', 'KEY_RIGHT', 'KEY_HOME',
             'KEY_BACKSPACE', 'KEY_F0', 'KEY_F1', 'KEY_F12', 'KEY_F63', 'KEY_DC', 'KEY_IC',
             'KEY_NPAGE', 'KEY_PPAGE', 'KEY_ENTER', 'KEY_END', 'KEY_RESIZE', 'KEY_MOUSE', 'KEY_MAX',
             'BUTTON1_PRESSED', 'BUTTON1_CLICKED', 'BUTTON4_PRESSED', 'ALL_MOUSE_EVENTS',
             'REPORT_MOUSE_POSITION', 'BUTTON_SHIFT', 'BUTTON_CTRL', 'BUTTON_ALT']:
    print name, getattr(curses, name)
keys = sorted(n for n in dir(curses) if n.startswith('KEY_'))
print len(keys), sum(getattr(curses, n) for n in keys)

attempt('newwin', curses.newwin, 2, 2)
attempt('cbreak', curses.cbreak)
attempt('endwin', curses.endwin)
attempt('has_colors', curses.has_colors)
attempt('color_pair', curses.color_pair, 1)
attempt('tigetstr', curses.tigetstr, 'cup')
attempt('tigetnum', curses.tigetnum, 'cols')
attempt('tparm', curses.tparm, '%p1%d', 5)
attempt('setupterm bad', curses.setupterm, 'no-such-terminal-xyz', 1)
attempt('setupterm bad type', curses.setupterm, 5, 1)
attempt('setupterm', curses.setupterm, 'xterm', 1)
attempt('setupterm again', curses.setupterm, 'no-such-terminal-xyz', 1)
for cap in ['cup', 'clear', 'bold', 'smul', 'rmul', 'sgr0', 'setaf', 'setab', 'kcuu1', 'kcud1',
            'kf1', 'kf12', 'el', 'ed', 'smcup', 'rmcup', 'civis', 'cnorm', 'cuf', 'hpa',
            'no-such-cap', 'cols', 'am']:
    attempt('tigetstr ' + cap, curses.tigetstr, cap)
for cap in ['cols', 'lines', 'colors', 'pairs', 'it', 'xmc', 'no-such-cap', 'cup', 'am']:
    attempt('tigetnum ' + cap, curses.tigetnum, cap)
for cap in ['am', 'bce', 'km', 'mir', 'xenl', 'hs', 'no-such-cap', 'cols', 'cup']:
    attempt('tigetflag ' + cap, curses.tigetflag, cap)
cup = curses.tigetstr('cup')
attempt('tparm cup', curses.tparm, cup, 5, 10)
attempt('tparm cup 0', curses.tparm, cup)
attempt('tparm setaf', curses.tparm, curses.tigetstr('setaf'), 1)
attempt('tparm setaf 200', curses.tparm, curses.tigetstr('setaf'), 200)
attempt('tparm setab', curses.tparm, curses.tigetstr('setab'), 4)
attempt('tparm cuf', curses.tparm, curses.tigetstr('cuf'), 12)
attempt('tparm expr', curses.tparm, '%p1%p2%+%d|%p1%p2%*%d|%?%p1%p2%>%tbig%esmall%;', 7, 3)
attempt('tparm chars', curses.tparm, '%p1%c%p2%c', 65, 66)
attempt('tparm nine', curses.tparm, '%p9%d-%p1%d', 1, 2, 3, 4, 5, 6, 7, 8, 9)
attempt('tparm plain', curses.tparm, 'plain text')
attempt('tparm str arg', curses.tparm, '%p1%d', 'x')
attempt('tparm not str', curses.tparm, 5)
attempt('tigetstr int', curses.tigetstr, 5)
