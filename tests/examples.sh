# Sourced by tests/run.sh: runs each example program and checks its output.
# Uses pass/fail and $BUILD, $tmp from the runner. One block per example:
#   example NAME CMD... ; then expect "TEXT" (each must appear in the output)

ex_name=""
ex_ok=1
example() {
  ex_name=$1
  shift
  ex_ok=1
  case "examples/$ex_name" in *"$FILTER"*) ;; *) ex_ok=skip; return ;; esac
  timeout 60 "$@" >"$tmp/ex_out" 2>&1 || ex_ok=0
}
expect() {
  [ "$ex_ok" = skip ] && return
  grep -qF -- "$1" "$tmp/ex_out" || { ex_ok=0; echo "missing: $1"; }
}
# expect_order "A" "B" ...: each line appears, in this order.
expect_order() {
  [ "$ex_ok" = skip ] && return
  awk -v want="$(printf '%s\n' "$@")" 'BEGIN { n = split(want, w, "\n"); i = 1 }
    i <= n && index($0, w[i]) { i++ } END { exit !(i > n) }' "$tmp/ex_out" ||
    { ex_ok=0; echo "not in order: $*"; }
}
done_example() {
  [ "$ex_ok" = skip ] && return
  if [ "$ex_ok" = 1 ]; then pass; else fail "examples/$ex_name"; cat "$tmp/ex_out"; fi
}

example embed "$BUILD/examples/embed"
expect "hello from JavaScript"
expect "the host read answer = 42"
done_example

example native_module "$BUILD/examples/native_module"
expect "hypot(3, 4) = 5 metres"
expect 'scaled: [{"x":10,"y":20},{"x":30,"y":40}]'
expect "bad input: TypeError: points must be an array"
expect "countPrimes started 3 jobs on the thread pool; the script goes on"
expect "primes below 1000: 168"
expect "primes below 100000: 9592"
expect "primes below 300000: 25997"
expect "all async jobs done"
done_example

example frame_loop "$BUILD/examples/frame_loop"
expect 'frames: several; x tracks the frames: yes; events: ["50ms timer","3 ticks"]'
done_example

example limits "$BUILD/examples/limits"
expect "endless loop         -> JSRT_ETIMEOUT (Error: script execution timed out after 100 ms)"
expect "memory bomb          -> JSRT_ENOMEM (RangeError: alloc failed)"
expect "interrupted by host  -> JSRT_ETIMEOUT (Error: script interrupted by the host)"
expect "next call            -> JSRT_OK (still serving: 42)"
done_example

example demo.js "$BUILD/jsrt" examples/demo.js
expect_order "1. main script" "2. nextTick" "3. promise" "HTTP 200"
expect "read back: { hello: 'world', n: [ 1, 2, 3 ] }"
expect 'HTTP 200 application/json {"method":"GET","url":"/hello?x=1"}'
expect "server closed; the loop is empty, bye"
done_example

# The jsrt command's own contract: flags and exit codes like node's.
example jsrt-cli sh -c '
  J='"$BUILD"'/jsrt
  $J --version | grep -q "^v[0-9]" && echo "version ok"
  $J --help | grep -q "Usage: jsrt" && echo "help ok"
  $J -e "process.exit(5)"; echo "exit=$?"
  $J -e "throw new Error(\"boom\")" 2>/dev/null; echo "throw=$?"
  $J /no/such/file.js 2>&1 | head -1; $J /no/such/file.js 2>/dev/null; echo "missing=$?"
  $J -p "6 * 7"
  $J --timeout=50 -e "for(;;){}" 2>&1; echo "timeout=$?"
  $J --max-memory=4m -e "var a=[]; for(;;) a.push({})" 2>&1 | head -1
  $J -e "console.log(process.argv.slice(1).join())" a b c
  $J --bad-flag 2>/dev/null; echo "badflag=$?"
  R='"$tmp"'/roots; mkdir -p $R/in; echo inside > $R/in/a.txt; echo outside > $R/b.txt
  echo "console.log(\"main ran\")" > $R/main.js
  $J --caps=none -e "try { require(\"fs\") } catch (e) { console.log(\"caps none:\", e.code) }"
  $J --caps=fs -e "try { require(\"net\") } catch (e) { console.log(\"caps fs, net:\", e.code) }"
  $J --caps=fs,net -e "require(\"net\"); console.log(\"caps fs,net ok\")"
  $J --fs-root=$R/in -e "var fs = require(\"fs\"); console.log(\"in root:\", fs.readFileSync(\"$R/in/a.txt\", \"utf8\").trim()); try { fs.readFileSync(\"$R/b.txt\") } catch (e) { console.log(\"outside root:\", e.code) }"
  $J --module-root=$R/in $R/main.js 2>&1 | grep -q "outside the module root" && echo "module root enforced"
  $J --module-root=$R $R/main.js
  $J --caps=bogus -e 1 2>/dev/null; echo "badcaps=$?"
  $J --fs-root=$R/nonexistent -e 1 2>/dev/null; echo "badroot=$?"
  $J -e "process.on(\"SIGINT\", function () {}); console.log(\"listener only\")"; echo "listener=$?"
  $J -e "function f() {} process.on(\"SIGUSR2\", f); process.removeListener(\"SIGUSR2\", f); process.kill(process.pid, \"SIGUSR2\"); setTimeout(function () {}, 2000)" 2>/dev/null; echo "default action=$?"
  $J --caps=fs -e "process.on(\"SIGUSR2\", function () {}); setTimeout(function () {}, 3000)" & P=$!; sleep 1; kill -USR2 $P; wait $P; echo "without process cap=$?"
