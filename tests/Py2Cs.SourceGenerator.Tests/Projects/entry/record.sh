#!/bin/sh
# Records expected.stdout and expected.exitcode with CPython 2.7 (run from this folder).
py="$(pyenv root)/versions/2.7.18/bin/python2.7"
"$py" scripts/app.py alpha beta gamma > expected.stdout
echo $? > expected.exitcode
rm -f scripts/*.pyc
