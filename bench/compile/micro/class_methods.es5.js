function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
function Vec3(x, y, z) { Vec.call(this, x, y); this.z = z; }
Vec3.prototype = Object.create(Vec.prototype);
Vec3.prototype.constructor = Vec3;
Vec3.prototype.dot = function (o) { return Vec.prototype.dot.call(this, o) + this.z * o.z; };
var acc = 0;
var a = new Vec3(1, 2, 3);
for (var i = 0; i < 100000; i++) {
  var b = new Vec3(i, 1, 2);
  acc += a.dot(b) + a.add(b).x;
}
console.log(acc);
