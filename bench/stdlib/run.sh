#!/bin/sh
# bench/stdlib: URL parsing (many small, 0.5 MB path, 10k query params),
# url.parse, querystring, path.resolve and StringDecoder (1 MB of UTF-8
# in 4 KB chunks), jsrt against node in the same run.
# No numeric target in issue 5 for these; the bulk paths (percent-encoding,
# UTF-8 decoding) are in C. ratio = jsrt ms / node ms (lower is better).
BUILD=${BUILD:-build}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BUILD/jsrt" "$here/stdlib.js" >"$tmp/jsrt" || { echo "jsrt failed"; exit 1; }
if command -v node >/dev/null 2>&1; then
  node "$here/stdlib.js" >"$tmp/node"
else
  : >"$tmp/node"
fi
printf '%-22s %10s %10s %8s\n' benchmark jsrt_ms node_ms ratio
awk 'NR == FNR { node[$1] = $2; next }
     { n = node[$1];
       if (n > 0) printf "%-22s %10.3f %10.3f %8.1fx\n", $1, $2, n, $2 / n;
       else printf "%-22s %10.3f %10s %8s\n", $1, $2, "-", "-" }' "$tmp/node" "$tmp/jsrt"
echo "note: per-call work is interpreted (Duktape); bulk per-byte work is in C"
