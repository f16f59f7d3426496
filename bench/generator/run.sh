#!/bin/sh
# bench/generator (issue 12): 1e6 yields consumed by for-of against a
# hand-written ES5 iterator, both under jsrt in one run (node's figures
# beside them for reference); best of 3 by the generator's time.
# Target: generator / ES5 iterator <= 2.0.
BUILD=${BUILD:-build}
JSRT=${JSRT:-$BUILD/jsrt}
cd "$(dirname "$0")/../.." || exit 1
best() {
  b=""
  for i in 1 2 3; do
    v=$("$@" 2>/dev/null)
    [ -n "$v" ] || continue
    if [ -z "$b" ] || awk -v v="$v" -v b="$b" 'BEGIN { split(v, x, " "); split(b, y, " "); exit !(x[2] < y[2]) }'; then b=$v; fi
  done
  echo "${b:-nan nan}"
}
printf '%-34s %10s %10s %7s %s\n' benchmark es5_ms gen_ms ratio target
for who in jsrt node; do
  if [ $who = jsrt ]; then r=$(best "$JSRT" bench/generator/yield.js)
  elif command -v node >/dev/null 2>&1; then r=$(best node bench/generator/yield.js)
  else continue; fi
  echo "$r" | awk -v w="$who" '{ r = ($1 > 0) ? $2 / $1 : 0
    v = (w == "node") ? "(reference)" : ((r > 0 && r <= 2.0) ? "<= 2.0 OK" : "<= 2.0 MISSED")
    printf "%-34s %10.1f %10.1f %6.2fx %s\n", "1e6 yields by for-of (" w ")", $1, $2, r, v }'
done
