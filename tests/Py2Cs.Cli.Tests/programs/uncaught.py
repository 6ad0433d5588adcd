# Line 5 raises an exception nobody catches: the traceback names this file and that line.
def divide(a, b):
    return a / b

print divide(1, 0)
