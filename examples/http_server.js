// examples/http_server.js - a small JSON API on http: a to-do list with
// routes and path parameters, JSON bodies with a size limit, 404/405/400
// answers as JSON. ES5, as every script here.
//
//   jsrt examples/http_server.js [port]     serve on 127.0.0.1 (default 8080)
//   jsrt examples/http_server.js --selftest  serve on a free port, call the
//                                            API once per route, print, exit
'use strict';
var http = require('http');

var todos = {};
var nextId = 1;
var MAX_BODY = 64 * 1024;

// ---- routing: "METHOD /path/:param" -> handler(req, res, params, body) ----
var routes = [];
function route(method, pattern, handler) {
  var names = [];
  var re = new RegExp('^' + pattern.replace(/:(\w+)/g, function (_, n) {
    names.push(n);
    return '([^/]+)';
  }) + '/?$');
  routes.push({ method: method, re: re, names: names, handler: handler });
}

function send(res, status, obj) {
  var body = obj === undefined ? '' : JSON.stringify(obj);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body)
  });
  res.end(body);
}

function readJson(req, cb) {
  var chunks = [], size = 0, failed = false;
  req.on('data', function (d) {
    size += d.length;
    if (size > MAX_BODY && !failed) { failed = true; cb(413); }
    else chunks.push(d);
  });
  req.on('end', function () {
    if (failed) return;
    if (size === 0) return cb(null, {});
    try { cb(null, JSON.parse(Buffer.concat(chunks).toString())); }
    catch (e) { cb(400); }
  });
}

route('GET', '/health', function (req, res) {
  send(res, 200, { status: 'ok', todos: Object.keys(todos).length });
});
route('GET', '/todos', function (req, res) {
  send(res, 200, Object.keys(todos).map(function (id) { return todos[id]; }));
});
route('POST', '/todos', function (req, res, p, body) {
  if (typeof body.title !== 'string' || !body.title)
    return send(res, 400, { error: 'title must be a non-empty string' });
  var t = { id: nextId++, title: body.title, done: false };
  todos[t.id] = t;
  res.setHeader('Location', '/todos/' + t.id);
  send(res, 201, t);
});
route('GET', '/todos/:id', function (req, res, p) {
  var t = todos[p.id];
  if (!t) return send(res, 404, { error: 'no todo ' + p.id });
  send(res, 200, t);
});
route('PATCH', '/todos/:id', function (req, res, p, body) {
  var t = todos[p.id];
  if (!t) return send(res, 404, { error: 'no todo ' + p.id });
  if (typeof body.done === 'boolean') t.done = body.done;
  if (typeof body.title === 'string' && body.title) t.title = body.title;
  send(res, 200, t);
});
route('DELETE', '/todos/:id', function (req, res, p) {
  if (!todos[p.id]) return send(res, 404, { error: 'no todo ' + p.id });
  delete todos[p.id];
  send(res, 204);
});

var server = http.createServer(function (req, res) {
  var path = req.url.split('?')[0];
  var allowed = [];
  for (var i = 0; i < routes.length; i++) {
    var r = routes[i], m = r.re.exec(path);
    if (!m) continue;
    if (r.method !== req.method) { allowed.push(r.method); continue; }
    var params = {};
    r.names.forEach(function (n, j) { params[n] = decodeURIComponent(m[j + 1]); });
    if (req.method === 'POST' || req.method === 'PATCH') {
      return readJson(req, function (err, body) {
        if (err === 413) return send(res, 413, { error: 'body too large' });
        if (err) return send(res, 400, { error: 'invalid JSON' });
        r.handler(req, res, params, body);
      });
    }
    req.resume();
    return r.handler(req, res, params, {});
  }
  req.resume();
  if (allowed.length) {
    res.setHeader('Allow', allowed.join(', '));
    return send(res, 405, { error: req.method + ' not allowed' });
  }
  send(res, 404, { error: 'no route for ' + path });
});

// ---- self-test: every route once, through the real HTTP client ----
function call(method, path, body, cb) {
  var data = body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body));
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: method, path: path,
    headers: data ? { 'Content-Type': 'application/json' } : {} }, function (res) {
    var chunks = [];
    res.on('data', function (d) { chunks.push(d); });
    res.on('end', function () {
      console.log(method + ' ' + path + ' -> ' + res.statusCode + ' ' + Buffer.concat(chunks).toString());
      cb();
    });
  });
  req.end(data);
}

function selftest() {
  var steps = [
    ['POST', '/todos', { title: 'write the docs' }],
    ['POST', '/todos', { title: 'ship it' }],
    ['POST', '/todos', { nope: 1 }],
    ['POST', '/todos', '{broken'],
    ['PATCH', '/todos/1', { done: true }],
    ['GET', '/todos/1'],
    ['DELETE', '/todos/2'],
    ['GET', '/todos'],
    ['GET', '/todos/9'],
    ['PUT', '/todos/1', {}],
    ['GET', '/health']
  ];
  (function next(i) {
    if (i === steps.length) {
      server.close();
      http.globalAgent.destroy();
      return;
    }
    call(steps[i][0], steps[i][1], steps[i][2], function () { next(i + 1); });
  })(0);
}

var arg = process.argv[2];
if (arg === '--selftest') {
  server.listen(0, '127.0.0.1', selftest);
} else {
  server.listen(arg ? +arg : 8080, '127.0.0.1', function () {
    console.log('listening on http://127.0.0.1:' + server.address().port + '/todos');
  });
}
