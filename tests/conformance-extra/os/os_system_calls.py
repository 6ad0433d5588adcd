# os: sysconf/pathconf/confstr and their names, statvfs, device numbers, ids, ctermid, openpty,
# tmpfile, and error paths (missing files, a directory where a file is expected, permission denied)
import errno
import os
import stat

print os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]), os.sysconf("SC_CLK_TCK")
print os.sysconf("SC_OPEN_MAX") > 0, len(os.sysconf_names) > 100, sorted(os.sysconf_names)[:3]
print os.pathconf("/", "PC_NAME_MAX"), os.pathconf(".", os.pathconf_names["PC_PATH_MAX"])
fd = os.open(".", os.O_RDONLY)
print os.fpathconf(fd, "PC_NAME_MAX"), sorted(os.pathconf_names)[:4]
os.close(fd)
print os.confstr("CS_PATH"), os.confstr_names["CS_PATH"], os.confstr(2).startswith("glibc ")
for name in ["SC_NO_SUCH_NAME", 1.5, None]:
    try:
        os.sysconf(name)
    except (ValueError, TypeError), e:
        print type(e).__name__, e
try:
    os.confstr("CS_NOPE")
except ValueError, e:
    print "ValueError", e
try:
    os.pathconf("/no/such/dir", "PC_NAME_MAX")
except OSError, e:
    print "OSError", errno.errorcode[e.errno], e.filename
try:
    os.fpathconf(999, "PC_NAME_MAX")
except OSError, e:
    print "OSError", errno.errorcode[e.errno], e.filename

v = os.statvfs(".")
print type(v).__name__, len(v), v.f_namemax, v.f_bsize > 0, v[0] == v.f_bsize, v.f_bavail <= v.f_blocks
print repr(v).startswith("posix.statvfs_result(f_bsize="), v.f_namemax == os.fstatvfs(0).f_namemax or True
try:
    v.f_bsize = 1
except TypeError, e:
    print "TypeError", e
try:
    os.statvfs("/no/such/path")
except OSError, e:
    print "OSError", e.errno, e.strerror, e.filename

print os.major(2049), os.minor(2049), os.makedev(8, 1), os.makedev(259, 65536)
print os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000))
print os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or len(os.getresuid()) == 3
print len(os.getresgid()), os.ctermid(), os.stat_float_times()
master, slave = os.openpty()
print os.isatty(master), os.isatty(slave), os.ttyname(slave).startswith("/dev/pts/")
os.write(master, "ping\n")
print repr(os.read(slave, 100))
os.close(master)
os.close(slave)

t = os.tmpfile()
print t.name, t.mode
t.write("scratch")
t.seek(0)
print t.read()
t.close()

# error paths
for call, arg in [(os.stat, "missing.txt"), (os.remove, "missing.txt"), (os.listdir, "missing"),
                  (os.rmdir, "missing"), (os.chdir, "missing")]:
    try:
        call(arg)
    except OSError, e:
        print call.__name__, "OSError:", e
os.mkdir("adir")
for call in [lambda: open("adir"), lambda: open("adir", "w")]:
    try:
        call()
    except IOError, e:
        print "IOError:", e
try:
    os.remove("adir")
except OSError, e:
    print "remove(dir) OSError:", errno.errorcode[e.errno]
try:
    os.listdir(__file__)
except OSError, e:
    print "listdir(file) OSError:", errno.errorcode[e.errno]
open("locked", "w").close()
os.chmod("locked", 0)
print "mode:", oct(stat.S_IMODE(os.stat("locked").st_mode))
# root may open a mode-000 file, anyone else gets EACCES: the line checks whichever applies
try:
    open("locked").close()
    outcome = "opened"
except IOError, e:
    outcome = "IOError %s %s" % (errno.errorcode[e.errno], e.filename)
print "chmod 000 read as expected:", outcome == ("opened" if os.getuid() == 0 else "IOError EACCES locked")
print "access R_OK:", os.access("locked", os.R_OK) == (os.getuid() == 0)
os.chmod("locked", 0644)
os.remove("locked")
os.rmdir("adir")
print "done"
