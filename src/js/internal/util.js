// internal/util: small helpers the built-ins share (Node keeps its own in
// lib/internal/util.js). Not util.inherits: that one is public and checks
// its arguments as Node's does.
'use strict';

// Ctor's instances inherit from Super's (a fresh prototype object whose
// constructor is Ctor), and Ctor's statics from Super.
exports.inherits = function inherits(Ctor, Super) {
  Ctor.prototype = Object.create(Super.prototype, {
    constructor: { value: Ctor, writable: true, configurable: true }
  });
  Object.setPrototypeOf(Ctor, Super);
};
