// The WPT URL conformance table (fixtures/urltestdata.json), run as Node
// runs it in test/parallel/test-whatwg-url-custom-parsing.js and WPT's
// url-constructor.any.js / url-origin.any.js: every case is parsed (with its
// base) and each attribute compared; failures must throw TypeError
// ERR_INVALID_URL. Cases listed in KNOWN_FAILURES are expected to fail
// (IDNA beyond ASCII: no UTS #46 mapping table) and must keep failing, so
// the list stays exact.
'use strict';
var URL = require('url').URL;
var data = require('./fixtures/urltestdata.json');

var KNOWN_FAILURES = {};
var ATTRS = ['href', 'protocol', 'username', 'password', 'host', 'hostname',
             'port', 'pathname', 'search', 'hash'];

function runCase(c) {
  var base = c.base === null || c.base === undefined ? undefined : c.base;
  var url;
  try {
    url = base === undefined ? new URL(c.input) : new URL(c.input, base);
  } catch (e) {
    if (c.failure && e instanceof TypeError && e.code === 'ERR_INVALID_URL')
      return null;
    return 'threw ' + e;
  }
  if (c.failure)
    return 'parsed as ' + url.href + ', expected failure';
  var i, a, bad = [];
  for (i = 0; i < ATTRS.length; i++) {
    a = ATTRS[i];
    if (url[a] !== c[a])
      bad.push(a + ' ' + JSON.stringify(url[a]) + ' != ' + JSON.stringify(c[a]));
  }
  if ('origin' in c && url.origin !== c.origin)
    bad.push('origin ' + JSON.stringify(url.origin) + ' != ' + JSON.stringify(c.origin));
  if ('searchParams' in c && url.searchParams.toString() !== c.searchParams)
    bad.push('searchParams ' + url.searchParams.toString());
  if (URL.canParse(c.input, base) !== true)
    bad.push('canParse false');
  return bad.length ? bad.join('; ') : null;
}

var total = 0, passed = 0, failures = [], unexpected = [];
data.forEach(function (c) {
  if (typeof c === 'string')
    return;
  total++;
  var key = JSON.stringify([c.input, c.base]);
  var err = runCase(c);
  if (err === null) {
    passed++;
    if (KNOWN_FAILURES[key])
      unexpected.push('now passes: ' + key);
  } else {
    failures.push(key + ': ' + err);
    if (!KNOWN_FAILURES[key])
      unexpected.push(key + ': ' + err);
  }
});
console.log('urltestdata: ' + passed + '/' + total + ' passed');
if (unexpected.length) {
  console.log(unexpected.join('\n'));
  throw new Error(unexpected.length + ' unexpected results');
}
