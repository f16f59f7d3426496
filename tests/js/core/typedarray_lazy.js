// Typed arrays have the ES2015 methods before any module is loaded (lazy
// stubs installed by the runtime), and keep them after.
'use strict';
var u = new Uint16Array([3, 1, 2]);
function check(c, m) { if (!c) throw new Error('failed: ' + m); }
check(u.indexOf(1) === 1, 'indexOf');
check(u.slice(1) instanceof Uint16Array && u.slice(1).length === 2, 'slice');
check(u.map(function (x) { return x * 2; }).join('-') === '6-2-4', 'map/join');
check(u.sort().join() === '1,2,3', 'sort');
var it = new Uint8Array([7])[Symbol.iterator]();
check(it.next().value === 7 && it.next().done === true, 'iterator');
check(typeof Object.getPrototypeOf(Uint8Array.prototype).fill === 'function', 'fill installed');
