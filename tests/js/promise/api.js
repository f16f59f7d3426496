// Promise API surface and spec corner cases.
var assert = require('assert');
assert.throws(function () { Promise(function () {}); }, TypeError);
assert.throws(function () { new Promise(5); }, /Promise resolver 5 is not a function/);
assert.strictEqual(Object.prototype.toString.call(Promise.resolve()), '[object Promise]');
var p = Promise.resolve(1);
assert.strictEqual(Promise.resolve(p), p);
assert.deepStrictEqual(Object.keys(p), []);
var order = [];
var self = new Promise(function (r) { setTimeout(r, 0); });
var cyc = self.then(function () { return cyc; });
cyc.then(null, function (e) {
  assert.ok(e instanceof TypeError);
  assert.strictEqual(e.message, 'Chaining cycle detected for promise #<Promise>');
  order.push('cycle');
});
// subclassing (ES5 style)
function MyPromise(ex) {
  var pr = new Promise(ex);
  Object.setPrototypeOf(pr, MyPromise.prototype);
  return pr;
}
Object.setPrototypeOf(MyPromise, Promise);
MyPromise.prototype = Object.create(Promise.prototype, { constructor: { value: MyPromise, writable: true, configurable: true } });
var mp = MyPromise.resolve(5);
assert.ok(mp instanceof MyPromise);
var chained = mp.then(function (v) { return v + 1; });
assert.ok(chained instanceof MyPromise);
chained.then(function (v) { assert.strictEqual(v, 6); order.push('subclass'); });
// finally passes values and reasons through
Promise.resolve(7)['finally'](function () { return 99; }).then(function (v) { assert.strictEqual(v, 7); order.push('finally value'); });
Promise.reject(8)['finally'](function () {}).then(null, function (r) { assert.strictEqual(r, 8); order.push('finally reason'); });
// throwing thenable getter
var bad = {};
Object.defineProperty(bad, 'then', { get: function () { throw new Error('getter'); } });
Promise.resolve(bad).then(null, function (e) { assert.strictEqual(e.message, 'getter'); order.push('bad then'); });
// resolve functions are once-only
new Promise(function (res, rej) { res(1); rej(2); res(3); }).then(function (v) { assert.strictEqual(v, 1); order.push('once'); });
// all with empty and non-iterable
Promise.all([]).then(function (v) { assert.deepStrictEqual(v, []); order.push('all empty'); });
Promise.all(5).then(null, function (e) { assert.ok(e instanceof TypeError); order.push('all non-iterable'); });
Promise.all(new Set([1, 2])).then(function (v) { assert.deepStrictEqual(v, [1, 2]); order.push('all set'); });
var wr = Promise.withResolvers();
wr.promise.then(function (v) { assert.strictEqual(v, 'wr'); order.push('withResolvers'); });
wr.resolve('wr');
setTimeout(function () {
  assert.deepStrictEqual(order.sort(), ['all empty', 'all non-iterable', 'all set', 'bad then', 'cycle',
    'finally reason', 'finally value', 'once', 'subclass', 'withResolvers']);
  console.log('ok');
}, 10);
