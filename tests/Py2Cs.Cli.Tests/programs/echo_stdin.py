# Copies stdin to stdout in upper case: stdin and stdout are passed through to the program.
import sys
for line in sys.stdin:
    sys.stdout.write(line.upper())
