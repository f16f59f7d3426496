#!/bin/sh
# bench/http/cg/cg.sh JSRT N [TAG]: runs hello_n.js (or $SCRIPT) under
# callgrind, sends it N keep-alive requests (5 connections, client.py) and
# prints the total instructions. Per request: (Ir(N=1100) - Ir(N=100)) / 1000.
# The server listens on port 0 and prints its port (no collisions between
# runs side by side); TAG names the output files (default N).
J=$1; N=$2; O=${3:-$N}; T=${TMPDIR:-/tmp}
rm -f $T/port.$O $T/vg.$O
valgrind --tool=callgrind --callgrind-out-file=$T/cg.$O.out $J $(dirname "$0")/${SCRIPT:-hello_n.js} $N 0 >$T/port.$O 2>$T/vg.$O &
VP=$!
i=0; while [ $i -lt 300 ] && ! [ -s $T/port.$O ]; do sleep 0.1; i=$((i+1)); done
python3 "$(dirname "$0")/client.py" $(head -1 $T/port.$O) $N 5
wait $VP
grep -a -o 'Collected : [0-9]*' $T/vg.$O | awk '{print $3}'
