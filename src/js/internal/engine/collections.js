// internal/engine/collections: Map, Set, WeakMap, WeakSet for Duktape (which has
// none). Map/Set keep insertion order in a doubly linked list of entries
// with an index by key (SameValueZero; objects and symbols by identity from
// the native half), so delete is O(1) and iterators survive deletes and
// see additions, as in V8. WeakMap/WeakSet keep their values on the key
// under a hidden key, so a dead key frees its value (true weak semantics);
// only non-extensible keys fall back to a strong entry.
'use strict';

var hasSymbol = typeof Symbol === 'function';
var iterSym = hasSymbol ? Symbol.iterator : '@@iterator';
var tagSym = hasSymbol ? Symbol.toStringTag : '@@toStringTag';
var IteratorPrototype = require('internal/engine/iterator').IteratorPrototype;

function keyOf(k) {
  switch (typeof k) {
  case 'string': return 's' + k;
  case 'number':
    if (k !== k) return 'NaN';
    return 'n' + (k === 0 ? 0 : k);
  case 'boolean': return k ? 't' : 'f';
  case 'undefined': return 'u';
  default:
    if (k === null) return 'l';
    return 'o' + native.id(k);
  }
}

function notGeneric(name, self) {
  return new TypeError('Method ' + name + ' called on incompatible receiver ' +
    (self === null || typeof self !== 'object' ? String(self) : '#<' + ((self.constructor && self.constructor.name) || 'Object') + '>'));
}

function requireNew(name) {
  return new TypeError("Constructor " + name + " requires 'new'");
}

// Iterates an iterable (array, string, anything with [Symbol.iterator]).
function forOf(iterable, fn) {
  var i, it, step;
  if (Array.isArray(iterable)) {
    for (i = 0; i < iterable.length; i++) fn(iterable[i]);
    return;
  }
  if (iterable === null || iterable === undefined)
    throw new TypeError(String(iterable) + ' is not iterable');
  var method = iterable[iterSym];
  if (typeof method !== 'function') {
    if (typeof iterable === 'string') {
      for (i = 0; i < iterable.length; i++) fn(iterable.charAt(i));
      return;
    }
    throw new TypeError('object is not iterable (cannot read property Symbol(Symbol.iterator))');
  }
  it = method.call(iterable);
  for (;;) {
    step = it.next();
    if (step.done) return;
    try {
      fn(step.value);
    } catch (e) {
      if (typeof it['return'] === 'function') {
        try { it['return'](); } catch (e2) { /* the first error wins */ }
      }
      throw e;
    }
  }
}
exports.forOf = forOf;

// ---- the shared ordered store ----

function Store() {
  this.index = Object.create(null);
  this.first = null;
  this.last = null;
  this.size = 0;
}

Store.prototype.get = function (k) { return this.index[keyOf(k)]; };

Store.prototype.set = function (k, v) {
  var h = keyOf(k), e = this.index[h];
  if (e !== undefined) {
    e.value = v;
    return;
  }
  if (k === 0) k = 0; // -0 becomes +0
  e = { key: k, value: v, next: null, prev: this.last, removed: false };
  if (this.last !== null) this.last.next = e;
  else this.first = e;
  this.last = e;
  this.index[h] = e;
  this.size++;
};

Store.prototype.remove = function (k) {
  var h = keyOf(k), e = this.index[h];
  if (e === undefined) return false;
  delete this.index[h];
  e.removed = true;
  if (e.prev !== null) e.prev.next = e.next;
  else this.first = e.next;
  if (e.next !== null) e.next.prev = e.prev;
  else this.last = e.prev;
  this.size--;
  return true;
};

Store.prototype.clear = function () {
  var e;
  for (e = this.first; e !== null; e = e.next) {
    e.removed = true;
    e.prev = null;
  }
  this.index = Object.create(null);
  this.first = this.last = null;
  this.size = 0;
};

// The entry after e (null: before the first), skipping removed ones: a
// removed entry walks back to a live one (or the start) first.
function after(store, e) {
  while (e !== null && e.removed) e = e.prev;
  return e === null ? store.first : e.next;
}

function forEachIn(store, fn, thisArg, self) {
  var e = store.first;
  while (e !== null) {
    fn.call(thisArg, e.value, e.key, self);
    e = after(store, e);
  }
}

// ---- iterators ----

function makeIterProto(tag) {
  var proto = Object.create(IteratorPrototype);
  proto.next = function next() {
    var store = this._store, e;
    if (store === null) return { value: undefined, done: true };
    e = this._started ? after(store, this._entry) : store.first;
    this._started = true;
    if (e === null) {
      this._store = null;
      this._entry = null;
      return { value: undefined, done: true };
    }
    this._entry = e;
    switch (this._kind) {
    case 0: return { value: e.key, done: false };
    case 1: return { value: e.value, done: false };
    default: return { value: [e.key, e.value], done: false };
    }
  };
  Object.defineProperty(proto, tagSym, { value: tag, configurable: true });
  Object.defineProperty(proto, 'next', { enumerable: false });
  return proto;
}
var MapIteratorProto = makeIterProto('Map Iterator');
var SetIteratorProto = makeIterProto('Set Iterator');

