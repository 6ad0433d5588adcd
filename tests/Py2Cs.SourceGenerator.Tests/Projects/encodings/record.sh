#!/bin/sh
# Records expected.stdout with CPython 2.7.18 (run from this folder).
cd scripts && "$(pyenv root)/versions/2.7.18/bin/python2.7" -B main.py > ../expected.stdout
