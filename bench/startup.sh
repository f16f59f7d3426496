#!/bin/sh
# Wall time of `jsrt -e 0` beside `node -e 0` (when node is installed), as
# a ratio. Target: jsrt at least 20x faster than node.
BUILD=${BUILD:-build}
N=${N:-50}
run() { # cmd... -> mean ms per run over N runs
  start=$(date +%s%N)
  i=0
  while [ $i -lt "$N" ]; do "$@" >/dev/null 2>&1; i=$((i + 1)); done
  end=$(date +%s%N)
  echo "$(( (end - start) / N / 1000 ))"
}
j=$(run "$BUILD/jsrt" -e 0)
if command -v node >/dev/null 2>&1; then
  n=$(run node -e 0)
  awk -v j="$j" -v n="$n" 'BEGIN {
    r = n / (j > 0 ? j : 1);
    printf "startup: jsrt -e 0 %.2f ms, node -e 0 %.2f ms, node/jsrt %.1fx (target >= 20x) %s\n",
      j / 1000, n / 1000, r, (r >= 20 ? "OK" : "MISSED") }'
else
  awk -v j="$j" 'BEGIN { printf "startup: jsrt -e 0 %.2f ms (node not installed)\n", j / 1000 }'
fi
