'use strict';
// A promise's state lives in internal slots: freezing or sealing the object
// does not stop it from settling or taking reactions (as in Node).
var r; var p = new Promise(function (res) { r = res; });
Object.freeze(p);
p.then(function (v) { console.log('a', v); });
r(5);
var q = Object.freeze(Promise.resolve(7));
q.then(function (v) { console.log('b', v); });
var s = new Promise(function (res) { res(1); });
Object.preventExtensions(s);
s.then(function (v) { console.log('c', v, Object.isExtensible(s), Object.keys(s).length); });
