#!/bin/sh
# bench/http/cg/cg.sh JSRT N [TAG]: runs hello_n.js under callgrind, sends it
# N keep-alive requests (5 connections, client.py) and prints the total
# instructions. Per request: (Ir(N=1100) - Ir(N=100)) / 1000.
J=$1; N=$2; O=${3:-$N}; P=$((20000 + $$ % 20000))
rm -f ${TMPDIR:-/tmp}/port.$O ${TMPDIR:-/tmp}/vg.$O
valgrind --tool=callgrind --callgrind-out-file=${TMPDIR:-/tmp}/cg.$O.out $J $(dirname "$0")/${SCRIPT:-hello_n.js} $N $P >${TMPDIR:-/tmp}/port.$O 2>${TMPDIR:-/tmp}/vg.$O &
VP=$!
i=0; while [ $i -lt 300 ] && ! [ -s ${TMPDIR:-/tmp}/port.$O ]; do sleep 0.1; i=$((i+1)); done
python3 "$(dirname "$0")/client.py" $P $N 5
wait $VP
grep -a -o 'Collected : [0-9]*' ${TMPDIR:-/tmp}/vg.$O | awk '{print $3}'
