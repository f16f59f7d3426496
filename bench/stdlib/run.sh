#!/bin/sh
# bench/stdlib: URL parsing (many small, 0.5 MB path, 10k query params),
# url.parse, querystring, path.resolve and StringDecoder (1 MB of UTF-8
# in 4 KB chunks), jsrt against node in the same run.
# No numeric target in issue 5 for these; the bulk paths (percent-encoding,
# UTF-8 decoding) are in C. ratio = jsrt ms / node ms (lower is better).
sh "$(dirname "$0")/../compare.sh" "$(dirname "$0")/stdlib.js" || exit 1
echo "note: per-call work is interpreted (Duktape); bulk per-byte work is in C"
