// The built-ins lowered code relies on (src/compiler/: for-of, spread,
// destructuring, classes, templates), as node has them. Expected output
// made with node 20.
function show(label, f) {
  var v;
  try { v = f(); } catch (e) { v = 'throws ' + e.name + ': ' + e.message; }
  console.log(label + ':', v);
}
function drain(it) {
  var out = [], r;
  while (!(r = it.next()).done) out.push(r.value);
  return JSON.stringify(out);
}
var I = Symbol.iterator;

// Symbol.iterator on the built-ins
show('array iter is values', function () { return Array.prototype[I] === Array.prototype.values; });
show('array iter', function () { return drain([1, , 3][I]()); });
show('string iter', function () { return drain('a\ud83d\ude00b'[I]()); });
show('string iter lone surrogate', function () {
  var it = '\ud83dx\ude00'[I](), r, out = [];
  while (!(r = it.next()).done) out.push(r.value.length + ':' + r.value.charCodeAt(0).toString(16));
  return out.join();
});
show('string iter object', function () { return drain(new String('hi')[I]()); });
show('string iter self', function () { var it = 'x'[I](); return it[I]() === it; });
show('string iter tag', function () { return Object.prototype.toString.call(''[I]()); });
show('string iter name', function () { return String.prototype[I].name; });
show('string iter on null', function () { return String.prototype[I].call(null); });
show('typed array iter', function () { return drain(new Uint16Array([5, 6])[I]()); });
show('typed array iter is values', function () { return Uint8Array.prototype[I] === Uint8Array.prototype.values; });
show('map iter is entries', function () { return Map.prototype[I] === Map.prototype.entries; });
show('map iter', function () { return drain(new Map([[1, 'a'], [2, 'b']])[I]()); });
show('set iter is values', function () { return Set.prototype[I] === Set.prototype.values; });
show('set iter', function () { return drain(new Set([3, 3, 4])[I]()); });
show('map iterator self', function () { var it = new Map().keys(); return it[I]() === it; });
show('array iterator self', function () { var it = [].entries(); return it[I]() === it; });
// %IteratorPrototype%: one prototype above every built-in iterator's
var IP = Object.getPrototypeOf(Object.getPrototypeOf([][I]()));
show('IteratorPrototype', function () {
  var protos = [[].keys(), ''[I](), new Map().entries(), new Set().values(), new Uint8Array(1).values()]
    .map(function (it) { return Object.getPrototypeOf(Object.getPrototypeOf(it)) === IP; });
  return protos.join() + ' ' + (Object.getPrototypeOf(IP) === Object.prototype) + ' ' +
    IP.hasOwnProperty(I) + ' ' + Object.getPrototypeOf([][I]()).hasOwnProperty(I) + ' ' +
    (IP[I].call(5) == 5) + ' ' + IP[I].name + ' ' + Object.keys(IP).length;
});
show('asyncIterator', function () { return typeof Symbol.asyncIterator + ' ' + String(Symbol.asyncIterator); });
show('asyncIterator key', function () {
  var o = {}; o[Symbol.asyncIterator] = 7; return Object.getOwnPropertySymbols(o).length + ' ' + o[Symbol.asyncIterator];
});
show('asyncIterator fixed', function () {
  var d = Object.getOwnPropertyDescriptor(Symbol, 'asyncIterator');
  return d.writable + ' ' + d.enumerable + ' ' + d.configurable;
});

// Reflect.construct with newTarget, as subclassing needs it
function Base(a) { this.a = a; }
function Derived() {}
Derived.prototype = Object.create(Base.prototype);
show('construct plain', function () {
  var o = Reflect.construct(Base, [1], Derived);
  return (Object.getPrototypeOf(o) === Derived.prototype) + ' ' + o.a + ' ' + (o instanceof Base);
});
show('construct two args', function () { return Reflect.construct(Base, [2]).a; });
show('construct returns object', function () {
  function R() { return { r: 1 }; }
  return Reflect.construct(R, [], Derived).r;
});
function MyError() {}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = 'MyError';
show('construct Error', function () {
  var e = Reflect.construct(Error, ['boom'], MyError);
  return (e instanceof MyError) + ' ' + (e instanceof Error) + ' ' + e.message + ' ' +
    (typeof e.stack) + ' ' + Object.prototype.toString.call(e) + ' ' + String(e);
});
function MyArray() {}
MyArray.prototype = Object.create(Array.prototype);
show('construct Array', function () {
  var a = Reflect.construct(Array, [1, 2, 3], MyArray);
  a.push(4);
  return (a instanceof MyArray) + ' ' + Array.isArray(a) + ' ' + a.length + ' ' + a.join();
});
function MyMap() {}
MyMap.prototype = Object.create(Map.prototype);
show('construct Map', function () {
  var m = Reflect.construct(Map, [[[1, 'one']]], MyMap);
  return (m instanceof MyMap) + ' ' + m.get(1) + ' ' + m.size;
});
function MyPromise() {}
MyPromise.prototype = Object.create(Promise.prototype);
show('construct Promise', function () {
  var p = Reflect.construct(Promise, [function (res) { res(5); }], MyPromise);
  p.then(function (v) { console.log('promise resolved:', v); });
  return (p instanceof MyPromise) + ' ' + (p instanceof Promise);
});
function MyDate() {}
MyDate.prototype = Object.create(Date.prototype);
show('construct Date', function () {
  var d = Reflect.construct(Date, [0], MyDate);
  return (d instanceof MyDate) + ' ' + d.getTime();
});
show('construct many args', function () {
  function F() { return { n: arguments.length, last: arguments[5] }; }
  return JSON.stringify(Reflect.construct(F, [1, 2, 3, 4, 5, 6], Derived));
});
show('construct not a function', function () { return Reflect.construct({}, []); });
show('construct bad newTarget', function () { return Reflect.construct(Base, [], 3); });
show('construct bad args', function () { return Reflect.construct(Base, 1); });
show('construct array-like args', function () { return Reflect.construct(Base, { length: 1, 0: 'x' }).a; });

// Object.setPrototypeOf, getOwnPropertySymbols, assign
show('setPrototypeOf', function () { var o = Object.setPrototypeOf({}, Base.prototype); return o instanceof Base; });
var s1 = Symbol('s1');
show('getOwnPropertySymbols', function () { var o = { a: 1 }; o[s1] = 2; return Object.getOwnPropertySymbols(o).length; });
show('assign', function () {
  var src = { b: 2, a: 1 }; src[s1] = 3;
  Object.defineProperty(src, 'hidden', { value: 4, enumerable: false });
  var h = Symbol('h'); Object.defineProperty(src, h, { value: 5, enumerable: false });
  var t = Object.assign({ z: 0 }, null, src, undefined, 'xy');
  return JSON.stringify(t) + ' ' + t[s1] + ' ' + t[h] + ' ' + Object.getOwnPropertySymbols(t).length;
});
show('assign to null', function () { return Object.assign(null, {}); });
show('assign length', function () { return Object.assign.length; });
