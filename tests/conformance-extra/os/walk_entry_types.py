# os.walk over every kind of entry (files, directories, symlinks to directories and files, a dangling
# link, a fifo), with followlinks, bottom-up order, pruning, names added to dirs by the caller, and
# onerror. os.walk tells directories by the entries' types; the results must be those of os.py's
# isdir/islink calls.
import os

os.mkdir("t")
for d in ["t/a", "t/a/deep", "t/b", "t/c"]:
    os.mkdir(d)
for f in ["t/top.txt", "t/a/one.txt", "t/a/deep/two.txt", "t/b/three.txt", "t/c/four"]:
    open(f, "w").close()
os.symlink("a", "t/link_to_a")
os.symlink("top.txt", "t/link_to_file")
os.symlink("missing", "t/dangling")
os.symlink("../..", "t/c/loop_up")
os.mkfifo("t/b/pipe")


def show(label, walk):
    print(label)
    for root, dirs, files in walk:
        print("  %s dirs=%s files=%s" % (root, sorted(dirs), sorted(files)))


def sorted_walk(top, **kw):
    for root, dirs, files in os.walk(top, **kw):
        dirs.sort()
        yield root, dirs, files


show("topdown", sorted_walk("t"))
show("bottom-up", sorted(os.walk("t", topdown=False)))
show("followlinks", sorted_walk("t/a"))
show("followlinks into link", sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk("t/link_to_a", followlinks=True)))

print("pruned")
for root, dirs, files in os.walk("t"):
    dirs[:] = [d for d in sorted(dirs) if d != "a"]
    print("  %s %s" % (root, sorted(files)))

print("caller adds names to dirs")
for root, dirs, files in os.walk("t"):
    if root == "t":
        del dirs[:]
        dirs.extend(["a", "link_to_a", "no_such_dir", "top.txt"])
    print("  %s dirs=%s" % (root, dirs))

print("caller adds a link name with followlinks")
for root, dirs, files in os.walk("t", followlinks=True):
    if root == "t":
        dirs[:] = ["link_to_a"]
    elif root.count("/") > 2:
        dirs[:] = []
    print("  %s dirs=%s files=%s" % (root, sorted(dirs), sorted(files)))

errors = []
print(list(os.walk("no_such_top", onerror=errors.append)))
print([(type(e).__name__, e.errno, e.filename) for e in errors])
print(list(os.walk("t/top.txt", onerror=lambda e: errors.append(e.strerror))))
print(errors[-1])
print(list(os.walk("no_such_top")))

print("unicode top")
for root, dirs, files in os.walk(u"t/b"):
    print("  %r %r %r" % (root, sorted(dirs), sorted(files)))
