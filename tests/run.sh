#!/bin/sh
# The test runner behind `make check`: the cmocka suites (build/tests/*),
# the examples with their expected output (tests/examples.sh) and every JS
# test under tests/js/ run by jsrt. Ends with "N passed, N failed".
#
# A JS test passes when jsrt exits 0, or with the code given in a first-lines
# comment "// expect-exit: N"; when NAME.out exists beside it, stdout must
# equal it; "// expect-stderr: TEXT" requires TEXT on stderr; "// requires:
# crypto" skips it in a build without that module. Files under
# fixtures/ directories or starting with "_" are helpers, not tests.
# VALGRIND=1 runs the C tests under valgrind memcheck instead.
# Filter: sh tests/run.sh PATTERN runs only tests whose path contains it.

BUILD=${BUILD:-build}
JSRT="$BUILD/jsrt"
FILTER=${1:-}
# Slow builds stretch the delays tests race against (platformTimeout in
# tests/js/fs/_common.js, tu_timeout in tests/testutil.h): x4 for an ASan
# build (make asan), x10 under valgrind; an explicit value wins.
if [ -z "$JSRT_TEST_TIMEOUT_SCALE" ]; then
  JSRT_TEST_TIMEOUT_SCALE=1
  if [ -n "$VALGRIND" ]; then
    JSRT_TEST_TIMEOUT_SCALE=10
  elif grep -q __asan_init "$JSRT" 2>/dev/null; then
    JSRT_TEST_TIMEOUT_SCALE=4
  fi
fi
export JSRT_TEST_TIMEOUT_SCALE
passed=0
failed=0
skipped=0
failures=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  failures="$failures
  $1"
  echo "FAIL: $1"
}

# ---- cmocka ----
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  case "$t" in *"$FILTER"*) ;; *) continue ;; esac
  if [ -n "$VALGRIND" ]; then
    valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=99 "$t" >"$tmp/out" 2>&1
  else
    "$t" >"$tmp/out" 2>&1
  fi
  rc=$?
  # cmocka's summary lines may share a line when stdout and stderr mix.
  p=$(grep -o '\[  PASSED  \] [0-9]* test' "$tmp/out" | tail -1 | tr -dc 0-9)
  f=$(grep -o '\[  FAILED  \] [0-9]* test' "$tmp/out" | tail -1 | tr -dc 0-9)
  passed=$((passed + ${p:-0}))
  if [ -n "$f" ] && [ "$f" -gt 0 ]; then
    failed=$((failed + f))
    failures="$failures
  $t: $(grep '^\[  FAILED  \] test' "$tmp/out" | tr '\n' ' ')"
    cat "$tmp/out"
  elif [ $rc -ne 0 ] || [ -z "$p" ]; then
    fail "$t (exit $rc)"
    tail -30 "$tmp/out"
  fi
done
[ -n "$VALGRIND" ] && { echo "$passed passed, $failed failed"; [ $failed -eq 0 ]; exit $?; }

# ---- examples ----
if [ -f tests/examples.sh ]; then
  . tests/examples.sh
fi

# ---- shell tests: tests/sh/*.sh, each exits 0 on pass ----
for s in tests/sh/*.sh; do
  [ -f "$s" ] || continue
  case "$s" in *"$FILTER"*) ;; *) continue ;; esac
  if BUILD="$BUILD" timeout 300 sh "$s" >"$tmp/out" 2>&1; then
    pass
  else
    fail "$s"
    tail -20 "$tmp/out"
  fi
done

# ---- JS tests ----
for f in $(find tests/js \( -name '*.js' -o -name '*.mjs' \) -not -path '*/fixtures/*' -not -path '*/node_modules/*' | sort); do
  case "$(basename "$f")" in _*) continue ;; esac
  case "$f" in *"$FILTER"*) ;; *) continue ;; esac
  # "// requires: crypto zlib": a build without that optional module
  # (JSRT_HAVE_OPENSSL=0 ...) skips the test.
  need=$(head -5 "$f" | sed -n 's|^// requires: *\(.*\)$|\1|p')
  missing=""
  for m in $need; do
    [ -f "$tmp/has-$m" ] || { "$JSRT" -e "require('$m')" >/dev/null 2>&1 &&
      touch "$tmp/has-$m"; } || missing="$missing $m"
  done
  if [ -n "$missing" ]; then
    skipped=$((skipped + 1))
    continue
  fi
  want_exit=$(head -5 "$f" | sed -n 's|^// expect-exit: *\([0-9]*\).*|\1|p')
  want_err=$(head -5 "$f" | sed -n 's|^// expect-stderr: *\(.*\)$|\1|p')
  timeout 120 "$JSRT" "$f" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  ok=1
  [ "$rc" -eq "${want_exit:-0}" ] || ok=0
  out="${f%.*}.out"
  if [ $ok -eq 1 ] && [ -f "$out" ] && ! cmp -s "$out" "$tmp/out"; then
    ok=0
    diff "$out" "$tmp/out" | head -20
  fi
  if [ $ok -eq 1 ] && [ -n "$want_err" ] && ! grep -qF "$want_err" "$tmp/err"; then
    ok=0
  fi
  if [ $ok -eq 1 ]; then
    pass
  else
    fail "$f (exit $rc, want ${want_exit:-0})"
    tail -20 "$tmp/err"
  fi
done

if [ $failed -gt 0 ]; then
  echo "failures:$failures"
fi
[ $skipped -eq 0 ] || echo "skipped (optional module left out of this build): $skipped"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
