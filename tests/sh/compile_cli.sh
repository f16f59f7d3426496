#!/bin/sh
# The jsrt command and the compile entry: an uncaught SyntaxError prints
# node's "file:line", the offending source line (and a caret under the
# column when the compiler knows it), a blank line, then the error; exit 1.
BUILD=${BUILD:-build}
JSRT="$BUILD/jsrt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'var a = 1;\nif (a) {\n  foo(;\n}\n' >"$tmp/bad.js"
"$JSRT" "$tmp/bad.js" >"$tmp/out" 2>"$tmp/err" && fail "bad.js exited 0"
[ -s "$tmp/out" ] && fail "stdout not empty"
sed -n 1p "$tmp/err" | grep -qxF "$tmp/bad.js:3" || fail "no file:line: $(cat "$tmp/err")"
sed -n 2p "$tmp/err" | grep -qxF "  foo(;" || fail "no source line: $(cat "$tmp/err")"
grep -q "^SyntaxError: .*($tmp/bad.js:3" "$tmp/err" || fail "no SyntaxError line: $(cat "$tmp/err")"

# -e: the file is [eval], as in node
"$JSRT" -e 'var x = 1;
x = };' >"$tmp/out" 2>"$tmp/err" && fail "-e exited 0"
sed -n 1p "$tmp/err" | grep -qxF "[eval]:2" || fail "-e: no [eval]:2: $(cat "$tmp/err")"
sed -n 2p "$tmp/err" | grep -qxF "x = };" || fail "-e: no source line: $(cat "$tmp/err")"

# a SyntaxError caught by the script prints nothing of the sort
printf 'try { require("./bad.js"); } catch (e) { console.log(e.name); }\n' >"$tmp/catch.js"
out=$("$JSRT" "$tmp/catch.js" 2>&1) || fail "catch.js failed: $out"
[ "$out" = SyntaxError ] || fail "catch.js printed: $out"
echo ok
