#!/bin/sh
# bench/require (make bench runs it): time to require() a tree of 200 small modules (relative
# paths across directories, packages found through node_modules with a
# package.json main), and the cost of a require() that hits the cache;
# jsrt and node side by side in the same run.
# Target (issue 4): loading costs one read + one compile per module, a
# cached require() is a lookup.
BUILD=${BUILD:-build}
JSRT=${JSRT:-$BUILD/jsrt}
N=200
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# m$i requires its children 2i+1 and 2i+2 (a binary tree over N modules),
# spread over 10 directories; every 20th one also requires a package.
i=0
while [ $i -lt 10 ]; do mkdir -p "$dir/tree/d$i" "$dir/tree/node_modules/pkg$i/lib"; i=$((i + 1)); done
i=0
while [ $i -lt $N ]; do
  f="$dir/tree/d$((i % 10))/m$i.js"
  {
    echo "'use strict';"
    for c in $((2 * i + 1)) $((2 * i + 2)); do
      [ $c -lt $N ] && echo "var c$c = require('../d$((c % 10))/m$c');"
    done
    [ $((i % 20)) -eq 0 ] && echo "var p = require('pkg$((i / 20 % 10))');"
    echo "exports.id = $i;"
    echo "exports.sum = function (a, b) { return a + b + $i; };"
    echo "exports.name = 'module $i';"
  } > "$f"
  i=$((i + 1))
done
i=0
while [ $i -lt 10 ]; do
  echo "{\"name\": \"pkg$i\", \"main\": \"lib/main\"}" > "$dir/tree/node_modules/pkg$i/package.json"
  echo "module.exports = { pkg: $i };" > "$dir/tree/node_modules/pkg$i/lib/main.js"
  i=$((i + 1))
done

cat > "$dir/tree/main.js" <<'JS'
function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
var t0 = now();
var root = require('./d0/m0');
var load = now() - t0;
if (root.id !== 0 || Object.keys(require.cache).length !== 211) throw new Error('bad tree');
var n = 200000, i, x;
t0 = now();
for (i = 0; i < n; i++) x = require('./d0/m0');
var cached = (now() - t0) * 1e6 / n;
t0 = now();
for (i = 0; i < n; i++) x = require('path');
var builtin = (now() - t0) * 1e6 / n;
console.log(load.toFixed(2) + ' ' + cached.toFixed(0) + ' ' + builtin.toFixed(0));
JS

run() { # best of 5
  cmd=$1; best_l=""; best_c=""; best_b=""
  for k in 1 2 3 4 5; do
    out=$("$cmd" "$dir/tree/main.js") || return 1
    set -- $out
    if [ -z "$best_l" ] || [ "$(echo "$1 < $best_l" | bc)" = 1 ]; then best_l=$1; fi
    if [ -z "$best_c" ] || [ "$2" -lt "$best_c" ]; then best_c=$2; fi
    if [ -z "$best_b" ] || [ "$3" -lt "$best_b" ]; then best_b=$3; fi
  done
  echo "$best_l $best_c $best_b"
}

set -- $(run "$JSRT")
jl=$1 jc=$2 jb=$3
echo "require: tree of $N modules (+10 packages): jsrt ${jl} ms; cached require() ${jc} ns, of a built-in ${jb} ns"
if command -v node >/dev/null 2>&1; then
  set -- $(run node)
  nl=$1 nc=$2 nb=$3
  echo "require: tree of $N modules (+10 packages): node ${nl} ms; cached require() ${nc} ns, of a built-in ${nb} ns"
  echo "require: ratio jsrt/node: load $(echo "scale=1; $jl / $nl" | bc)x, cached $(echo "scale=1; $jc / $nc" | bc)x," \
       "built-in $(echo "scale=1; $jb / $nb" | bc)x" \
       "(target: one read + one compile per module; a cached require is a lookup)"
else
  echo "require: node not installed, no ratio"
fi
