#!/bin/sh
# Records what the samples must print, from CPython 2.7.18 (the judge), into the files the sample
# tests (tests/Py2Cs.Samples.Tests) compare with. The tests never run python2.7 themselves.
set -e
PY=${PYTHON2:-$(pyenv root)/versions/2.7.18/bin/python2.7}
cd "$(dirname "$0")"
unset PYTHONHASHSEED PYTHONIOENCODING PYTHONPATH COLUMNS LINES TZ

# convert-tool: each case is the tool's command line, run in samples/convert-tool.
record_tool() {
    name=$1; shift
    printf '%s\n' "$@" > convert-tool/expected/$name.args
    (cd convert-tool && set +e && "$PY" logstats.py "$@" > expected/$name.stdout 2> expected/$name.stderr; echo $? > expected/$name.exitcode)
}
mkdir -p convert-tool/expected
record_tool report access.log
record_tool json --top 2 --json access.log
record_tool missing-file access.log no-such.log

# The C# apps: driver.py does in Python what Program.cs does through the generated classes.
for app in TaskApp GeneratorApp; do
    if [ -f $app/driver.py ]; then
        (cd $app && "$PY" driver.py > expected.stdout)
    fi
done
