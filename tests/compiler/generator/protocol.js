// Generator objects as the spec: return()/throw() from outside, finally
// run on close (break out of for-of, destructuring), yield* delegating
// next/throw/return, the prototype chain, toString tags, util.types.
var util = require('util');
function* g() {
  try { yield 1; yield 2; yield 3; }
  finally { console.log('closed'); }
}
for (var x of g()) { if (x === 2) break; console.log(x); }
var [first] = g();
console.log('first', first);
var it = g(); it.next();
console.log(JSON.stringify(it.return('r')), JSON.stringify(it.next()));
it = g(); it.next();
try { it.throw(new Error('thrown in')); } catch (e) { console.log('out:', e.message); }
console.log(JSON.stringify(g().return(5)));

function* inner() { try { var x = yield 'i1'; yield 'i2:' + x; return 'inner result'; } catch (e) { yield 'inner caught ' + e; } }
function* outer() { var r = yield* inner(); yield 'got ' + r; yield* 'ab'; }
var o = outer();
console.log(o.next().value, o.next('X').value, o.next().value, o.next().value, o.next().value, o.next().done);
o = outer(); o.next();
console.log(o.throw('E').value);

var GeneratorFunction = Object.getPrototypeOf(g);
var GeneratorPrototype = Object.getPrototypeOf(g.prototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(GeneratorFunction.prototype === GeneratorPrototype);
console.log(Object.getPrototypeOf(GeneratorPrototype) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
var gen = g();
console.log(gen[Symbol.iterator]() === gen);
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(g));
console.log(util.types.isGeneratorFunction(g), util.types.isGeneratorFunction(function () {}));
console.log(util.types.isGeneratorObject(gen), util.types.isGeneratorObject({}));
var anon = function* () {};
var named = { *method() {} };
console.log(JSON.stringify(anon.name), named.method.name, g.name, g.length);
function* running() { it2.next(); }
var it2 = running();
try { it2.next(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON.stringify(it2.next()));
