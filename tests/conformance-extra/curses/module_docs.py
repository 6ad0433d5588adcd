# The curses package's modules: docstrings, what each exports, and Textbox as a Python class.
import curses, curses.ascii, curses.textpad, curses.panel, _curses, _curses_panel

for m in (curses, curses.ascii, curses.textpad, curses.panel, _curses, _curses_panel):
    print m.__name__, repr(m.__doc__)
for f in (curses.wrapper, curses.initscr, curses.start_color, curses.textpad.rectangle,
          curses.textpad.Textbox._end_of_line, curses.textpad.Textbox.do_command,
          curses.textpad.Textbox.gather, curses.textpad.Textbox.edit, curses.ascii.isalpha):
    print f.__name__, repr(f.__doc__)
print repr(curses.textpad.Textbox.__doc__)
print type(curses.textpad.Textbox).__name__, curses.textpad.Textbox.__module__
print sorted(n for n in vars(curses.textpad.Textbox) if not n.startswith('__'))
print curses.panel.new_panel is _curses_panel.new_panel, curses.panel.error is _curses_panel.error
print curses.panel.error is curses.error, curses.panel.version, _curses_panel.version
print sorted(n for n in dir(curses.panel) if not n.startswith('_'))
print sorted(n for n in dir(curses.ascii) if not n.startswith('_'))
public = sorted(n for n in dir(_curses) if not n.startswith('_'))
print len(public), [n for n in public if not hasattr(curses, n)]
print sorted(n for n in public if not n.isupper() and not n.startswith(('KEY_', 'A_', 'COLOR_', 'BUTTON')))
print curses.has_key is _curses.has_key, curses.newwin is _curses.newwin, curses.initscr is _curses.initscr
