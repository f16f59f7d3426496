// Object literals: shorthand, methods, computed keys, accessors, __proto__.
var k = 'dyn', v = 5;
var base = { hi() { return 'hi ' + this.name; } };
var o = {
  __proto__: base,
  v,
  name: 'o',
  [k + 1]: 1,
  get twice() { return this.v * 2; },
  m() { return super.hi() + '!'; },
};
console.log(o.v, o.dyn1, o.twice, o.hi(), o.m(), Object.getPrototypeOf(o) === base);
