#!/bin/sh
# bench/compile (issue 11's benchmarks), side by side in one run:
#   1. throughput in MB/s of libjsrt's compiler (compile_bench, jsc_compile
#      called directly, one thread) on a corpus of real ES2015+ npm code,
#      against @swc/core (target es5) and @babel/core + @babel/preset-env
#      (ie 11) on node, on the same files. Target: at least SWC's.
#   2. the ES5 pass-through check: passthrough.sh (a few MB of ES5 loaded
#      with lowering on and off, whole require()), and jsc_compile alone on
#      lodash.js against Duktape's compile of it. Target: <= 5%.
#   3. jsrt -e "require('PKG')" against node -e, whole process. Target: at
#      most node's time.
#   4. lowered modern code against the same program written in ES5, both
#      under jsrt (micro/NAME.js vs micro/NAME.es5.js). Target: <= 1.25x.
# Until the compiler lowers, parts 1 and 4 say "compiler not available"
# and print no numbers for jsrt. Needs `sh bench/compile/install.sh` once
# (npm) for the corpus and the reference compilers; node for them.
#   BENCH_SECONDS=N   CPU seconds per throughput measurement (default 3)
#   RUNS=N            runs per process timing, best kept (default 3)
set -u
BUILD=${BUILD:-build}
here=$(cd "$(dirname "$0")" && pwd)
JSRT=$(cd "$(dirname "$BUILD/jsrt")" && pwd)/jsrt
B=$(cd "$(dirname "$BUILD/bench/compile_bench")" && pwd)/compile_bench
out=$(mkdir -p "$BUILD/bench-compile" && cd "$BUILD/bench-compile" && pwd)
secs=${BENCH_SECONDS:-3}
runs=${RUNS:-3}
if [ ! -x "$B" ]; then
  echo "bench/compile: $B not built (a JSRT_HAVE_COMPILER=0 build has no compiler)"
  exit 0
fi
have_node=0; command -v node >/dev/null && have_node=1
have_corpus=0; sh "$here/corpus.sh" >"$out/list.txt" 2>"$out/corpus.err" && have_corpus=1

# best WALL CPU of $runs runs of a command (stdout to $out/run.out); sets
# best_wall best_cpu rc.
time_best() {
  best_wall="" best_cpu="" rc=0 i=0
  while [ $i -lt "$runs" ]; do
    set -- $("$B" -x "$out/run.out" "$@" 2>/dev/null) "$@"
    w=$1 c=$2 rc=$3; shift 3
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($w < $best_wall)}"; then
      best_wall=$w best_cpu=$c
    fi
    [ "$rc" -eq 0 ] || return 0
    i=$((i + 1))
  done
}
# The first "XxxError: ..." line of a file, without the prefix $2 in paths.
first_error() {
  grep -m1 -E '^[A-Za-z]*Error\b' "$1" | sed "s|$2||g" | cut -c1-80
}
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

echo "== 1. compiler throughput (MB/s of source, one thread)"
if [ $have_corpus -eq 0 ]; then
  echo "corpus not installed: sh bench/compile/install.sh ($(head -1 "$out/corpus.err"))"
else
  "$B" -t "$secs" "$out/list.txt" >"$out/jsrt.txt"
  brc=$?
  cat "$out/jsrt.txt"
  reflist="$out/list.txt"
  [ $brc -eq 0 ] && reflist="$out/list.txt.ok"
  if [ $have_node -eq 1 ]; then
    REF_JSON="$out/ref.json" node "$here/ref.js" "$reflist" "$secs" | tee "$out/ref.txt"
  else
    echo "node not found: no SWC/Babel numbers"
  fi
  if [ $brc -eq 0 ] && [ -f "$out/ref.txt" ]; then
    j=$(sed -n 's/^jsrt compiler: \([0-9.]*\) MB\/s.*/\1/p' "$out/jsrt.txt")
    s=$(sed -n 's/^swc: \([0-9.]*\) MB\/s.*/\1/p' "$out/ref.txt")
    b=$(sed -n 's/^babel: \([0-9.]*\) MB\/s.*/\1/p' "$out/ref.txt")
    [ -n "$s" ] && echo "jsrt / swc: $(ratio "$j" "$s")x (target >= 1)"
    [ -n "$b" ] && echo "jsrt / babel: $(ratio "$j" "$b")x"
  fi
fi

echo "== 2. ES5 pass-through check"
BUILD=$BUILD sh "$here/passthrough.sh"
if [ -f "$here/node_modules/lodash/lodash.js" ]; then
  "$B" -p "$here/node_modules/lodash/lodash.js"
else
  echo "lodash not installed: sh bench/compile/install.sh"
fi

echo "== 3. require('PKG') whole process: jsrt -e vs node -e (best of $runs, wall)"
if [ $have_corpus -eq 1 ] && [ $have_node -eq 1 ]; then
  cd "$here" || exit 1
  for p in koa ws yargs chalk debug uuid nanoid zod marked express commander semver; do
    time_best node -e "require('$p')"
    nw=$best_wall
    time_best "$JSRT" -e "require('$p')"
    if [ "$rc" -ne 0 ]; then
      "$JSRT" -e "require('$p')" >/dev/null 2>"$out/err"
      printf '%-10s node %.3f s   jsrt fails: %s\n' "$p" "$nw" \
        "$(first_error "$out/err" "$here/node_modules/")"
    else
      printf '%-10s node %.3f s   jsrt %.3f s   jsrt/node %sx (target <= 1)\n' \
        "$p" "$nw" "$best_wall" "$(ratio "$best_wall" "$nw")"
    fi
  done
  cd - >/dev/null || exit 1
else
  echo "needs the corpus (sh bench/compile/install.sh) and node"
fi

echo "== 4. lowered vs hand-written ES5 under jsrt (best of $runs, CPU)"
for es5 in "$here"/micro/*.es5.js; do
  name=$(basename "$es5" .es5.js)
  modern="$here/micro/$name.js"
  time_best "$JSRT" "$es5"
  ec=$best_cpu
  want=$(cat "$out/run.out")
  time_best "$JSRT" "$modern"
  if [ "$rc" -ne 0 ]; then
    "$JSRT" "$modern" >/dev/null 2>"$out/err"
    printf '%-14s es5 %.3f s   compiler not available (%s)\n' "$name" "$ec" \
      "$(first_error "$out/err" "$here/micro/")"
  elif [ "$(cat "$out/run.out")" != "$want" ]; then
    printf '%-14s lowered output differs from the ES5 version: %s vs %s\n' \
      "$name" "$(cat "$out/run.out")" "$want"
  else
    printf '%-14s es5 %.3f s   lowered %.3f s   %sx (target <= 1.25)\n' \
      "$name" "$ec" "$best_cpu" "$(ratio "$best_cpu" "$ec")"
  fi
done
