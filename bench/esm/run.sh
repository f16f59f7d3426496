#!/bin/sh
# bench/esm (make bench runs it): time to load, link and evaluate an ES
# module graph of 200 generated files (a binary tree of imports across 10
# directories, named and namespace imports, re-exports, every 20th file
# also importing an ESM-only package through node_modules), measured inside
# the process around one import(); jsrt and node side by side in one run.
# Target (issue 12): at most node's time.
BUILD=${BUILD:-build}
JSRT=${JSRT:-$BUILD/jsrt}
N=200
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

i=0
while [ $i -lt 10 ]; do
  mkdir -p "$dir/tree/d$i" "$dir/tree/node_modules/pkg$i/lib"
  i=$((i + 1))
done
i=0
while [ $i -lt $N ]; do
  f="$dir/tree/d$((i % 10))/m$i.mjs"
  {
    sum="$i"
    for c in $((2 * i + 1)) $((2 * i + 2)); do
      if [ $c -lt $N ]; then
        echo "import { id as id$c, total as t$c } from '../d$((c % 10))/m$c.mjs';"
        echo "import * as ns$c from '../d$((c % 10))/m$c.mjs';"
        sum="$sum + t$c"
      fi
    done
    [ $((i % 20)) -eq 0 ] && echo "import pkg, { version } from 'pkg$((i / 20 % 10))';" &&
      echo "export { version as pkgVersion };"
    echo "export const id = $i;"
    echo "export const total = $sum;"
    echo "export function sum(a, b) { return a + b + id; }"
    echo "export let name = 'module $i';"
    echo "export default { id, name };"
  } > "$f"
  i=$((i + 1))
done
i=0
while [ $i -lt 10 ]; do
  echo "{\"name\": \"pkg$i\", \"type\": \"module\", \"exports\": { \".\": { \"import\": \"./lib/main.js\" } }}" \
    > "$dir/tree/node_modules/pkg$i/package.json"
  echo "export const version = '$i.0.0'; export default { pkg: $i };" > "$dir/tree/node_modules/pkg$i/lib/main.js"
  i=$((i + 1))
done

cat > "$dir/tree/main.mjs" <<'JS'
function now() { const t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
const t0 = now();
import('./d0/m0.mjs').then((m) => {
  const load = now() - t0;
  if (m.id !== 0 || m.total !== 19900) throw new Error('bad graph ' + m.total);
  console.log(load.toFixed(2));
});
JS

run() { # best of 5
  cmd=$1; best=""
  for k in 1 2 3 4 5; do
    out=$("$cmd" "$dir/tree/main.mjs") || return 1
    if [ -z "$best" ] || [ "$(echo "$out < $best" | bc)" = 1 ]; then best=$out; fi
  done
  echo "$best"
}

jl=$(run "$JSRT") || { echo "esm: jsrt failed"; exit 1; }
echo "esm: graph of $N modules (+10 packages): jsrt ${jl} ms"
if command -v node >/dev/null 2>&1; then
  nl=$(run node)
  echo "esm: graph of $N modules (+10 packages): node ${nl} ms"
  echo "esm: ratio jsrt/node: $(echo "scale=2; $jl / $nl" | bc)x (target: at most 1x)"
else
  echo "esm: node not installed, no ratio"
fi
