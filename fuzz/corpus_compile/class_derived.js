// extends, super() and super.x in every form
var evals = 0;
function Legacy(a) { this.a = a; }
Legacy.prototype.who = function () { return 'legacy' + this.a; };
function parent() { evals++; return Legacy; }
class K extends parent() {
  constructor(a, b) { super(a); this.b = b; }
  who() { return 'K:' + super.who(); }
}
var k = new K(1, 2);
console.log(evals, k.a, k.b, k.who(), k instanceof K, k instanceof Legacy);
class Top {
  constructor() { this.order = ['top']; this.nt = new.target === undefined ? 'undef' : new.target.name; }
  get g() { return 'top-g:' + this.tag; }
  set s(v) { this.sv = 'top-s:' + v; }
  m() { return 'top-m'; }
  static sm() { return 'top-sm:' + this.name; }
}
class Mid extends Top {
  constructor() { super(); this.order.push('mid'); this.tag = 'T'; }
  get g() { return 'mid(' + super.g + ')'; }
  set s(v) { super.s = v + '!'; }
  m() { return 'mid>' + super.m(); }
  static sm() { return 'mid>' + super.sm(); }
  keyed(k) { return super[k](); }
  assign() { super.plain = 5; return this.plain; }
}
class Bottom extends Mid {
  constructor() { super(); this.order.push('bottom'); }
  m() { return 'bottom>' + super.m(); }
}
var b = new Bottom();
console.log(b.order.join(), b.nt, b.g, b.m(), Bottom.sm(), b.keyed('m'), b.assign());
b.s = 'x'; console.log(b.sv);
console.log(new Top().nt, new Mid().nt);
// default constructor passes arguments through
class P1 { constructor(a, b, c) { this.args = [a, b, c].join('/'); } }
class P2 extends P1 {}
console.log(new P2(1, 2, 3).args, P2.length);
// this before super
class Early extends P1 {
  constructor() {
    try { this.x = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
    super();
  }
}
new Early();
class NoSuper extends P1 { constructor() {} }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class Twice extends P1 { constructor() { super(); super(); } }
try { new Twice(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class RetObj extends P1 { constructor() { return { custom: true }; } }
console.log(new RetObj().custom);
class RetPrim extends P1 { constructor() { super(); return 3; } }
try { new RetPrim(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class Cond extends P1 { constructor(f) { if (f) super(1); else super(2); this.done = true; } }
console.log(new Cond(true).args, new Cond(false).done);
// extends null and bad heritage
class N extends null {}
console.log(Object.getPrototypeOf(N.prototype), Object.getPrototypeOf(N) === Function.prototype);
try { new N(); } catch (e) { console.log(e.constructor.name); }
try { class Bad extends 42 {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function NoProto() {}
NoProto.prototype = 3;
try { class Bad2 extends NoProto {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// calling a derived class without new
try { Bottom(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// new.target in a derived chain
class NT { constructor() { this.t = new.target; } }
class NT2 extends NT {}
console.log(new NT2().t === NT2, new NT().t === NT);
