// Classes and method calls (a subclass calling super).
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  dot(o) { return this.x * o.x + this.y * o.y; }
}
class Vec3 extends Vec {
  constructor(x, y, z) { super(x, y); this.z = z; }
  dot(o) { return super.dot(o) + this.z * o.z; }
}
let acc = 0;
const a = new Vec3(1, 2, 3);
for (let i = 0; i < 100000; i++) {
  const b = new Vec3(i, 1, 2);
  acc += a.dot(b) + a.add(b).x;
}
console.log(acc);
