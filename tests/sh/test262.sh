#!/bin/sh
# test262 (tests/test262/README.md). First the runner's self-test on the
# small tree in tests/test262/selftest/ (what passes, fails and is skipped,
# and how -u rewrites a list), then test262 itself: fails on a failure not
# listed in tests/test262/known_failures.txt; skipped when no test262 tree
# is laid out. A slow build (ASan, valgrind) runs a few directories only.
BUILD=${BUILD:-build}
R="$BUILD/tests/test262"
S=tests/test262/selftest
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$R" -q -t 300 -k $S/known_failures.txt $S >"$tmp/out" 2>&1
rc=$?
want='test262: 19 files, 31 runs: 18 passed, 13 failed (13 known, 0 unexpected), 1 files skipped; 0 listed now pass'
if [ $rc -ne 0 ] || [ "$(tail -1 "$tmp/out")" != "$want" ]; then
  echo "selftest: exit $rc, want: $want"; cat "$tmp/out"; exit 1
fi
# Without the list every failure is unexpected.
if "$R" -q -t 300 $S >"$tmp/out" 2>&1 || [ "$(grep -c '^FAIL' "$tmp/out")" != 13 ]; then
  echo "selftest: failures without a list"; cat "$tmp/out"; exit 1
fi
# -u: keeps the hand-written reason of a listed failure, drops a listed test
# that passes, adds a new failure under a guessed reason.
cat >"$tmp/k.txt" <<'LIST'
[my reason]
language/fail.js
language/pass.js
LIST
"$R" -q -t 300 -u "$tmp/k.txt" $S language/fail.js language/pass.js \
  language/neg-parse-runs.js >"$tmp/out" 2>&1 || { cat "$tmp/out"; exit 1; }
grep -v '^#' "$tmp/k.txt" >"$tmp/got"
cat >"$tmp/want" <<'LIST'

[early error not reported: neg-parse-runs.js]
language/neg-parse-runs.js

[my reason]
language/fail.js
LIST
if ! cmp -s "$tmp/want" "$tmp/got"; then
  echo "selftest: -u wrote"; diff "$tmp/want" "$tmp/got"; exit 1
fi
# check mode reports a listed test that passes, without failing.
"$R" -q -t 300 -k "$tmp/k.txt" $S language/pass.js >/dev/null 2>&1 || exit 1
printf '[x]\nlanguage/pass.js\n' >"$tmp/k2.txt"
"$R" -q -t 300 -k "$tmp/k2.txt" $S language/pass.js >"$tmp/out" 2>&1 &&
  grep -q '^now passes (listed as "x"): language/pass.js sloppy' "$tmp/out" ||
  { echo "selftest: now-passing"; cat "$tmp/out"; exit 1; }
echo "selftest: ok"

if [ "${JSRT_TEST_TIMEOUT_SCALE:-1}" -gt 1 ]; then
  exec sh tests/test262/run.sh check language/block-scope \
    language/expressions/arrow-function language/statements/for-of \
    language/expressions/template-literal language/asi
fi
exec sh tests/test262/run.sh check
