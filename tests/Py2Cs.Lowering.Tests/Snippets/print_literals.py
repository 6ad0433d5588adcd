print "hello", 42, 2.5, None, True, -7, 10**20, 3j
print 7 / 2, 7.0 / 2, 7 // 2, -7 / 2, 7 % 3, 2 ** 10, 1 << 70, ~5, -(-3)
print "a" + "b", "ab" * 3, [1, 2] + [3], (1,) * 2, `42`, {'k': 1}, {1, 2}
print "no newline",
print "continued"
x = y = 5
x += 1
print x, y
