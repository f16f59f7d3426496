// ?? and the logical assignments: values, short-circuits, single evaluation.
var n = null, u, z = 0, e = '', f = false;
console.log(n ?? 'd', u ?? 'd', z ?? 'd', e ?? 'd', f ?? 'd', NaN ?? 'd');
var hits = 0;
function side() { hits++; return 'side'; }
console.log(1 ?? side(), hits, null ?? side(), hits);
console.log((n ?? u) ?? 3, n ?? (u || 4));
var a = null; a ??= 5; console.log(a); a ??= 6; console.log(a);
var b = 0; b ||= 7; console.log(b); b ||= 8; console.log(b);
var c = 1; c &&= 9; console.log(c); c = 0; c &&= 10; console.log(c);
var log = [];
var o = { get p() { log.push('get'); return this._p; },
          set p(v) { log.push('set ' + v); this._p = v; }, _p: 0 };
function obj() { log.push('obj'); return o; }
function key() { log.push('key'); return 'p'; }
obj().p ||= 11;
obj().p ||= 12;
obj()[key()] &&= 13;
obj()[key()] ??= 14;
o._p = null;
obj().p ??= 15;
console.log(log.join(', '));
console.log(o._p);
var r = (b ||= 99) + (c ??= 100);
console.log(r, b, c);
var arr = [null, 0];
var i = 0;
arr[i++] ??= 'x';
arr[i++] ||= 'y';
console.log(arr.join(), i);
var calls = 0;
function dflt() { calls++; return 'v'; }
var q = { k: 'set' };
q.k ??= dflt(); q.k ||= dflt(); console.log(q.k, calls);
console.log(2 ** 10, (-2) ** 3, 2 ** -1); var x = 3; x **= 2; console.log(x);
