#!/bin/sh
# bench/buffer: Buffer.from/toString of 1 MB (utf8, hex, base64) and
# Buffer.concat of 10,000 small buffers, jsrt against node in the same run.
# Target (issue 5): respectable, i.e. the same order of magnitude as node
# for these C-backed paths; ratio = jsrt ms / node ms (lower is better).
sh "$(dirname "$0")/../compare.sh" "$(dirname "$0")/buffer.js" || exit 1
echo "target: same order of magnitude as node (ratio < 10x) on each line"
