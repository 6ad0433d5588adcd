#!/bin/bash
# Records NAME.stdout (and NAME.exitcode when non-zero) for each given NAME.py with CPython 2.7.18,
# the way tests/conformance/README.md describes: a fresh empty temp dir as cwd, stdin from
# /dev/null, no arguments, and PYTHONHASHSEED PYTHONIOENCODING PYTHONPATH COLUMNS LINES TZ unset.
# usage: tests/conformance-extra/record.sh tests/conformance-extra/io/NAME.py ...
py=$(pyenv root)/versions/2.7.18/bin/python2.7
for f in "$@"; do
  src=$(readlink -f "$f"); base=${src%.py}
  dir=$(mktemp -d)
  (cd "$dir" && env -u PYTHONHASHSEED -u PYTHONIOENCODING -u PYTHONPATH -u COLUMNS -u LINES -u TZ \
     "$py" "$src" < /dev/null > "$base.stdout")
  rc=$?
  if [ $rc -ne 0 ]; then echo $rc > "$base.exitcode"; else rm -f "$base.exitcode"; fi
  rm -rf "$dir"
  echo "$f: exit $rc"
done
