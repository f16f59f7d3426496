#!/bin/sh
# bench/regexp/run.sh: the regexp workloads (regexp.js) under jsrt (PCRE2),
# node, and jsrt on Duktape's own engine (the "before": a JSRT_HAVE_PCRE2=0
# build in $BEFORE, default build-duk; made with
#   make BUILD=build-duk JSRT_HAVE_PCRE2=0 build-duk/jsrt
# and skipped when absent). One row per workload: milliseconds, jsrt/node
# (lower is better) and before/after (how many times faster PCRE2 is).
BUILD=${BUILD:-build}
BEFORE=${BEFORE:-build-duk}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BUILD/jsrt" "$here/regexp.js" >"$tmp/after" || { echo "jsrt failed"; exit 1; }
if command -v node >/dev/null 2>&1; then node "$here/regexp.js" >"$tmp/node"; else : >"$tmp/node"; fi
if [ -x "$BEFORE/jsrt" ]; then
  "$BEFORE/jsrt" "$here/regexp.js" >"$tmp/before" || : >"$tmp/before"
else
  : >"$tmp/before"
fi
printf '%-22s %10s %10s %10s %9s %13s\n' workload jsrt_ms node_ms before_ms jsrt/node before/after
awk 'FILENAME == ARGV[1] { node[$1] = $2; next }
     FILENAME == ARGV[2] { before[$1] = $2; next }
     { n = node[$1]; b = before[$1];
       ns = "-"; bs = "-"; r1 = "-"; r2 = "-";
       if (n > 0) { ns = sprintf("%.1f", n); r1 = sprintf("%.1fx", $2 / n) }
       if (b > 0) { bs = sprintf("%.1f", b); r2 = sprintf("%.1fx", b / $2) }
       printf "%-22s %10.1f %10s %10s %9s %13s\n", $1, $2, ns, bs, r1, r2 }' \
  "$tmp/node" "$tmp/before" "$tmp/after"
