#!/bin/sh
# Golden tests of the compiler's transforms (README.md here):
#   tests/compiler/<transform>/NAME.js        the input
#   tests/compiler/<transform>/NAME.expected  `jsrt --lower NAME.js`, exactly
#   tests/compiler/<transform>/NAME.out       stdout of `jsrt NAME.js`
# Usage: sh tests/compiler/run.sh [check|bless|node] [PATTERN]
#   check  (make check) compare; a check listed in pending.txt ("PATH:lowered"
#          or "PATH:output", PATH below tests/compiler/) may fail
#   bless  write NAME.expected from `jsrt --lower` for the tests matching
#          PATTERN (review the diff before committing it)
#   node   check every NAME.out against node's stdout for NAME.js
# Ends with "compiler golden: N passed, N failed, N pending, N skipped".
BUILD=${BUILD:-build}
JSRT="$BUILD/jsrt"
here=$(dirname "$0")
mode=${1:-check}
pattern=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0 pending=0 skipped=0 fixed=""
has_lower=0
"$JSRT" --help 2>&1 | grep -q -- '--lower' && has_lower=1

is_pending() { grep -qxF "$1" "$here/pending.txt" 2>/dev/null; }

result() { # result NAME OK(0/1) DETAILFILE
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
    is_pending "$1" && fixed="$fixed
  $1"
  elif is_pending "$1"; then
    pending=$((pending + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1"
    [ -n "$3" ] && head -20 "$3"
  fi
}

tests=$(find "$here" -mindepth 2 \( -name '*.js' -o -name '*.mjs' \) -not -name '_*' -not -path '*/fixtures/*' | sort)
case "$mode" in
  node)
    command -v node >/dev/null || { echo "compiler golden: node not found, skipped"; exit 0; }
    for f in $tests; do
      case "$f" in *"$pattern"*) ;; *) continue ;; esac
      out="${f%.*}.out"
      [ -f "$out" ] || continue
      node "$f" >"$tmp/node" 2>"$tmp/err"
      if cmp -s "$out" "$tmp/node"; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL (node differs): $f"
        diff "$out" "$tmp/node" | head -10
      fi
    done
    echo "compiler golden vs node: $passed passed, $failed failed"
    [ $failed -eq 0 ]; exit $?
    ;;
  bless)
    [ $has_lower -eq 1 ] || { echo "jsrt has no --lower yet" >&2; exit 1; }
    for f in $tests; do
      case "$f" in *"$pattern"*) ;; *) continue ;; esac
      if "$JSRT" --lower "$f" >"$tmp/low" 2>"$tmp/err"; then
        cp "$tmp/low" "${f%.*}.expected"; echo "wrote ${f%.*}.expected"
      else
        echo "--lower failed on $f:"; cat "$tmp/err"
      fi
    done
    exit 0
    ;;
  check) ;;
  *) echo "usage: run.sh [check|bless|node] [PATTERN]" >&2; exit 2 ;;
esac

[ $has_lower -eq 1 ] ||
  echo "compiler golden: jsrt has no --lower yet: NAME.expected not checked"
for f in $tests; do
  case "$f" in *"$pattern"*) ;; *) continue ;; esac
  name=${f#"$here"/}
  exp="${f%.*}.expected"
  out="${f%.*}.out"
  if [ -f "$exp" ]; then
    if [ $has_lower -eq 0 ]; then
      skipped=$((skipped + 1))
    else
      timeout 60 "$JSRT" --lower "$f" >"$tmp/low" 2>"$tmp/err"
      rc=$?
      if [ $rc -eq 0 ] && cmp -s "$exp" "$tmp/low"; then ok=0; else
        ok=1; { echo "--lower exit $rc"; diff "$exp" "$tmp/low"; cat "$tmp/err"; } >"$tmp/d"
      fi
      result "$name:lowered" $ok "$tmp/d"
    fi
  fi
  if [ -f "$out" ]; then
    timeout 60 "$JSRT" "$f" >"$tmp/run" 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/run"; then ok=0; else
      ok=1; { echo "exit $rc"; diff "$out" "$tmp/run"; tail -5 "$tmp/err"; } >"$tmp/d"
    fi
    result "$name:output" $ok "$tmp/d"
  fi
done
[ -n "$fixed" ] &&
  echo "listed in tests/compiler/pending.txt but passing now:$fixed"
echo "compiler golden: $passed passed, $failed failed, $pending pending, $skipped skipped"
[ $failed -eq 0 ]
