// class declarations, expressions, methods, accessors, statics, names
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  set len(v) { var f = v / this.len; this.x *= f; this.y *= f; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return 'Point(' + this.x + ', ' + this.y + ')'; }
  static origin() { return new Point(0, 0); }
  static get zero() { return Point.origin(); }
}
var p = new Point(3, 4);
console.log(p.len, String(p.add(new Point(1, 1))), String(Point.zero));
p.len = 10;
console.log(p.x, p.y);
console.log(Object.keys(Point.prototype), Object.getOwnPropertyNames(Point.prototype).sort().join());
console.log(Point.name, Point.length, Point.prototype.add.name, Point.prototype.add.length, Point.origin.name);
console.log(Object.getOwnPropertyDescriptor(Point.prototype, 'len').get.name, Object.getOwnPropertyDescriptor(Point.prototype, 'len').set.name);
var d = Object.getOwnPropertyDescriptor(Point, 'prototype');
console.log(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(Point.prototype, 'add');
console.log(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(Point.prototype, 'constructor');
console.log(d.writable, d.enumerable, d.configurable, Point.prototype.constructor === Point);
try { Point(1, 2); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
var Anon = class {};
console.log(Anon.name, typeof Anon, new Anon() instanceof Anon);
var Named = class Inner { who() { return Inner.name; } };
console.log(Named.name, new Named().who(), typeof Inner);
var o = { K: class {} };
console.log(o.K.name);
console.log((class {}).name === '', typeof class {});
// computed keys, evaluated once and in order
var log = [];
function key(k) { log.push(k); return k; }
class C {
  [key('a')]() { return 'a'; }
  static [key('b')]() { return 'b'; }
  get [key('c')]() { return 'c'; }
  ['x' + 1]() { return 'x1'; }
  123() { return 'num'; }
  'quoted key'() { return 'q'; }
}
console.log(log.join(), new C().a(), C.b(), new C().c, new C().x1(), new C()[123](), new C()['quoted key']());
console.log(C.prototype[123].name, C.prototype['quoted key'].name);
var sym = Symbol('desc');
class S { [sym]() { return 'sym'; } static [Symbol.iterator]() {} }
console.log(new S()[sym](), S.prototype[sym].name, S[Symbol.iterator].name);
// block scoping of class declarations
class Shadow { v() { return 1; } }
{
  class Shadow { v() { return 2; } }
  console.log(new Shadow().v());
}
console.log(new Shadow().v());
// methods are strict, class body strict
class St { m() { return this; } static s() { return typeof this; } }
var m = St.prototype.m;
console.log(m(), St.s());
// static inheritance
class Base { static create() { return new this(); } hello() { return 'base'; } }
class Derived extends Base { hello() { return 'derived+' + super.hello(); } }
console.log(Derived.create() instanceof Derived, Derived.create().hello(), Object.getPrototypeOf(Derived) === Base);
