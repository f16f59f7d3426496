#!/bin/sh
# The jsrt command with ES modules: `jsrt file.mjs`, `--input-type=module`
# for -e, a syntax error of a module named with file:line:column (and
# node's source arrow) before anything of the graph ran, a missing export
# in node's words, `--lower` of a .mjs.
BUILD=${BUILD:-build}
JSRT="$(pwd)/$BUILD/jsrt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
printf 'export const x = 1;\nexport default 2;\n' > lib.mjs
printf "import d, { x } from './lib.mjs';\nconsole.log(d + x, typeof this);\n" > main.mjs
printf "console.log('ran');\nimport './bad.mjs';\n" > top.mjs
printf 'export const a = 1;\nconst b = ;\n' > bad.mjs
printf "import { y } from './lib.mjs';\nconsole.log('ran');\n" > missing.mjs

out=$("$JSRT" main.mjs) || fail "jsrt main.mjs exited $?"
[ "$out" = "3 undefined" ] || fail "main.mjs printed '$out'"
out=$("$JSRT" --input-type=module -e "import { x } from './lib.mjs'; console.log(x, import.meta.url.slice(-8))") ||
  fail "--input-type=module exited $?"
[ "$out" = "1 /[eval1]" ] || fail "--input-type=module printed '$out'"
"$JSRT" -e "import('./lib.mjs').then(function (m) { console.log(m.x) })" > out.txt || fail "import() from -e"
[ "$(cat out.txt)" = "1" ] || fail "import() from -e printed $(cat out.txt)"

"$JSRT" top.mjs > out.txt 2> err.txt && fail "top.mjs should fail"
[ -s out.txt ] && fail "top.mjs ran before its graph linked: $(cat out.txt)"
grep -q "bad.mjs:2:11" err.txt || fail "no file:line:column: $(cat err.txt)"
grep -q "^SyntaxError: Unexpected token ';'" err.txt || fail "no SyntaxError: $(cat err.txt)"
grep -q "^const b = ;" err.txt || fail "no source line: $(cat err.txt)"

"$JSRT" missing.mjs > out.txt 2> err.txt && fail "missing.mjs should fail"
[ -s out.txt ] && fail "missing.mjs ran"
grep -q "SyntaxError: The requested module './lib.mjs' does not provide an export named 'y'" err.txt ||
  fail "missing export: $(cat err.txt)"
# node's arrow: the importing line, a caret under the name
grep -q "^import { y } from './lib.mjs';" err.txt || fail "missing export, no source line: $(cat err.txt)"
grep -q "^         ^$" err.txt || fail "missing export, no caret: $(cat err.txt)"

"$JSRT" --lower main.mjs | grep -qF "return {j: '{\"d\":[\"./lib.mjs\"]" || fail "--lower of a .mjs"
exit 0
