#!/bin/sh
# bench/async (issue 12): async functions and promises, jsrt and node side
# by side in the same run. Each script prints the CPU milliseconds
# (process.cpuUsage) of its own work; best of 3 runs each.
# Targets, time ratio jsrt/node: 1e6 sequential awaits <= 5.0; promise
# adoption <= 5.0; for await over a 256 MB file stream has none.
BUILD=${BUILD:-build}
JSRT=${JSRT:-$BUILD/jsrt}
cd "$(dirname "$0")/../.." || exit 1
best() {
  b=""
  for i in 1 2 3; do
    v=$("$@" 2>/dev/null)
    [ -n "$v" ] || continue
    if [ -z "$b" ] || awk -v v="$v" -v b="$b" 'BEGIN { exit !(v < b) }'; then b=$v; fi
  done
  echo "${b:-nan}"
}
printf '%-34s %10s %10s %7s %s\n' benchmark jsrt_ms node_ms ratio target
for spec in "await:1,000,000 sequential awaits:5.0" \
            "adopt:1,000,000 promise adoptions:5.0" \
            "stream:for await over 256 MB stream:-"; do
  name=${spec%%:*}; rest=${spec#*:}; label=${rest%%:*}; target=${rest#*:}
  j=$(best "$JSRT" "bench/async/$name.js")
  if command -v node >/dev/null 2>&1; then n=$(best node "bench/async/$name.js"); else n=nan; fi
  awk -v l="$label" -v j="$j" -v n="$n" -v t="$target" 'BEGIN {
    r = (n > 0 && j > 0) ? j / n : 0
    verdict = (t == "-") ? "(none)" : ((r > 0 && r <= t) ? "<= " t " OK" : "<= " t " MISSED")
    printf "%-34s %10.1f %10.1f %6.2fx %s\n", l, j, n, r, verdict }'
done
