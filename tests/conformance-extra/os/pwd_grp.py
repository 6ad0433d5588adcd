# pwd and grp: entries of the user and group databases, struct access, and the error messages.
import pwd, grp, os

root = pwd.getpwuid(0)
print root
print root[0], root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, len(root), root[-1] == root.pw_shell
print root == pwd.getpwnam('root'), root == pwd.getpwnam(u'root'), tuple(root)[2:4]
print type(root), type(root).__name__, pwd.struct_pwent is pwd.struct_passwd
print pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields
print root in pwd.getpwall(), all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall())
print pwd.getpwuid(0L) == root, pwd.getpwuid(True)[0] == pwd.getpwall()[1][0] or pwd.getpwuid(1).pw_uid
me = pwd.getpwuid(os.getuid())
print me.pw_uid == os.getuid(), pwd.getpwnam(me.pw_name) == me

g = grp.getgrgid(0)
print g
print g.gr_name, g.gr_gid, g[3], len(g), type(g.gr_mem), type(g)
print grp.getgrnam('root') == g, grp.getgrgid('0') == g, grp.getgrgid(0.7) == g, grp.getgrnam(u'root') == g
print g in grp.getgrall(), all(isinstance(e, grp.struct_group) for e in grp.getgrall())
print all(isinstance(m, str) for e in grp.getgrall() for m in e.gr_mem)

print pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e'))
print pwd.struct_passwd('abcdefg')
print grp.struct_group(['n', 'x', 5, ['m1', 'm2']]).gr_mem

def attempt(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

attempt(lambda: pwd.getpwnam('no-such-user-xyz'))
attempt(lambda: pwd.getpwuid(99999))
attempt(lambda: pwd.getpwuid(-1))
attempt(lambda: pwd.getpwuid(-2))
attempt(lambda: pwd.getpwuid(2 ** 40))
attempt(lambda: pwd.getpwuid('a'))
attempt(lambda: pwd.getpwuid(0.5))
attempt(lambda: pwd.getpwnam(1))
attempt(lambda: pwd.getpwnam('a\0b'))
attempt(lambda: pwd.getpwuid())
attempt(lambda: grp.getgrnam('no-such-group-xyz'))
attempt(lambda: grp.getgrgid(99999))
attempt(lambda: grp.getgrgid(-1))
attempt(lambda: grp.getgrgid(-2))
attempt(lambda: grp.getgrgid(2 ** 40))
attempt(lambda: grp.getgrgid('x'))
attempt(lambda: grp.getgrnam(5))
attempt(lambda: pwd.struct_passwd((1, 2)))
attempt(lambda: pwd.struct_passwd(range(8)))
attempt(lambda: pwd.struct_passwd(5))
attempt(lambda: root.pw_x)
try:
    root.pw_name = 'x'
except TypeError as e:
    print 'TypeError', e
try:
    pwd.getpwnam('nobody-here')
except KeyError as e:
    print repr(e.args)
