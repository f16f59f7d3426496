// util.inspect.custom gets (depth left, options with the caller's depth,
// inspect) as in Node, so nested custom inspectors (AbortController's
// signal, URL in an object) print as node prints them; Event, AbortSignal
// and AbortController inspect as Node's. Output checked against node 20.
var util = require('util');
console.log(new AbortController());
console.log(AbortSignal.abort('x'));
console.log(new EventTarget());
console.log(util.inspect({ c: new AbortController() }, { depth: 0 }));
console.log([AbortSignal.abort()]);
console.log(util.inspect(new Event('foo')).replace(/timeStamp: [0-9.]+/, 'timeStamp: T'));
console.log({ u: new URL('http://a/b?c=1'), p: new URLSearchParams('a=1&b=2'), b: Buffer.from('hi') });
console.log(util.inspect({ a: { u: new URL('http://x') } }, { depth: 1 }));
console.log(util.inspect({ a: { b: { c: new URLSearchParams('q=1') } } }, { depth: 1 }));
var o = { x: 1 };
o[util.inspect.custom] = function (d, opts) { return 'depth=' + d + ' opts.depth=' + opts.depth; };
console.log(util.inspect({ a: { b: o } }, { depth: 4 }));
