# The program: Py2CsEntryPoint=true picks this module (the only one with a __main__ guard).
import sys
import lib


def main(argv):
    print 'argv[0] =', argv[0]
    print lib.summary(argv[1:])
    print '__name__ =', __name__
    return len(argv) - 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
