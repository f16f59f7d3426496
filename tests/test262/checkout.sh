#!/bin/sh
# Lays out the part of tc39/test262 the runner uses, at the pinned commit
# (tests/test262/COMMIT), from a local git copy of test262:
#   sh tests/test262/checkout.sh GIT_DIR [DEST]
# GIT_DIR is a clone or bare mirror of github.com/tc39/test262 that has the
# pinned commit. DEST defaults to the directory the runner looks in:
# ${TEST262_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jsrt/test262-<commit>}.
# test262 itself is not kept in this repository: only the runner, the pinned
# commit and our list of known failures are.
#
# What is laid out: LICENSE, harness/, and test/language/ without the
# directories of issue 12 not lowered yet (async functions, using; its
# generators, yield and modules are in); take them off EXCLUDE when their
# turn comes. Of test/built-ins/: the regular expression directories (issue
# 15, on PCRE2): RegExp and the String methods that take one, and
# GeneratorPrototype (issue 12) (BUILTINS).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
commit=$(cat "$here/COMMIT")
git_dir=${1:?usage: checkout.sh GIT_DIR [DEST]}
cache=${XDG_CACHE_HOME:-$HOME/.cache}
dest=${2:-${TEST262_DIR:-$cache/jsrt/test262-$(echo "$commit" | cut -c1-12)}}
git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null || {
  echo "checkout.sh: $git_dir has no commit $commit" >&2
  exit 1
}
# Directories of test/language/ left out (issue 12 lowers async functions
# next; its generators, modules, import and dynamic import are in).
EXCLUDE='
test/language/statements/await-using
test/language/statements/using
'
BUILTINS='
test/built-ins/GeneratorPrototype
test/built-ins/AsyncGeneratorPrototype
test/built-ins/AsyncFromSyncIteratorPrototype
test/built-ins/AsyncGeneratorFunction
test/built-ins/AsyncFunction
test/built-ins/RegExp
test/built-ins/String/prototype/match
test/built-ins/String/prototype/matchAll
test/built-ins/String/prototype/replace
test/built-ins/String/prototype/replaceAll
test/built-ins/String/prototype/search
test/built-ins/String/prototype/split
'
tmp="$dest.tmp$$"
rm -rf "$tmp"
mkdir -p "$tmp"
git --git-dir="$git_dir" archive --format=tar "$commit" LICENSE harness \
  test/language $BUILTINS | tar -x -C "$tmp"
for d in $EXCLUDE; do rm -rf "${tmp:?}/$d"; done
echo "$commit" > "$tmp/COMMIT"
rm -rf "$dest"
mv "$tmp" "$dest"
n=$(find "$dest/test" -name '*.js' ! -name '*_FIXTURE.js' | wc -l)
echo "test262 $commit: $n test files in $dest ($(du -sh "$dest" | cut -f1))"
