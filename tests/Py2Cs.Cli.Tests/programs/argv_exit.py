# Prints its arguments and exits with their count as the status.
import sys
print "argv[1:] =", sys.argv[1:]
print "script:", sys.argv[0]
sys.exit(len(sys.argv) - 1)
