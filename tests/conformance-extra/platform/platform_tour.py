# platform: what holds on any Linux machine (names and versions of the machine itself vary)
import os
import platform
import struct
import sys

u = platform.uname()
print type(u).__name__, len(u), [type(x).__name__ for x in u]
print u[:5] == os.uname(), u[0] == platform.system(), u[1] == platform.node(), u[2] == platform.release()
print u[3] == platform.version(), u[4] == platform.machine(), u[5] == platform.processor()
print platform.system(), platform.uname() is platform.uname()
print platform.python_version(), platform.python_version_tuple(), platform.python_implementation()
print platform.python_branch() == sys.subversion[1], platform.python_revision() == sys.subversion[2]
print type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__
print platform.win32_ver(), platform.mac_ver(), platform.java_ver()
print platform.win32_ver("a", "b"), platform.mac_ver("10.9", machine="x"), platform.java_ver(vendor="v")
print platform.system_alias("Linux", "3.2", "#1"), platform.system_alias("SunOS", "5.10", "v")
print platform.system_alias("SunOS", "4.1", "v"), platform.system_alias("IRIX64", "6", ""), platform.system_alias("IRIX64", "6", "x")
print platform.system_alias("Rhapsody", "5", "v"), platform.system_alias("win32", "7", "v")
print platform.DEV_NULL, platform.__version__, platform._supported_dists[:3]

p = platform.platform()
print p.startswith(platform.system() + "-" + platform.release().replace("/", "-")), "-with-" in p
t = platform.platform(terse=1)
print t.startswith("Linux-"), "-with-" in t, platform.platform(aliased=1) == p
bits, linkage = platform.architecture()
print bits == "%dbit" % (struct.calcsize("P") * 8), linkage
print platform.architecture("/no/such/file"), platform.architecture(bits="16bit", linkage="x")

d = platform.linux_distribution()
print type(d).__name__, len(d), platform.dist(supported_dists=()) == platform.dist("", "", "", ())
print platform.linux_distribution("a", "b", "c", supported_dists=("no-such-distribution",))

f = open("fake_binary", "wb")
f.write("\x00junk GLIBC_2.3.4\x00GLIBC_2.17\x00GLIBC_2.2.5\x00libc.so.6\x00 tail")
f.close()
print platform.libc_ver("fake_binary")
f = open("fake_libc", "wb")
f.write("xx libc.so.5\x00 libc_r.so.1.2 __libc_init\x00")
f.close()
print platform.libc_ver("fake_libc"), platform.libc_ver("fake_libc", "mylib", "9")
f = open("plain", "wb")
f.write("nothing to see")
f.close()
print platform.libc_ver("plain"), platform.libc_ver("plain", "x", "1")
try:
    platform.libc_ver("/no/such/file")
except IOError, e:
    print "IOError", e.errno, e.strerror, e.filename
print platform.architecture("plain")
for name in ["fake_binary", "fake_libc", "plain"]:
    os.remove(name)
po = platform.popen("echo hello")
print repr(po.read()), po.close()
