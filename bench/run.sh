#!/bin/sh
# make bench: every benchmark, each side by side with node where it applies.
# Each prints its figures, the ratio and the issue's target. Add yours here.
BUILD=${BUILD:-build}
export BUILD
cd "$(dirname "$0")/.." || exit 1
echo "== bench/isolate"; "$BUILD/bench/isolate"
echo "== bench/startup"; sh bench/startup.sh
for b in bench/*/run.sh; do
  [ -f "$b" ] || continue
  echo "== $(dirname "$b")"
  sh "$b"
done
