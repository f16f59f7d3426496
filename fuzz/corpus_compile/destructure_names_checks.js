// Pattern defaults name anonymous functions; computed keys are converted
// before the value runs; const/TDZ checks in assignment patterns; an Array
// without @@iterator is not iterable.
var { f = function () {}, g = (function () {}), h = () => 1 } = {};
var [i = function () {}] = [];
var o = { cover: (function () {}), k: 1, [1]: 0 };
var x, y;
({ x = function () {} } = {});
[y = function () {}] = [];
console.log(f.name, g.name, h.name, i.name, o.cover.name, x.name, y.name);
var log = [];
var key = { toString: function () { log.push('key'); return 'kk'; } };
var obj = { [key]: (log.push('value'), 1) };
console.log(log.join(), obj.kk);
const c1 = 1;
try { [c1] = [2]; } catch (e) { console.log(e.constructor.name); }
try { ({ c1 } = { c1: 2 }); } catch (e) { console.log(e.constructor.name); }
try { [lt] = [1]; } catch (e) { console.log(e.constructor.name); }
let lt;
var saved = Array.prototype[Symbol.iterator];
delete Array.prototype[Symbol.iterator];
try { var [z] = [1]; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
Array.prototype[Symbol.iterator] = saved;
