// internal/engine/iterator: %IteratorPrototype%, the prototype of every
// built-in iterator's prototype (Array, String, Map, Set and typed-array
// iterators here; lowered generators later): [Symbol.iterator]() returns
// this. Its own module so that each iterator kind loads only this much.
'use strict';

var IteratorPrototype = {};
Object.defineProperty(IteratorPrototype, Symbol.iterator, {
  value: function () { return this; },
  writable: true,
  configurable: true
});
Object.defineProperty(IteratorPrototype[Symbol.iterator], 'name', { value: '[Symbol.iterator]' });
exports.IteratorPrototype = IteratorPrototype;
