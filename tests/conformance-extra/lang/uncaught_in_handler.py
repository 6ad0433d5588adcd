# An uncaught exception raised by a call inside an except block: the traceback on stderr names
# the handler's line in each frame.
def fail(x):
    return 1 / x


def handle():
    try:
        {}["missing"]
    except KeyError:
        fail(0)


def main():
    print "start"
    handle()

main()
