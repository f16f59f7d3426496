// The iterator protocol under array patterns: as many next() calls as the
// pattern needs, return() when the pattern stops before the iterator is
// done, not when it is done; a rest element drains it.
function counter(n, log) {
  var it = {};
  it[Symbol.iterator] = function () {
    var i = 0;
    log.push('get');
    return {
      next: function () { log.push('next'); i++; return { value: i, done: i > n }; },
      'return': function () { log.push('return'); return {}; }
    };
  };
  return it;
}
var log = [];
var [a, b] = counter(5, log);
console.log(a, b, log.join(' '));

log = [];
var [c, d, e] = counter(2, log);
console.log(c, d, e, log.join(' '));

log = [];
var [f, ...g] = counter(3, log);
console.log(f, JSON.stringify(g), log.join(' '));

log = [];
var [] = counter(3, log);
console.log(log.join(' '));

log = [];
var [, , h] = counter(3, log);
console.log(h, log.join(' '));

// a modified Array iterator is honoured (no fast path then)
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  var done = false;
  return { next: function () { var r = { value: 'patched', done: done }; done = true; return r; } };
};
var [p, q] = [1, 2];
console.log(p, q);
Array.prototype[Symbol.iterator] = saved;
var [p2] = [1];
console.log(p2);

// holes read as undefined
var [h0, h1 = 'd'] = [, ,];
console.log(h0, h1);
