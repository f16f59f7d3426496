// Await's PromiseResolve reads a native promise's constructor: a getter
// that throws throws into the awaiting generator (node: caught by the
// async function's try around the await).
var p = Promise.resolve(1);
Object.defineProperty(p, 'constructor', { get: function () { throw new Error('ctor getter'); } });
var n = 0;
__jsrt.async(null, [], function () {
  return { next: function () { n++; return { value: p, done: false }; },
           'throw': function (e) { console.log('thrown in', e.message, n); return { value: 'r', done: true }; } };
}).then(function (v) { console.log('resolved', v); });
console.log('sync');
