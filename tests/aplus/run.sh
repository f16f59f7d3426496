#!/bin/sh
# Runs the Promises/A+ compliance suite (promises-aplus-tests 2.1.2, its 872
# cases) against jsrt's Promise with the adapter and runner here. Needs npm
# once to fetch the package (not part of `make check`: no network there).
#   sh tests/aplus/run.sh        (from the repository root, after make)
set -e
BUILD=${BUILD:-build}
here=$(cd "$(dirname "$0")" && pwd)
dest="$BUILD/aplus"
if [ ! -d "$dest/package/lib/tests" ]; then
  mkdir -p "$dest"
  (cd "$dest" && npm pack --silent promises-aplus-tests@2.1.2 >/dev/null && tar xzf promises-aplus-tests-2.1.2.tgz)
fi
# The suite's files require('sinon'): give them the small stand-in.
mkdir -p "$dest/package/node_modules/sinon"
cp "$here/sinon/index.js" "$dest/package/node_modules/sinon/index.js"
exec "$BUILD/jsrt" "$here/runner.js" "$dest/package/lib/tests"