'
expect "version ok"
expect "help ok"
expect "exit=5"
expect "throw=1"
expect "jsrt: Error: Cannot find module '/no/such/file.js'"
expect "missing=1"
expect "42"
expect "Error: script execution timed out after 50 ms"
expect "timeout=1"
expect "RangeError: alloc failed"
expect "a,b,c"
expect "badflag=9"
expect "caps none: ERR_ACCESS_DENIED"
expect "caps fs, net: ERR_ACCESS_DENIED"
expect "caps fs,net ok"
expect "in root: inside"
expect "outside root: EACCES"
expect "module root enforced"
expect "main ran"
expect "badcaps=9"
expect "badroot=9"
expect "listener only"
expect "listener=0"
expect "default action=140"
expect "without process cap=140"
done_example

# make install + pkg-config: a host outside the tree builds against it.
# (Not under the sanitizers: an uninstrumented host cannot load that .so.)
case "$BUILD" in *asan*) FILTER_SAVE=$FILTER; FILTER=skip-install ;; esac
example install sh -c '
  set -e
  P='"$tmp"'/prefix
  make -s install PREFIX=$P BUILD='"$BUILD"' >/dev/null
  cat > '"$tmp"'/host.c <<EOT
#include <jsrt.h>
#include <stdio.h>
int main(void) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  jsrt_eval(iso, "40 + 2", (size_t)-1, NULL);
  printf("installed host says %d\n", duk_get_int(jsrt_context(iso), -1));
  jsrt_isolate_free(iso);
  return 0;
}
EOT
  export PKG_CONFIG_PATH=$P/lib/pkgconfig
  cc '"$tmp"'/host.c -o '"$tmp"'/host $(pkg-config --cflags --libs jsrt)
  LD_LIBRARY_PATH=$P/lib '"$tmp"'/host
  ls $P/lib/libjsrt.so.0 $P/include/jsrt/duktape.h >/dev/null && echo "layout ok"
'
expect "installed host says 42"
expect "layout ok"
done_example
case "$BUILD" in *asan*) FILTER=$FILTER_SAVE ;; esac

example plugin_host "$BUILD/examples/plugin_host" examples/plugins
expect "plugin_host: 4 plugins in examples/plugins"
expect "[crash] load failed: JSRT_ERROR: Error: plugin refuses to start"
expect "[hog] load failed: JSRT_ENOMEM: RangeError: alloc failed"
expect "round 1: spin failed, dropped: JSRT_ETIMEOUT: Error: script execution timed out after 100 ms"
expect "[good] require('fs') -> ERR_ACCESS_DENIED"
expect "[good] require('../../Makefile') -> ERR_ACCESS_DENIED"
expect "[good] timer fired on the shared loop"
expect "round 5: good -> pong 5 (calls: 5)"
expect "summary: 1 serving, 3 failed: crash (threw) hog (memory limit) spin (time budget)"
expect "good answered 5 of 5 host calls"
done_example

example http_server "$BUILD/jsrt" examples/http_server.js --selftest
expect 'POST /todos -> 201 {"id":1,"title":"write the docs","done":false}'
expect 'POST /todos -> 400 {"error":"invalid JSON"}'
expect 'PATCH /todos/1 -> 200 {"id":1,"title":"write the docs","done":true}'
expect 'DELETE /todos/2 -> 204'
expect 'GET /todos -> 200 [{"id":1,"title":"write the docs","done":true}]'
expect 'GET /todos/9 -> 404 {"error":"no todo 9"}'
expect 'PUT /todos/1 -> 405 {"error":"PUT not allowed"}'
expect 'GET /health -> 200 {"status":"ok","todos":1}'
done_example

example http_host "$BUILD/examples/http_host"
expect "GET /hello -> HTTP/1.1 200 OK | hello from the script (request 1)"
expect 'POST /sum -> HTTP/1.1 200 OK | {"sum":10}'
expect "GET /files -> HTTP/1.1 403 Forbidden | ERR_ACCESS_DENIED"
expect "host: the script failed: Error: script execution timed out after 200 ms"
expect "GET /spin -> connection closed without an answer"
expect "GET /hello -> HTTP/1.1 200 OK | hello from the script (request 5)"
expect "host: 5 requests counted in C, 1 restart(s)"
done_example
