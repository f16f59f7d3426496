// console methods with util.format semantics; the expected output
// (methods.out) is node 20's for this file. console.time and trace print
// durations and stack frames: see time.js.
console.log('%s has %d items costing %i (%f) %j %o %O %c|%%', 'cart', 3, 4.9, '1.5', { a: 1 }, [1], { b: { c: {} } }, 'color: red');
console.log({ a: 1, nested: { deep: { deeper: { deepest: 1 } } } }, [1, 'two', null, undefined]);
console.info('info'); console.debug('debug');
console.log(new Map([['k', new Set([1])]]), new Error('shown').message);
var circ = { name: 'c' }; circ.me = circ; console.log(circ);
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.group('Group A');
console.log('inside A');
console.group();
console.log('inside nested\nsecond line');
console.groupEnd();
console.groupEnd();
console.log('outside');
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 2, 3]);
console.table({ r1: { c: 1 }, r2: { d: 2 } });
console.table([{ a: 1, b: 2 }], ['a']);
console.dir({ x: { y: { z: { w: 1 } } } }, { depth: 0 });
console.assert(true, 'not printed');
console.log('%s', 'end');
