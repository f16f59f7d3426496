// import/export in every form, live bindings, hoisting, strict mode and
// `this` at the top level (checked against node).
import def, { counter, inc, v, c, K, aliased, "string name" as sn } from './fixtures/lib.mjs';
import * as ns from './fixtures/lib.mjs';
import * as re from './fixtures/reexp.mjs';
import { libDefault, increment, vAgain, libns } from './fixtures/reexp.mjs';

console.log(counter, aliased, v, c, sn, K.who(), def());
inc();
increment();
console.log('live:', counter, ns.counter, re.counter, aliased, libns.counter);
console.log(Object.keys(ns).join(','));
console.log(Object.keys(re).join(','));
console.log(Object.prototype.toString.call(ns), Object.isExtensible(ns), Object.getPrototypeOf(ns));
console.log(libDefault === def, vAgain, libns === ns);
console.log(typeof hoisted, hoisted());
function hoisted() { return 'hoisted'; }
console.log('this:', this, (() => this)());
try { undeclared = 1; } catch (e) { console.log(e.constructor.name); }
try { ns.counter = 5; } catch (e) { console.log(e.constructor.name); }
try { ns.newProp = 5; } catch (e) { console.log(e.constructor.name); }
console.log('counter' in ns,
  Object.getOwnPropertyDescriptor(ns, 'counter').enumerable);
let later = 1;
later++;
export { later };
console.log(typeof import.meta, import.meta.url.slice(0, 8), import.meta.url.slice(-9));
console.log(import.meta.filename.slice(-9), import.meta.dirname === import.meta.filename.slice(0, -10));
console.log(import.meta.resolve('./fixtures/lib.mjs').slice(-17));
