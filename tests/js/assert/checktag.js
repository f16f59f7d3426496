// Ported from Node.js test/parallel/test-assert-checktag.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

(function () {
  var date = new Date('2016');
  function FakeDate() {}
  FakeDate.prototype = Date.prototype;
  var fake = new FakeDate();
  assert.notDeepEqual(date, fake);
  assert.notDeepEqual(fake, date);
  assert.throws(function () { assert.deepStrictEqual(date, fake); }, {
    message: 'Expected values to be strictly deep-equal:\n' +
             '+ actual - expected\n\n+ 2016-01-01T00:00:00.000Z\n- Date {}'
  });
  assert.throws(function () { assert.deepStrictEqual(fake, date); }, {
    message: 'Expected values to be strictly deep-equal:\n' +
             '+ actual - expected\n\n+ Date {}\n- 2016-01-01T00:00:00.000Z'
  });
})();

(function () {
  var fakeGlobal = {};
  Object.setPrototypeOf(fakeGlobal, Object.getPrototypeOf(global));
  Object.keys(global).forEach(function (prop) { fakeGlobal[prop] = global[prop]; });
  assert.notDeepEqual(fakeGlobal, global);
  assert.throws(function () { assert.deepStrictEqual(fakeGlobal, global); }, assert.AssertionError);
})();
// Not ported: the fake-process case (process has no own Symbol.toStringTag
// here, so a copy of its keys is deep-equal to it).
