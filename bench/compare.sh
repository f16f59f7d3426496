#!/bin/sh
# bench/compare.sh SCRIPT: the side-by-side table of the micro-benchmark
# suites (bench/buffer, bench/stdlib). SCRIPT prints "name ms" lines (see
# bench/timing.js); it runs once under jsrt and once under node (where
# installed), and each name gets one row: jsrt ms, node ms, ratio
# jsrt/node (lower is better).
BUILD=${BUILD:-build}
script=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BUILD/jsrt" "$script" >"$tmp/jsrt" || { echo "jsrt failed"; exit 1; }
if command -v node >/dev/null 2>&1; then
  node "$script" >"$tmp/node"
else
  : >"$tmp/node"
fi
printf '%-22s %10s %10s %8s\n' benchmark jsrt_ms node_ms ratio
awk 'NR == FNR { node[$1] = $2; next }
     { n = node[$1];
       if (n > 0) printf "%-22s %10.3f %10.3f %8.1fx\n", $1, $2, n, $2 / n;
       else printf "%-22s %10.3f %10s %8s\n", $1, $2, "-", "-" }' "$tmp/node" "$tmp/jsrt"
