// The runtime helpers lowered code calls (src/compiler/helpers.js, the lazy
// global __jsrt): getting an iterator as the spec's GetIterator does, with
// the array-like fallback for arguments objects; closing one as
// IteratorClose does; the block-scope errors. Under node the same file is
// loaded as a module, so this also checks the helpers are plain ES5.
// Expected output made with node 20 (and matching node's own for-of).
var h = typeof __jsrt !== 'undefined' ? __jsrt : require('../../../src/compiler/helpers.js');
function show(label, f) {
  var v;
  try { v = f(); } catch (e) { v = 'throws ' + e.name + ': ' + e.message; }
  console.log(label + ':', v);
}
function collect(x) {
  var it = h.iter(x), r, out = [];
  while (!(r = it.next()).done) out.push(r.value);
  return JSON.stringify(out);
}

show('array', function () { return collect([1, 2]); });
show('string', function () { return collect('a\ud83d\ude00'); });
show('map', function () { return collect(new Map([['k', 1]])); });
show('set', function () { return collect(new Set(['s'])); });
show('typed array', function () { return collect(new Int8Array([-1, 2])); });
show('arguments', function () { return (function () { return collect(arguments); })(3, 4, 5); });
show('arguments live length', function () {
  return (function () {
    var it = h.iter(arguments), out = [], r;
    while (!(r = it.next()).done) { out.push(r.value); if (out.length === 1) arguments[arguments.length++] = 'more'; }
    return JSON.stringify(out);
  })('a');
});
show('custom iterable', function () {
  var o = {}; o[Symbol.iterator] = function () { var n = 0; return { next: function () { return { value: n, done: n++ >= 2 }; } }; };
  return collect(o);
});
show('not iterable object', function () { return h.iter({}); });
show('not iterable, named', function () { return h.iter({}, 'obj'); });
show('not iterable number', function () { return h.iter(5); });
show('not iterable undefined', function () { return h.iter(undefined); });
show('not iterable null', function () { return h.iter(null); });
show('iterator not an object', function () { var o = {}; o[Symbol.iterator] = function () { return 1; }; return h.iter(o); });
show('asyncIter wraps a sync iterable', function () { var it = h.asyncIter([9]); return typeof it.next().then + ' ' + (it[Symbol.asyncIterator]() === it); });
show('asyncIter', function () {
  var it = { next: function () {} }, o = {};
  o[Symbol.asyncIterator] = function () { return it; };
  return h.asyncIter(o) === it;
});

var log = [];
function closable(ret) { return { next: function () {}, 'return': ret }; }
show('close calls return', function () { h.close(closable(function () { log.push('return'); return {}; })); return log.join(); });
show('close without return', function () { return h.close({ next: function () {} }); });
show('close return not an object', function () { return h.close(closable(function () { return 1; })); });
show('close return not callable', function () { return h.close(closable(1)); });
show('close abrupt swallows', function () { return h.close(closable(function () { throw new Error('inner'); }), true); });
show('close abrupt bad result', function () { return h.close(closable(function () { return 1; }), true); });
show('close propagates', function () { return h.close(closable(function () { throw new Error('from return'); })); });

show('tdz', function () { return h.tdz('x'); });
show('constAssign', function () { return h.constAssign('y'); });
