# An uncaught exception raised inside a finally block of a lambda-called function, seen on stderr.
def fail(x):
    return 1 / x


def cleanup():
    try:
        print "body"
    finally:
        fail(0)

run = lambda: cleanup()
run()
