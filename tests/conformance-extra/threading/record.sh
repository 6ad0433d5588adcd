#!/bin/sh
# Records NAME.stdout (and NAME.exitcode when not 0) for the given NAME.py files with CPython 2.7.18,
# the way tests/conformance/README.md describes: fresh empty temp dir, stdin /dev/null, no arguments,
# environment without PYTHONHASHSEED PYTHONIOENCODING PYTHONPATH COLUMNS LINES TZ.
PY="$(pyenv root)/versions/2.7.18/bin/python2.7"
for f in "$@"; do
    src="$(readlink -f "$f")"
    base="${src%.py}"
    dir="$(mktemp -d)"
    (cd "$dir" && env -u PYTHONHASHSEED -u PYTHONIOENCODING -u PYTHONPATH -u COLUMNS -u LINES -u TZ \
        "$PY" "$src" < /dev/null > "$base.stdout")
    rc=$?
    rm -rf "$dir"
    if [ $rc -ne 0 ]; then echo $rc > "$base.exitcode"; else rm -f "$base.exitcode"; fi
    echo "$f: exit $rc"
done
