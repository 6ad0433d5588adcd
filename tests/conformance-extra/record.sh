#!/bin/bash
# Records NAME.stdout (and NAME.exitcode when non-zero) for each given NAME.py with CPython 2.7.18,
# the way tests/conformance/README.md describes: a fresh empty temp dir as cwd, stdin from
# /dev/null, no arguments, and PYTHONHASHSEED PYTHONIOENCODING PYTHONPATH COLUMNS LINES TZ unset.
# A case that also checks its stderr (e.g. a unittest.main() run) opts in by having a NAME.stderr file:
# it is re-recorded with the program's folder removed from paths and "Ran N tests in X.XXXs" timings
# written as 0.000s (tests/Py2Cs.Conformance.Tests/StderrComparison.cs normalises the same way).
# usage: tests/conformance-extra/record.sh tests/conformance-extra/io/NAME.py ...
py=$(pyenv root)/versions/2.7.18/bin/python2.7
for f in "$@"; do
  src=$(readlink -f "$f"); base=${src%.py}
  dir=$(mktemp -d); err=$(mktemp)
  (cd "$dir" && env -u PYTHONHASHSEED -u PYTHONIOENCODING -u PYTHONPATH -u COLUMNS -u LINES -u TZ \
     "$py" "$src" < /dev/null > "$base.stdout" 2> "$err")
  rc=$?
  if [ -e "$base.stderr" ]; then
    sed -e "s|$(dirname "$src")/||g" -e 's/\(Ran [0-9]* tests\{0,1\} in \)[0-9]*\.[0-9]\{3\}s/\10.000s/' "$err" > "$base.stderr"
  fi
  if [ $rc -ne 0 ]; then echo $rc > "$base.exitcode"; else rm -f "$base.exitcode"; fi
  rm -rf "$dir" "$err"
  echo "$f: exit $rc"
done
