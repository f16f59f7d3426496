#!/bin/sh
# Installs the corpus and the reference compilers of bench/compile/ into
# bench/compile/node_modules (not committed) with npm, at the versions of
# package-lock.json. Needs the npm registry and node.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
