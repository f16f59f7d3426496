#!/bin/sh
# bench/http: a hello-world HTTP server under wrk (-c 50, keep-alive) and a
# TCP echo server (1 and 100 connections), jsrt and node side by side in the
# same run. Prints req/s, server peak RSS, p50/p99 latency and echo MB/s
# with the ratios and issue 7's targets (req/s ratio >= 1.0, RSS <= 1/5).
# BENCH_SECONDS (default 5) per measurement. Loopback only.
BUILD=${BUILD:-build}
cd "$(dirname "$0")/../.." || exit 1
DUR=${BENCH_SECONDS:-5}
JSRT="$BUILD/jsrt"
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench/http: wrk is not installed (make bench-deps); skipped"
  exit 0
fi
# The echo load generator is built by `make bench`; build it when this
# script is run on its own.
[ -x "$BUILD/bench/echo_load" ] || make -s "$BUILD/bench/echo_load" >/dev/null
NODE=$(command -v node || command -v nodejs)
tmp=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$tmp"' EXIT

# start RUNTIME SCRIPT: runs the server, sets PID and PORT.
start() {
  "$1" "$2" $((DUR * 4 + 30)) >"$tmp/port" 2>"$tmp/err" &
  PID=$!
  PORT=""
  i=0
  while [ $i -lt 50 ] && [ -z "$PORT" ]; do
    sleep 0.1
    PORT=$(head -1 "$tmp/port" 2>/dev/null)
    i=$((i + 1))
  done
  if [ -z "$PORT" ]; then
    echo "server $1 $2 did not start:"; cat "$tmp/err"; exit 1
  fi
}
stop() { kill $PID 2>/dev/null; wait $PID 2>/dev/null; PID=""; }

# hello RUNTIME -> "rps p50 p99 rss_kb"
hello() {
  start "$1" bench/http/hello.js
  wrk -t1 -c50 -d1s "http://127.0.0.1:$PORT/" >/dev/null 2>&1   # warm-up
  wrk -t1 -c50 -d"${DUR}s" --latency "http://127.0.0.1:$PORT/" >"$tmp/wrk" 2>&1
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status")
  stop
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk")
  errs=$(awk '/Non-2xx|Socket errors/' "$tmp/wrk")
  [ -n "$errs" ] && echo "  ($1: $errs)" >&2
  echo "${rps:-0} ${p50:-?} ${p99:-?} ${rss:-0}"
}

# echo RUNTIME CONNECTIONS -> MB/s
echo_mbs() {
  start "$1" bench/http/echo.js
  "$BUILD/bench/echo_load" "$PORT" "$2" "$DUR"
  stop
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

set -- $(hello "$JSRT"); j_rps=$1 j_p50=$2 j_p99=$3 j_rss=$4
if [ -n "$NODE" ]; then
  set -- $(hello "$NODE"); n_rps=$1 n_p50=$2 n_p99=$3 n_rss=$4
else
  n_rps=0 n_p50=- n_p99=- n_rss=0
fi
echo "hello-world req/s (wrk -c50, ${DUR}s): jsrt $j_rps  node $n_rps  ratio $(ratio "$j_rps" "$n_rps")  (target >= 1.0)"
echo "server peak RSS kB:                  jsrt $j_rss  node $n_rss  ratio $(ratio "$j_rss" "$n_rss")  (target <= 0.20)"
echo "latency p50:                         jsrt $j_p50  node $n_p50"
echo "latency p99:                         jsrt $j_p99  node $n_p99"
for c in 1 100; do
  j=$(echo_mbs "$JSRT" $c)
  n=0
  [ -n "$NODE" ] && n=$(echo_mbs "$NODE" $c)
  echo "tcp echo MB/s, $c connection(s):      jsrt $j  node $n  ratio $(ratio "$j" "$n")"
done
