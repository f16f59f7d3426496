#!/bin/sh
# Prints the corpus of bench/compile/: the CommonJS .js/.cjs files of real
# ES2015+ packages installed by install.sh (no minified files, no ES module
# files: modules come with issue 12), one path per line.
cd "$(dirname "$0")" || exit 1
PKGS="koa koa-compose koa-convert ws yargs yargs-parser cliui chalk debug uuid
nanoid zod marked express body-parser commander semver lru-cache
@babel/parser @babel/generator @babel/types @babel/traverse @babel/core
@babel/preset-env @babel/helper-compilation-targets browserslist regexpu-core
regjsparser json5 jsesc qs iconv-lite"
for p in $PKGS; do
  [ -d "node_modules/$p" ] || { echo "corpus.sh: node_modules/$p missing (sh bench/compile/install.sh)" >&2; exit 1; }
done
(cd node_modules && find $PKGS -type f \( -name '*.js' -o -name '*.cjs' \) \
  ! -name '*.min.js' ! -path '*/esm*' ! -path '*/test/*' | sort |
  xargs grep -L -E '^\s*(import|export)\s') | sed "s|^|$(pwd)/node_modules/|"
