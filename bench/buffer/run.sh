#!/bin/sh
# bench/buffer: Buffer.from/toString of 1 MB (utf8, hex, base64) and
# Buffer.concat of 10,000 small buffers, jsrt against node in the same run.
# Target (issue 5): respectable, i.e. the same order of magnitude as node
# for these C-backed paths; ratio = jsrt ms / node ms (lower is better).
BUILD=${BUILD:-build}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BUILD/jsrt" "$here/buffer.js" >"$tmp/jsrt" || { echo "jsrt failed"; exit 1; }
if command -v node >/dev/null 2>&1; then
  node "$here/buffer.js" >"$tmp/node"
else
  : >"$tmp/node"
fi
printf '%-22s %10s %10s %8s\n' benchmark jsrt_ms node_ms ratio
awk 'NR == FNR { node[$1] = $2; next }
     { n = node[$1];
       if (n > 0) printf "%-22s %10.3f %10.3f %8.1fx\n", $1, $2, n, $2 / n;
       else printf "%-22s %10.3f %10s %8s\n", $1, $2, "-", "-" }' "$tmp/node" "$tmp/jsrt"
echo "target: same order of magnitude as node (ratio < 10x) on each line"
