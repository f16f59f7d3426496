#!/bin/sh
# bench/compile/passthrough.sh (part 2 of bench/compile/run.sh): what the
# built-in compiler costs an ES5 load.
#
# passthrough: the ES5.1 pass-through check (issue 11: at most 5% of the
# load time of a large ES5 file). A few MB of ES5 - the src/js glue files,
# each wrapped in a function expression that is never called, repeated -
# required with lowering on (the default) and off (--no-lower), the CPU
# time of the require() measured in the process, best of RUNS. Meaningful
# once the parser is in (until then the compiler's stub passes everything
# through at no cost).
BUILD=${BUILD:-build}
JSRT=${JSRT:-$BUILD/jsrt}
MB=${MB:-4}
RUNS=${RUNS:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The ES5 corpus: every glue file that Duktape parses as it is.
for f in $(find src/js -name '*.js' | sort); do
  { printf '(function (exports, require, module, __filename, __dirname, native) {'
    cat "$f"
    printf '\n});\n'; } > "$dir/one.js"
  if "$JSRT" --no-lower -e "new Function(require('fs').readFileSync('$dir/one.js', 'utf8'))" \
      >/dev/null 2>&1; then
    cat "$dir/one.js" >> "$dir/unit.js"
  fi
done
: > "$dir/big.js"
while [ "$(wc -c < "$dir/big.js")" -lt $((MB * 1048576)) ]; do
  cat "$dir/unit.js" >> "$dir/big.js"
done
bytes=$(wc -c < "$dir/big.js")

# The load, measured inside the process: CPU time (process.cpuUsage, which
# holds up better than wall time on a shared machine) of require(big.js).
cat > "$dir/load.js" <<'JS'
var t0 = process.cpuUsage();
require(process.argv[2]);
var t = process.cpuUsage(t0);
console.log(t.user + t.system);
JS

# best_us ARGS...: the least of RUNS loads, in microseconds.
best_us() {
  best=
  i=0
  while [ $i -lt "$RUNS" ]; do
    t=$("$JSRT" "$@") || { echo "failed: $JSRT $*" >&2; exit 1; }
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    i=$((i + 1))
  done
  echo "$best"
}

off=$(best_us --no-lower "$dir/load.js" "$dir/big.js")
on=$(best_us "$dir/load.js" "$dir/big.js")
awk -v b="$bytes" -v off="$off" -v on="$on" 'BEGIN {
  if (off < 1) off = 1
  printf "passthrough: %.1f MB of ES5 glue loaded in %.1f ms with the compiler, %.1f ms without (CPU time, best of '"$RUNS"')\n", b / 1048576, on / 1000, off / 1000
  printf "passthrough: the check costs %+.1f%% of the load time (target: at most 5%%)\n", (on - off) * 100 / off
}'
