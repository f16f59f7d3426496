// Declarations: object and array patterns, defaults only for undefined,
// holes, nesting, computed keys in order, rest elements and properties.
var log = [];
function show(v) { return JSON.stringify(v); }

var { a, b: { c }, d = 4, e = 5 } = { a: 1, b: { c: 3 }, e: null };
console.log(a, c, d, e);

var [x, , y = 'dflt', [z] = [9], ...rest] = [1, 2, undefined, undefined, 5, 6];
console.log(x, y, z, show(rest));

function key(k) { log.push('key ' + k); return k; }
var src = { get p() { log.push('get p'); return 'P'; }, get q() { log.push('get q'); return 'Q'; } };
var { [key('p')]: p1, [key('q')]: q1 } = src;
console.log(p1, q1, log.join(', '));

var sym = Symbol('s');
var o = { k1: 1, k2: 2, k3: 3 };
o[sym] = 'sym';
var { k1, ...others } = o;
console.log(k1, Object.keys(others).join(','), others[sym]);

var { length } = 'hello';
console.log(length);

var [ch1, ch2] = 'hi';
console.log(ch1, ch2);

var [m0, m1] = new Set(['s0', 's1', 's2']);
console.log(m0, m1);

var { ...copy } = { u: 1, v: 2 };
console.log(show(copy));

var [[n1, n2], { n3 }] = [[10, 20], { n3: 30 }];
console.log(n1, n2, n3);

var [h0, , h2] = [0, 1, 2], [] = [], {} = {};
console.log(h0, h2);

var deflog = [];
var [da = deflog.push('a'), db = deflog.push('b')] = [undefined, 0];
console.log(da, db, deflog.length);

function thrower() { throw new Error('never'); }
var { present = thrower() } = { present: false };
console.log(present);

for (var i = 0, [j, k] = [7, 8]; i < 1; i++) console.log(i, j, k);

try { var {} = null; } catch (err) { console.log(err instanceof TypeError, err.message); }
try { var { nope } = undefined; } catch (err) { console.log(err instanceof TypeError); }
try { var [it1] = {}; } catch (err) { console.log(err instanceof TypeError); }
try { var [it2] = 5; } catch (err) { console.log(err instanceof TypeError); }
