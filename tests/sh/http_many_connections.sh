#!/bin/sh
# 10,000 concurrent idle keep-alive connections held by one jsrt HTTP
# server on loopback, then all closed by the client, ROUNDS times: the server
# must have held them all, and after each round have no connection or fd
# left over and a JS heap that does not grow round after round.
# Two processes (server and client) so that each stays under the fd limit.
#
# The heap check compares steady states, not an absolute slack: the server
# reports its heap after emergency GCs (tables compacted, see
# fixtures/many_server.js); the first round is the warm-up (capacity kept
# after the first peak is not a leak); a later round may still add a one-off
# step (a table whose peak size depends on timing reaches a new high), but a
# leak of anything per connection - even one 16-byte array slot - grows the
# heap by at least 16*N bytes in EVERY round. So the test fails when each
# round after the warm-up grew the heap by more than 8 bytes per connection.
BUILD=${BUILD:-build}
N=${N:-10000}
ROUNDS=${ROUNDS:-4}
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
while [ $i -lt 300 ] && ! [ -s "$tmp/port" ]; do sleep 0.1; i=$((i + 1)); done
PORT=$(head -1 "$tmp/port")
[ -n "$PORT" ] || { echo "server did not start"; cat "$tmp/err"; exit 1; }
out=$(timeout 250 "$BUILD/jsrt" tests/sh/fixtures/many_client.js "$PORT" "$N" "$ROUNDS")
echo "$out"
echo "$out" | awk -v n="$N" -v rounds="$ROUNDS" '
  # lines: "before|held|after ROUND CONNS FDS HEAP"
  $1 == "before" { bc = $3; bf = $4 }
  $1 == "held" { hc[$2] = $3; hf[$2] = $4 }
  $1 == "after" { ac[$2] = $3; af[$2] = $4; ah[$2] = $5; last = $2 }
  END {
    ok = 1
    if (last != rounds) { print "only " last + 0 " of " rounds " rounds finished"; exit 1 }
    for (r = 1; r <= rounds; r++) {
      if (hc[r] < n + 1) { print "round " r ": held only " hc[r] " connections"; ok = 0 }
      if (hf[r] < bf + n) { print "round " r ": fds while held: " hf[r]; ok = 0 }
      if (ac[r] != bc) { print "round " r ": connections left: " ac[r]; ok = 0 }
      if (af[r] != bf) { print "round " r ": fds left: " af[r] " (before " bf ")"; ok = 0 }
    }
    grew = 1; steps = ""
    for (r = 2; r <= rounds; r++) {
      d = ah[r] - ah[r - 1]; steps = steps " " d
      if (d <= 8 * n) grew = 0
    }
    if (grew) { print "heap grew every round after the first, by" steps " bytes"; ok = 0 }
    else print "heap steps after the warm-up round:" steps " bytes"
    if (ok) print "ok: " n " idle keep-alive connections held and released, " rounds " times"
    exit ok ? 0 : 1
  }'
