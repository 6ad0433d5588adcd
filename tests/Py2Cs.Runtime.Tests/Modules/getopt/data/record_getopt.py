# Records getopt.getopt/gnu_getopt results from CPython 2.7 for GetoptRecordedCasesTests.
# Run: python2.7 record_getopt.py > getopt_cases.json (one case per line)
import getopt, json, os
os.environ.pop("POSIXLY_CORRECT", None)
cases = []
shorts = ["ab:c", "a:", "", ":a", "+ab:", "x::y"]
longs = [["alpha", "beta=", "gamma=", "delta"], ["alpha", "alps"], ["beta="], [], ["al", "alpha="]]
argvs = [
    ["-a", "-b", "val", "file1", "file2"], ["-abval", "x"], ["-bval", "-a"], ["-b"], ["-ab"],
    ["--alpha", "--beta=v", "--gamma", "g", "rest"], ["--be", "pre", "arg"], ["-a", "--", "-b", "lit"],
    ["file", "-a", "--alpha"], ["-", "-a"], [], ["--al"], ["--alp"], ["--alpha=1"], ["--beta"], ["--beta="],
    ["--nope"], ["-z"], ["-:"], ["-a", "-q"], ["x", "-cab", "v"], ["-x", "-y", "-xv"], ["--", "--"],
    ["--al=3", "y"], ["-a", "x", "--", "-b"], ["--=x"], ["--"],
]
for fn in ("getopt", "gnu_getopt"):
    for s in shorts:
        for l in longs:
            for a in argvs:
                case = {"fn": fn, "args": a, "short": s, "long": l}
                try:
                    opts, rest = getattr(getopt, fn)(a, s, l)
                    case["opts"] = [list(p) for p in opts]
                    case["rest"] = rest
                except getopt.GetoptError as e:
                    case["msg"] = e.msg
                    case["opt"] = e.opt
                cases.append(case)
print "[\n" + ",\n".join(json.dumps(c, separators=(",", ":")) for c in cases) + "\n]"