function iter(proto, store, kind) {
  var it = Object.create(proto);
  it._store = store;
  it._entry = null;
  it._started = false;
  it._kind = kind;
  return it;
}

function hide(proto, names) {
  var i;
  for (i = 0; i < names.length; i++)
    Object.defineProperty(proto, names[i], { enumerable: false });
}

// ---- Map ----

var kStore = native.hiddenKey();

function storeOf(self, name, Ctor) {
  var s = self !== null && (typeof self === 'object' || typeof self === 'function') ? self[kStore] : undefined;
  if (s === undefined || !(self instanceof Ctor)) throw notGeneric(name, self);
  return s;
}

function Map(iterable) {
  if (!(this instanceof Map)) throw requireNew('Map');
  this[kStore] = new Store();
  if (iterable !== undefined && iterable !== null) {
    var self = this, adder = this.set;
    if (typeof adder !== 'function') throw new TypeError("'" + adder + "' returned for property 'set' of object '#<Map>' is not a function");
    forOf(iterable, function (entry) {
      if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function'))
        throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
      adder.call(self, entry[0], entry[1]);
    });
  }
}
Map.prototype.get = function get(k) {
  var e = storeOf(this, 'Map.prototype.get', Map).get(k);
  return e === undefined ? undefined : e.value;
};
Map.prototype.set = function set(k, v) {
  storeOf(this, 'Map.prototype.set', Map).set(k, v);
  return this;
};
Map.prototype.has = function has(k) {
  return storeOf(this, 'Map.prototype.has', Map).get(k) !== undefined;
};
Map.prototype['delete'] = function (k) {
  return storeOf(this, 'Map.prototype.delete', Map).remove(k);
};
Map.prototype.clear = function clear() {
  storeOf(this, 'Map.prototype.clear', Map).clear();
};
Map.prototype.forEach = function forEach(fn, thisArg) {
  var s = storeOf(this, 'Map.prototype.forEach', Map);
  if (typeof fn !== 'function') throw new TypeError(String(fn) + ' is not a function');
  forEachIn(s, fn, thisArg, this);
};
Map.prototype.keys = function keys() {
  return iter(MapIteratorProto, storeOf(this, 'Map.prototype.keys', Map), 0);
};
Map.prototype.values = function values() {
  return iter(MapIteratorProto, storeOf(this, 'Map.prototype.values', Map), 1);
};
Map.prototype.entries = function entries() {
  return iter(MapIteratorProto, storeOf(this, 'Map.prototype.entries', Map), 2);
};
Object.defineProperty(Map.prototype, 'size', {
  get: function () { return storeOf(this, 'get Map.prototype.size', Map).size; },
  configurable: true
});
Map.prototype[iterSym] = Map.prototype.entries;
Object.defineProperty(Map.prototype, tagSym, { value: 'Map', configurable: true });
hide(Map.prototype, ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']);
Object.defineProperty(Map.prototype, iterSym, { enumerable: false });
Map.groupBy = function groupBy(items, fn) {
  var m = new Map(), i = 0;
  forOf(items, function (v) {
    var k = fn(v, i++);
    var e = m[kStore].get(k);
    if (e === undefined) m.set(k, [v]);
    else e.value.push(v);
  });
  return m;
};

// ---- Set ----

function Set(iterable) {
  if (!(this instanceof Set)) throw requireNew('Set');
  this[kStore] = new Store();
  if (iterable !== undefined && iterable !== null) {
    var self = this, adder = this.add;
    if (typeof adder !== 'function') throw new TypeError("'" + adder + "' returned for property 'add' of object '#<Set>' is not a function");
    forOf(iterable, function (v) { adder.call(self, v); });
  }
}
Set.prototype.add = function add(v) {
  storeOf(this, 'Set.prototype.add', Set).set(v, v);
  return this;
};
Set.prototype.has = function has(v) {
  return storeOf(this, 'Set.prototype.has', Set).get(v) !== undefined;
};
Set.prototype['delete'] = function (v) {
  return storeOf(this, 'Set.prototype.delete', Set).remove(v);
};
Set.prototype.clear = function clear() {
  storeOf(this, 'Set.prototype.clear', Set).clear();
};
Set.prototype.forEach = function forEach(fn, thisArg) {
  var s = storeOf(this, 'Set.prototype.forEach', Set);
  if (typeof fn !== 'function') throw new TypeError(String(fn) + ' is not a function');
  forEachIn(s, function (v, k) { fn.call(thisArg, v, v, this); }, this, this);
};
Set.prototype.values = function values() {
  return iter(SetIteratorProto, storeOf(this, 'Set.prototype.values', Set), 1);
};
Set.prototype.keys = Set.prototype.values;
Set.prototype.entries = function entries() {
  var it = iter(SetIteratorProto, storeOf(this, 'Set.prototype.entries', Set), 2);
  return it;
};
Object.defineProperty(Set.prototype, 'size', {
  get: function () { return storeOf(this, 'get Set.prototype.size', Set).size; },
  configurable: true
});
Set.prototype[iterSym] = Set.prototype.values;
Object.defineProperty(Set.prototype, tagSym, { value: 'Set', configurable: true });
hide(Set.prototype, ['add', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']);
Object.defineProperty(Set.prototype, iterSym, { enumerable: false });

// ---- WeakMap / WeakSet ----

function checkWeakKey(k, what) {
  if (k === null || (typeof k !== 'object' && typeof k !== 'function'))
    throw new TypeError('Invalid value used ' + what);
}

function WeakMap(iterable) {
  if (!(this instanceof WeakMap)) throw requireNew('WeakMap');
  Object.defineProperty(this, kStore, { value: { key: native.hiddenKey(), strong: null } });
  if (iterable !== undefined && iterable !== null) {
    var self = this;
    forOf(iterable, function (entry) {
      if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function'))
        throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
      self.set(entry[0], entry[1]);
    });
  }
}

function weakOf(self, name, Ctor) {
  var s = self !== null && typeof self === 'object' ? self[kStore] : undefined;
  if (s === undefined || !(self instanceof Ctor)) throw notGeneric(name, self);
  return s;
}

function weakGetEntry(s, k) {
  var hk = s.key;
  if (Object.prototype.hasOwnProperty.call(k, hk)) return k[hk];
  if (s.strong !== null) {
    var e = s.strong.get(k);
    return e === undefined ? undefined : e.value;
  }
  return undefined;
}

function weakSet(s, k, v) {
  var hk = s.key;
  if (Object.prototype.hasOwnProperty.call(k, hk)) {
    k[hk].value = v;
  } else if (Object.isExtensible(k)) {
    Object.defineProperty(k, hk, { value: { value: v }, configurable: true });
  } else {
    if (s.strong === null) s.strong = new Store();
    var e = s.strong.get(k);
    if (e) e.value.value = v;
    else s.strong.set(k, { value: v });
  }
}

function weakDelete(s, k) {
  var hk = s.key;
  if (Object.prototype.hasOwnProperty.call(k, hk)) {
    delete k[hk];
    return true;
  }
  return s.strong !== null ? s.strong.remove(k) : false;
}

function isWeakKey(k) {
  return k !== null && (typeof k === 'object' || typeof k === 'function');
}

WeakMap.prototype.get = function get(k) {
  var s = weakOf(this, 'WeakMap.prototype.get', WeakMap), e;
  if (!isWeakKey(k)) return undefined;
  e = weakGetEntry(s, k);
  return e === undefined ? undefined : e.value;
};
WeakMap.prototype.set = function set(k, v) {
  var s = weakOf(this, 'WeakMap.prototype.set', WeakMap);
  checkWeakKey(k, 'as weak map key');
  weakSet(s, k, v);
  return this;
};
WeakMap.prototype.has = function has(k) {
  var s = weakOf(this, 'WeakMap.prototype.has', WeakMap);
  return isWeakKey(k) && weakGetEntry(s, k) !== undefined;
};
WeakMap.prototype['delete'] = function (k) {
  var s = weakOf(this, 'WeakMap.prototype.delete', WeakMap);
  return isWeakKey(k) && weakDelete(s, k);
};
Object.defineProperty(WeakMap.prototype, tagSym, { value: 'WeakMap', configurable: true });
hide(WeakMap.prototype, ['get', 'set', 'has', 'delete']);

function WeakSet(iterable) {
  if (!(this instanceof WeakSet)) throw requireNew('WeakSet');
  Object.defineProperty(this, kStore, { value: { key: native.hiddenKey(), strong: null } });
  if (iterable !== undefined && iterable !== null) {
    var self = this;
    forOf(iterable, function (v) { self.add(v); });
  }
}
WeakSet.prototype.add = function add(v) {
  var s = weakOf(this, 'WeakSet.prototype.add', WeakSet);
  checkWeakKey(v, 'in weak set');
  weakSet(s, v, true);
  return this;
};
WeakSet.prototype.has = function has(v) {
  var s = weakOf(this, 'WeakSet.prototype.has', WeakSet);
  return isWeakKey(v) && weakGetEntry(s, v) !== undefined;
};
WeakSet.prototype['delete'] = function (v) {
  var s = weakOf(this, 'WeakSet.prototype.delete', WeakSet);
  return isWeakKey(v) && weakDelete(s, v);
};
Object.defineProperty(WeakSet.prototype, tagSym, { value: 'WeakSet', configurable: true });
hide(WeakSet.prototype, ['add', 'has', 'delete']);

exports.Map = Map;
exports.Set = Set;
exports.WeakMap = WeakMap;
exports.WeakSet = WeakSet;
exports.MapIteratorPrototype = MapIteratorProto;
exports.SetIteratorPrototype = SetIteratorProto;
exports.hiddenKey = native.hiddenKey;
