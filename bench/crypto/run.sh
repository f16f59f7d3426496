#!/bin/sh
# bench/crypto: hashing, AEAD, random bytes and gzip (issue 14), jsrt
# against node in the same run; ratio = jsrt ms / node ms (lower is
# better). Both sides are the same OpenSSL and zlib, so the ratio is the
# binding's overhead.
sh "$(dirname "$0")/../compare.sh" "$(dirname "$0")/crypto.js" || exit 1
echo "targets: sha256/aes256gcm within 1.1x of node; gzip6_100MB at most 1.0x (at least node's MB/s)"
