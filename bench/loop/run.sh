#!/bin/sh
# bench/loop (make bench runs it): the event loop's queues, jsrt and node
# side by side in the same run. Each script prints the CPU milliseconds
# (process.cpuUsage) of its own work, so startup and machine load from
# other processes count less; best of 3 runs each.
# Targets (issue 3), time ratio jsrt/node: chained setImmediate <= 1.0;
# chained nextTick and then chains <= 5.0; setTimeout(fn, 0) has none.
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
for spec in "immediate:1,000,000 chained setImmediate:1.0" \
            "nexttick:1,000,000 chained nextTick:5.0" \
            "then:1,000,000 then resolutions:5.0" \
            "timeout:100,000 setTimeout(fn, 0):-"; do
  name=${spec%%:*}; rest=${spec#*:}; label=${rest%%:*}; target=${rest#*:}
  j=$(best "$JSRT" "bench/loop/$name.js")
  if command -v node >/dev/null 2>&1; then n=$(best node "bench/loop/$name.js"); else n=nan; fi
  awk -v l="$label" -v j="$j" -v n="$n" -v t="$target" 'BEGIN {
    r = (n > 0) ? j / n : 0
    verdict = (t == "-") ? "(none)" : ((r <= t) ? "<= " t " OK" : "<= " t " MISSED")
    printf "%-34s %10.1f %10.1f %6.2fx %s\n", l, j, n, r, verdict }'
done
