# Copies stdin to stdout, marking each line: stdin and stdout are passed through to the program.
import sys
for line in sys.stdin:
    sys.stdout.write("> " + line)
