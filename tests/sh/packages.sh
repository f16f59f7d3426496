#!/bin/sh
# Real npm packages (tests/packages/): each script's stdout must be node's
# (NAME.out), except those tests/packages/pending.txt lists with a reason;
# a listed one that passes fails too, so the list only shrinks.
BUILD=${BUILD:-build}
JSRT="$(pwd)/$BUILD/jsrt"
cd tests/packages || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0 passed=0 pending=0
for f in *.js *.mjs; do
  name=${f%.*}
  listed=$(grep -c "^$name " pending.txt)
  if timeout 60 "$JSRT" "$f" >"$tmp/out" 2>"$tmp/err" &&
     cmp -s "$tmp/out" "$name.out"; then
    if [ "$listed" != 0 ]; then
      echo "FAIL: $name passes now: take it off tests/packages/pending.txt"
      bad=1
    fi
    passed=$((passed + 1))
  elif [ "$listed" = 0 ]; then
    echo "FAIL: $name: $(head -c 400 "$tmp/err")"
    diff "$tmp/out" "$name.out" | head -5
    bad=1
  else
    pending=$((pending + 1))
  fi
done
echo "packages: $passed print node's output, $pending pending (pending.txt)"
exit $bad
