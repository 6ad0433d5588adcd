import commands, getpass
print commands.getstatusoutput('echo hi; echo err >&2; exit 3')
print repr(commands.getoutput('printf "a\\nb\\n"')), commands.mkarg("it's"), commands.mkarg('x')
print commands.getstatusoutput('true')
print getpass.getuser() != ''
import os.path
print os.path.expanduser('~root/x')
