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
sed -n 3p "$tmp/err" | grep -qxF "      ^" || fail "no caret: $(cat "$tmp/err")"
sed -n 4p "$tmp/err" | grep -qx "" || fail "no blank line: $(cat "$tmp/err")"
sed -n 5p "$tmp/err" | grep -qxF "SyntaxError: Unexpected token ';' ($tmp/bad.js:3:7)" ||
  fail "no SyntaxError line: $(cat "$tmp/err")"

# tabs stay tabs under the caret, a multi-byte character is one column
printf 'function f() {\n\tvar q = "\303\251" + ;\n}\n' >"$tmp/tab.js"
"$JSRT" "$tmp/tab.js" 2>"$tmp/err" && fail "tab.js exited 0"
sed -n 3p "$tmp/err" | grep -qxF "$(printf '\t              ^')" || fail "tab caret: $(cat -A "$tmp/err")"
grep -qF "($tmp/tab.js:2:16)" "$tmp/err" || fail "tab column: $(cat "$tmp/err")"

# -e: the file is [eval], as in node
"$JSRT" -e 'var x = 1;
x = };' >"$tmp/out" 2>"$tmp/err" && fail "-e exited 0"
sed -n 1p "$tmp/err" | grep -qxF "[eval]:2" || fail "-e: no [eval]:2: $(cat "$tmp/err")"
sed -n 2p "$tmp/err" | grep -qxF "x = };" || fail "-e: no source line: $(cat "$tmp/err")"
sed -n 3p "$tmp/err" | grep -qxF "    ^" || fail "-e: no caret: $(cat "$tmp/err")"

# a SyntaxError caught by the script prints nothing of the sort
printf 'try { require("./bad.js"); } catch (e) { console.log(e.name); }\n' >"$tmp/catch.js"
out=$("$JSRT" "$tmp/catch.js" 2>&1) || fail "catch.js failed: $out"
[ "$out" = SyntaxError ] || fail "catch.js printed: $out"
# --lower prints the lowered program, every line where it was; with
# --inline-helpers it runs without the compiler and without __jsrt.
printf 'var o = { a: [1, 2] };\nvar n = o?.b ?? 3;\nconsole.log(n, `x${n}`);\n' >"$tmp/m.js"
"$JSRT" --lower "$tmp/m.js" >"$tmp/m.out" || fail "--lower failed"
[ "$(grep -c "" "$tmp/m.out")" -eq 3 ] || fail "--lower moved lines: $(cat "$tmp/m.out")"
grep -q '?\.' "$tmp/m.out" && fail "--lower left ?.: $(cat "$tmp/m.out")"
[ "$("$JSRT" --no-lower "$tmp/m.out")" = "3 x3" ] || fail "lowered output: $("$JSRT" --no-lower "$tmp/m.out" 2>&1)"
"$JSRT" --lower --inline-helpers "$tmp/m.js" >"$tmp/mi.js" || fail "--inline-helpers failed"
[ "$("$JSRT" --no-lower "$tmp/mi.js")" = "3 x3" ] || fail "inlined output: $("$JSRT" --no-lower "$tmp/mi.js" 2>&1)"
"$JSRT" --lower "$tmp/bad.js" 2>"$tmp/err" && fail "--lower bad.js exited 0"
grep -qxF "$tmp/bad.js:3:7: SyntaxError: Unexpected token ';'" "$tmp/err" || fail "--lower error: $(cat "$tmp/err")"
echo ok
