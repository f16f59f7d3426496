// public and private fields, methods, accessors, static blocks
var order = [];
function note(x) { order.push(x); return x; }
class F {
  a = note('a');
  ['b' + note('kb')] = note('b');
  static s1 = note('s1');
  c;
  static [note('ks')] = note('s2');
  constructor() { note('ctor'); }
  static { note('block:' + this.s1); }
}
note('defined');
var f = new F();
console.log(order.join(), Object.keys(f).join(), 'c' in f, f.c, F.ks);
// define semantics: a setter on the prototype does not run
class WithSetter { set x(v) { console.log('setter ran'); } }
class Def extends WithSetter { x = 1; }
var d = new Def();
console.log(Object.getOwnPropertyDescriptor(d, 'x').value, Object.keys(d).join());
// field initializers see this; fields of a derived class come after super()
class Base0 { constructor() { this.fromBase = this.constructor.name; } }
class Der0 extends Base0 { y = this.fromBase + '!'; z = this.y + '?'; }
console.log(new Der0().y, new Der0().z);
// private fields, methods, accessors, static privates, brand checks
class Counter {
  #count = 0;
  static #instances = 0;
  #secret() { return 's' + this.#count; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  constructor() { Counter.#instances++; }
  inc() { this.#count++; this.#count += 10; return this; }
  read() { return [this.#count, this.#double, this.#secret()].join(); }
  setDouble(v) { this.#double = v; return this.#count; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  static #sp() { return 'static private'; }
  static callSp() { return this.#sp(); }
  peek(o) { return o.#count; }
  post() { var a = this.#count++; var b = ++this.#count; return a + ',' + b; }
}
var c = new Counter().inc();
new Counter();
console.log(c.read(), c.setDouble(100), Counter.count(), Counter.isCounter(c), Counter.isCounter({}), Counter.callSp(), c.post());
try { c.peek({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Counter.prototype.read.call({}); } catch (e) { console.log(e.constructor.name); }
try { Counter.isCounter(1); } catch (e) { console.log(e.constructor.name); }
console.log(Object.keys(c).length, JSON.stringify(c));
// each class evaluation has its own private names
function make() { return class { #v = 1; static get(o) { return o.#v; } }; }
var A1 = make(), A2 = make();
try { A1.get(new A2()); } catch (e) { console.log('separate brands', e.constructor.name); }
console.log(A1.get(new A1()));
// nested classes: inner sees outer privates, shadowing works
class Outer {
  #x = 'outer-x';
  #y = 'outer-y';
  test() {
    var self = this;
    class Inner {
      #x = 'inner-x';
      run(o) { return this.#x + '|' + o.#y; }
    }
    return new Inner().run(self);
  }
}
console.log(new Outer().test());
// static block with var and this
class SB {
  static val = 2;
  static {
    var local = this.val * 21;
    this.answer = local;
  }
}
console.log(SB.answer, typeof local);
// initializer order with super
class PB { constructor() { console.log('PB ctor, field?', this.f); } }
class PD extends PB { f = 'set'; constructor() { super(); console.log('PD after super', this.f); } }
new PD();
