// util.promisify and util.callbackify of async functions, util.types.isAsyncFunction.
var util = require('util');
async function af(a) { return a * 2; }
async function* ag() {}
function plain() {}
console.log(util.types.isAsyncFunction(af), util.types.isAsyncFunction(ag), util.types.isAsyncFunction(plain), util.types.isAsyncFunction(null));
var cb = util.callbackify(af);
cb(21, function (err, v) { console.log('callbackify', err, v); });
var p = util.promisify(af);
console.log(typeof p, p.name);
var r = p(1);
console.log(r instanceof Promise);
// a callback-style function made async-friendly
function cbStyle(x, done) { setTimeout(done, 1, null, x + 1); }
util.promisify(cbStyle)(1).then(function (v) { console.log('promisify', v); });
af.custom = 1;
