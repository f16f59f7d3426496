// bench/regexp/regexp.js: real regexp workloads on a few MB of generated
// text (deterministic), one "name ms" line each (bench/run.sh reads them).
// ES5, so the same file runs under node, jsrt and jsrt on Duktape's engine.
'use strict';
var now = typeof performance === 'object' && performance.now ?
  function () { return performance.now(); } : function () { return Date.now(); };
var seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing',
  'elit', 'sed', 'do', 'eiusmod', 'tempor', 'incididunt', 'ut', 'labore', 'et',
  'dolore', 'magna', 'aliqua', 'enim', 'minim', 'veniam', 'quis', 'nostrud'];
function word() { return words[rnd(words.length)]; }

function time(name, fn) {
  var t0 = now(), r = fn();
  console.log(name + ' ' + (now() - t0).toFixed(3) + ' ' + r);
}

// 40k candidate addresses and URLs, 20k log lines, 20k router paths,
// 2 MB of prose with markdown marks.
var emails = [], urls = [], logs = [], paths = [], prose = [], i;
for (i = 0; i < 40000; i++) {
  emails.push(i % 7 === 0 ? word() + '@@' + word() : word() + '.' + word() + i + '@' + word() + '.' + (i % 3 ? 'com' : 'io'));
  urls.push((i % 2 ? 'https' : 'http') + '://' + word() + '.example.com' + (i % 5 ? '' : ':8080') +
    '/' + word() + '/' + word() + '?q=' + word() + '&n=' + i + (i % 4 ? '' : '#top'));
}
for (i = 0; i < 20000; i++) {
  logs.push('10.0.' + rnd(256) + '.' + rnd(256) + ' - - [17/May/2024:10:' + (10 + rnd(50)) +
    ':00 +0000] "' + (i % 3 ? 'GET' : 'POST') + ' /' + word() + '/' + i + ' HTTP/1.1" ' +
    (i % 10 ? 200 : 404) + ' ' + rnd(50000));
  paths.push(i % 3 ? '/users/' + word() + i + '/posts/' + rnd(1000) : '/static/' + word() + '.css');
}
var plen = 0;
while (plen < 2000000) {
  var s = word(), k = rnd(40);
  if (k === 0) s = '**' + s + '**';
  else if (k === 1) s = '_' + s + '_';
  else if (k === 2) s = '`' + s + '`';
  else if (k === 3) s = '[' + s + '](http://x.io/' + s + ')';
  prose.push(s);
  plen += s.length + 1;
}
var text = prose.join(rnd(9) ? ' ' : '\n');

time('email_validate', function () {
  var re = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/, n = 0;
  for (var j = 0; j < emails.length; j++) if (re.test(emails[j])) n++;
  return n;
});
time('url_parse', function () {
  var re = /^(https?):\/\/([^\/:?#]+)(?::(\d+))?(\/[^?#]*)?(?:\?([^#]*))?(?:#(.*))?$/, n = 0;
  for (var j = 0; j < urls.length; j++) { var m = re.exec(urls[j]); if (m && m[3]) n++; }
  return n;
});
time('router_match', function () {
  var routes = [/^\/users\/([^\/]+?)\/posts\/([^\/]+?)\/?$/i, /^\/static\/(.+)\.(css|js)$/i], n = 0;
  for (var j = 0; j < paths.length; j++)
    for (var r = 0; r < routes.length; r++) { var m = routes[r].exec(paths[j]); if (m) { n += m.length; break; } }
  return n;
});
time('markdown_inline', function () {
  var re = /(\*\*|__)(.+?)\1|(\*|_)([^*_]+?)\3|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g, n = 0;
  var out = text.replace(re, function (m) { n++; return m.length > 3 ? '<x>' : m; });
  return n + ':' + out.length;
});
time('log_parse', function () {
  var re = /^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) ([^"]*?) HTTP\/[\d.]+" (\d{3}) (\d+|-)$/, n = 0;
  for (var j = 0; j < logs.length; j++) { var m = re.exec(logs[j]); if (m && m[5] === '404') n++; }
  return n;
});
time('split_whitespace', function () { return text.split(/\s+/).length; });
time('replace_callback', function () {
  return text.replace(/\b([a-z])([a-z]*)\b/g, function (m, a, b) { return a.toUpperCase() + b; }).length;
});
time('backtrack_nested', function () {
  var s = new Array(21).join('a') + '!';
  return /^(a+)+$/.test(s) + ':' + /^(a|aa)+$/.test(s.slice(0, 16) + '!');
});
time('backtrack_alternation', function () {
  var n = 0, re = /^(?:\w+\s?)+$/;
  for (var j = 0; j < 10; j++) if (re.test('lorem ipsum dolor sit amet cons!')) n++;
  return n;
});
