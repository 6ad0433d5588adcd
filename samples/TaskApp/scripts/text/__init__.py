# A package: the module text.stats below imports its sibling through Python 2's implicit relative import.
DEFAULT_TOP = 3
