// subclassing built-ins gives real instances
class AppError extends Error {
  constructor(msg, code) { super(msg); this.name = 'AppError'; this.code = code; }
  describe() { return this.name + '[' + this.code + ']: ' + this.message; }
}
class NotFound extends AppError { constructor(what) { super(what + ' not found', 404); } }
var e = new NotFound('page');
console.log(e instanceof NotFound, e instanceof AppError, e instanceof Error, e.message, e.code);
console.log(String(e), e.describe(), typeof e.stack, Object.prototype.toString.call(e));
try { throw new AppError('thrown', 1); } catch (err) { console.log(err.name, err.message, err instanceof AppError); }
class TE extends TypeError {}
console.log(new TE('t') instanceof TypeError, new TE('t').name, new TE('t').message);
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
console.log(Array.isArray(s), s.length, s.peek(), s instanceof Stack, s instanceof Array, s.join('-'));
s.length = 1;
console.log(s.length, s[1]);
class Registry extends Map {
  constructor(entries) { super(entries); this.hits = 0; }
  lookup(k) { this.hits++; return this.get(k); }
}
var r = new Registry([['a', 1], ['b', 2]]);
console.log(r.size, r.lookup('b'), r.hits, r instanceof Map, r.has('a'));
class Tags extends Set { tagged() { return this.size + ' tags'; } }
console.log(new Tags(['x', 'y', 'x']).tagged());
class Deferred extends Promise {
  static make() { var res; var p = new Deferred(function (r) { res = r; }); p.resolve = res; return p; }
}
var d = Deferred.make();
var chained = d.then(function (v) { console.log('resolved', v); return v * 2; });
console.log(d instanceof Deferred, d instanceof Promise, chained instanceof Deferred);
chained.then(function (v) { console.log('chained', v); });
d.resolve(21);
class Obj extends Object { constructor() { super(); this.o = 1; } }
console.log(new Obj().o, new Obj() instanceof Obj);
class Fn extends Function {}
console.log(typeof Fn);
