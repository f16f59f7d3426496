'use strict';
// EventTarget/AbortSignal bad input: Node's codes and messages (checked
// against node 20).
var t = new EventTarget();
function m(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.code + ': ' + e.message); } }
m(function () { t.dispatchEvent({ type: 'x' }); });
m(function () { t.addEventListener('x', 5); });
m(function () { t.addEventListener('x'); });
m(function () { AbortSignal.timeout(-1); });
m(function () { AbortSignal.timeout('1'); });
m(function () { AbortSignal.any([1]); });
m(function () { Event.prototype.type; });
m(function () { t.addEventListener('x', null); });
console.log(Object.keys(new Event('q')).length, typeof Event.prototype.composedPath);
