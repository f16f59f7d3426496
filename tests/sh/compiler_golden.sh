#!/bin/sh
# Golden tests of the compiler's transforms (tests/compiler/README.md).
exec sh tests/compiler/run.sh check
