# getopt: optional args with '::' are not special, '-' as operand, long option '=' forms, POSIXLY_CORRECT in gnu_getopt, GetoptError subclassing
import getopt, os
print getopt.getopt(["-a", "-", "-b"], "ab")
print getopt.getopt(["--long="], "", ["long="])
print getopt.gnu_getopt(["x", "-a", "y"], "a")
os.environ["POSIXLY_CORRECT"] = "1"
print getopt.gnu_getopt(["x", "-a", "y"], "a")
del os.environ["POSIXLY_CORRECT"]
for argv in (["-x::"], ["--lo"], ["--long", "v", "--long"]):
    try:
        print getopt.getopt(argv, "x::", ["long=", "loop"])
    except getopt.GetoptError as e:
        print type(e).__name__, e.msg, e.opt, e.args
class MyErr(getopt.GetoptError):
    pass
e = MyErr("boom", "z")
print str(e), e.opt, isinstance(e, getopt.error)
