#!/bin/sh
# Runs test262 under build/tests/test262 (see README.md here).
#   sh tests/test262/run.sh [check|update|table|all] [PREFIX...]
#     check   fail on failures not in known_failures.txt (make check: every
#             $TEST262_SAMPLE-th file, 4 by default; TEST262_SAMPLE=1: all)
#     update  rewrite known_failures.txt from this run (make test262-update),
#             and the table at the end of tests/README.md when the run was
#             of all of test/language
#     table   print the per-directory markdown table (for tests/README.md)
#     all     every failure with its message, and the table (make test262)
# PREFIX: paths below test/ (default: language/, built-ins/Generator-
# Prototype/ and the regexp built-ins when laid out). The test262 tree is
# $TEST262_DIR, by default the one checkout.sh lays out; when it is not
# there the run is skipped with a message (exit 0).
set -u
BUILD=${BUILD:-build}
here=$(dirname "$0")
commit=$(cat "$here/COMMIT")
dir=${TEST262_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jsrt/test262-$(echo "$commit" | cut -c1-12)}
mode=${1:-check}
[ $# -gt 0 ] && shift
if [ ! -f "$dir/harness/assert.js" ]; then
  echo "test262: skipped, no test262 tree at $dir"
  echo "  (lay it out with: sh tests/test262/checkout.sh GIT_DIR_OF_TEST262)"
  exit 0
fi
if [ "$(cat "$dir/COMMIT" 2>/dev/null)" != "$commit" ]; then
  echo "test262: $dir is not at the pinned commit $commit" >&2
  exit 1
fi
jobs=${JOBS:-2}
# Slow builds (ASan, valgrind scale): longer timeouts.
scale=${JSRT_TEST_TIMEOUT_SCALE:-1}
t=$((10000 * scale))
known="$here/known_failures.txt"
# The default run: test/language/ and the built-ins of issue 12's and
# issue 15's features.
all_dirs=0
if [ $# -eq 0 ]; then
  all_dirs=1
  set -- language/
  for b in GeneratorPrototype AsyncGeneratorPrototype AsyncFromSyncIteratorPrototype \
           AsyncGeneratorFunction AsyncFunction; do
    [ -d "$dir/test/built-ins/$b" ] && set -- "$@" "built-ins/$b/"
  done
  # issue 15's regular expressions, but for the 613 generated \p{...} files
  # (each walks a property's code points; by name: run.sh all
  # built-ins/RegExp/property-escapes)
  if [ -d "$dir/test/built-ins/RegExp" ]; then
    for p in "$dir"/test/built-ins/RegExp/* \
      "$dir"/test/built-ins/RegExp/property-escapes/*.js; do
      case "$p" in */property-escapes) continue ;; esac
      set -- "$@" "${p#"$dir"/test/}"
    done
    for m in match matchAll replace replaceAll search split; do
      [ -d "$dir/test/built-ins/String/prototype/$m" ] &&
        set -- "$@" "built-ins/String/prototype/$m/"
    done
  fi
fi
case "$mode" in
  check) exec "$BUILD/tests/test262" -q -j "$jobs" -t "$t" -s "${TEST262_SAMPLE:-4}" \
    -k "$known" "$dir" "$@" ;;
  update)
    "$BUILD/tests/test262" -q -j "$jobs" -t "$t" -u "$known" \
      -M "$BUILD/test262-table.md" "$dir" "$@" || exit 1
    if [ $all_dirs -eq 1 ]; then
      readme="$here/../README.md"
      sed '/^| directory |/,$d' "$readme" >"$readme.tmp" &&
        cat "$BUILD/test262-table.md" >>"$readme.tmp" && mv "$readme.tmp" "$readme"
      echo "test262: wrote the table of tests/README.md"
    fi
    ;;
  table) exec "$BUILD/tests/test262" -m -j "$jobs" -t "$t" -k "$known" "$dir" "$@" ;;
  all) exec "$BUILD/tests/test262" -v -j "$jobs" -t "$t" -k "$known" "$dir" "$@" ;;
  *) echo "usage: run.sh [check|update|table|all] [PREFIX...]" >&2; exit 2 ;;
esac
