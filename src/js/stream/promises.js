// stream/promises: pipeline and finished returning promises.
'use strict';

var stream = require('stream');

exports.pipeline = function pipeline() {
  var args = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    args.push(function (err, value) { if (err) reject(err); else resolve(value); });
    stream.pipeline.apply(null, args);
  });
};

exports.finished = function finished(s, opts) {
  return new Promise(function (resolve, reject) {
    stream.finished(s, opts || {}, function (err) { if (err) reject(err); else resolve(); });
  });
};
