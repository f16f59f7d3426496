// Spread in calls (this kept, evaluated once), new, and array literals
// (iterator protocol; holes in the literal kept).
function sum() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
var nums = [1, 2, 3];
console.log(sum(...nums), sum(0, ...nums, 10), sum(...nums, ...nums));

var evals = 0;
var o = { base: 100, add(a, b) { return this.base + a + b; } };
function getO() { evals++; return o; }
console.log(getO().add(...[1, 2]), evals);
console.log(o['add'](...[3, 4]));

function P(a, b) { this.sum = a + b; }
var p = new P(...[20, 22]);
console.log(p.sum, p instanceof P);
var d = new Date(...[2020, 0, 2]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());

var arr = [0, ...nums, 4];
console.log(JSON.stringify(arr), arr.length);
console.log(JSON.stringify([...'abc']), JSON.stringify([...new Set([1, 1, 2])]));
var holes = [, ...[1], , 2];
console.log(holes.length, 0 in holes, 1 in holes, 2 in holes);
console.log(JSON.stringify([...[, 'x']]), 0 in [...[, 'x']]);
console.log([...[]].length, Math.max(...[3, 9, 4]));

var it = {};
it[Symbol.iterator] = function () { var i = 0; return { next: function () { return { value: i++, done: i > 3 }; } }; };
console.log(JSON.stringify([...it]), sum(...it));

try { sum(...null); } catch (e) { console.log(e instanceof TypeError); }
try { [...{}]; } catch (e) { console.log(e instanceof TypeError); }

var order = [];
function t(x) { order.push(x); return [x]; }
sum(...t(1), ...t(2));
console.log(order.join(','));
