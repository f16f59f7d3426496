// super.x in object literal methods: the home object is the literal, per
// evaluation (a loop makes one per object); calls keep this; super.x = v.
var base = { hi(x) { return 'hi ' + this.name + (x || ''); }, get g() { return 'G' + this.name; }, set s(v) { this.sv = v; } };
var k = 'hi';
var o = { __proto__: base, name: 'o',
  m() { return super.hi() + super[k]('!') + super.g; },
  n(...a) { return super.hi(...a); },
  w() { super.s = 5; super.plain = 6; return this.sv + this.plain; },
  get gg() { return super.g; } };
console.log(o.m(), o.n('?'), o.w(), o.gg, o.m.name, Object.getOwnPropertyDescriptor(o, 'gg').get.name);
var list = [];
for (var i = 0; i < 2; i++) list.push({ __proto__: { v: i }, get() { return super.v; } });
console.log(list[0].get(), list[1].get());
