// this, arguments and new.target of the enclosing function; names.
function Outer() {
  this.v = 'outer';
  const get = () => this.v;
  const args = () => arguments.length;
  const nt = () => new.target === Outer;
  const nested = () => () => this.v + arguments[0];
  console.log(get(), args(), nt(), nested()());
}
new Outer(1, 2);
Outer.call({}, 'x');
const named = () => 1;
let later;
later = () => 2;
var obj = { m() { return [1, 2].map((v) => this.k * v).join(); }, k: 3 };
console.log(named.name, later.name, obj.m());
const fact = (k) => (k <= 1 ? 1 : k * fact(k - 1));
console.log(fact(5), fact.name);
const body = (a, b) => { const s = a + b; return s * 2; };
console.log(body(1, 2), body.length);
const obj2 = () => ({ a: 1 });
console.log(obj2().a);
var self = this;
const top = () => this === self;
console.log(top());
