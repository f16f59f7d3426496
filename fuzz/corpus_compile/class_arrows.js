// arrows, let/const and templates inside classes: this and super captured
class Base {
  constructor(a, b, c) { this.parts = [a, b, c]; }
  greet(name) { return `base hello ${name}`; }
  get label() { return `label:${this.parts.join('+')}`; }
  static tag() { return 'BaseTag'; }
}
class Child extends Base {
  handlers = [];
  bound = () => this.parts.length;
  constructor(a, b, c) {
    const early = () => this;
    let caught = null;
    try { early(); } catch (e) { caught = e.constructor.name; }
    super(a, b, c);
    this.caught = caught;
    this.viaArrow = early() === this;
  }
  greet(name) {
    const inner = () => super.greet(name) + ' / child';
    return [1].map(() => inner())[0];
  }
  get label() { const f = () => super.label; return `child(${f()})`; }
  static tag() { const f = () => super.tag() + '>' + this.name; return f(); }
  each(list) { return list.map((x, i) => `${i}:${x}:${this.parts[0]}`).join(','); }
  later() { return () => () => this.parts[1]; }
}
const c = new Child(1, 2, 3);
console.log(c.parts.join(), c.caught, c.viaArrow, c.bound(), c.greet('bob'), c.label, Child.tag());
console.log(c.each(['a', 'b']), c.later()()());
const bound = c.bound;
console.log(bound());
let Counter = class {
  static #n = 0;
  static next = () => ++Counter.#n;
};
console.log(Counter.next(), Counter.next(), Counter.name, Counter.next.name);
for (let i = 0; i < 2; i++) {
  class Loop { v = i; get() { return () => this.v; } }
  console.log(new Loop().get()());
}
const makers = [];
for (let i = 0; i < 3; i++) makers.push(class { static id = i; });
console.log(makers.map((K) => K.id).join());
class NT { constructor() { const f = () => new.target; this.t = f(); } }
class NT2 extends NT { constructor() { super(); const g = () => new.target === NT2; this.u = g(); } }
const nt2 = new NT2();
console.log(nt2.t === NT2, nt2.u);
class Timer {
  #ticks = 0;
  start() { [1, 2, 3].forEach(() => { this.#ticks++; }); return this.#ticks; }
}
console.log(new Timer().start());
