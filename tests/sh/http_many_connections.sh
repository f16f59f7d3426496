#!/bin/sh
# 10,000 concurrent idle keep-alive connections held by one jsrt HTTP
# server on loopback, then all closed by the clients, twice: the server must
# have held them all, and afterwards have no connection or fd left over and
# a JS heap no bigger after the second round than after the first.
# Two processes (server and client) so that each stays under the fd limit.
BUILD=${BUILD:-build}
N=${N:-10000}
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((N + 100)) ]; then
  echo "skip: fd limit $(ulimit -n) is below $((N + 100))"
  exit 0
fi
tmp=$(mktemp -d)
trap 'kill $SP 2>/dev/null; rm -rf "$tmp"' EXIT
"$BUILD/jsrt" tests/sh/fixtures/many_server.js >"$tmp/port" 2>"$tmp/err" &
SP=$!
i=0
while [ $i -lt 50 ] && ! [ -s "$tmp/port" ]; do sleep 0.1; i=$((i + 1)); done
PORT=$(head -1 "$tmp/port")
[ -n "$PORT" ] || { echo "server did not start"; cat "$tmp/err"; exit 1; }
out=$(timeout 100 "$BUILD/jsrt" tests/sh/fixtures/many_client.js "$PORT" "$N")
echo "$out"
echo "$out" | awk -v n="$N" '
  {
    # {"before":{"conns":1,"fds":F,"heap":H},"held":{...},"after":{...}}
    gsub(/[{}"]/, ""); gsub(/:/, ","); m = split($0, a, ",")
    for (i = 1; i < m; i++) {
      if (a[i] == "before" || a[i] == "held" || a[i] == "after1" || a[i] == "after") sec = a[i]
      else if (a[i] == "conns" || a[i] == "fds" || a[i] == "heap") v[sec "." a[i]] = a[i + 1]
    }
  }
  END {
    ok = 1
    if (v["held.conns"] < n + 1) { print "held only " v["held.conns"] " connections"; ok = 0 }
    if (v["held.fds"] < v["before.fds"] + n) { print "fds while held: " v["held.fds"]; ok = 0 }
    if (v["after.conns"] != v["before.conns"]) { print "connections left: " v["after.conns"]; ok = 0 }
    if (v["after.fds"] != v["before.fds"]) { print "fds left: " v["after.fds"] " (before " v["before.fds"] ")"; ok = 0 }
    # a second round of N leaves the JS heap where the first left it,
    # within 256 KiB (tables still settling; a third round adds ~10 KiB):
    # under 26 bytes per connection, so no object per connection stays
    if (v["after.heap"] > v["after1.heap"] + 262144) { print "heap grew: " v["after.heap"] " after round 2, " v["after1.heap"] " after round 1"; ok = 0 }
    if (ok) print "ok: " n " idle keep-alive connections held and released"
    exit ok ? 0 : 1
  }'
