// internal/module: Node's CommonJS loader for files (resolution, wrapping,
// caching, cycles, require.resolve). Built-ins and host-registered modules
// come from C (native.loadBuiltin); files are read and compiled by C.
'use strict';

var errors = require('internal/errors');

function dirname(p) {
  var i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function normalize(p) {
  var abs = p.charAt(0) === '/';
  var parts = p.split('/'), out = [], i;
  for (i = 0; i < parts.length; i++) {
    var s = parts[i];
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else {
      out.push(s);
    }
  }
  var r = (abs ? '/' : '') + out.join('/');
  return r || (abs ? '/' : '.');
}

function resolvePath(base, p) {
  return normalize(p.charAt(0) === '/' ? p : base + '/' + p);
}

function Module(id, parent) {
  this.id = id;
  this.path = dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  this.parent = parent || null;
  if (parent) parent.children.push(this);
}

Module._cache = {};
Module._extensions = {};
Module.builtinModules = [];

function nodeModulePaths(from) {
  var paths = [], parts = from.split('/'), i;
  for (i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    var dir = parts.slice(0, i).join('/');
    paths.push((dir || '') + '/node_modules');
  }
  return paths;
}
Module._nodeModulePaths = nodeModulePaths;

function isFile(p) { return native.stat(p) === 0; }
function isDir(p) { return native.stat(p) === 1; }

var EXTS = ['.js', '.json', '.node'];

function tryFile(p) {
  if (isFile(p)) return p;
  for (var i = 0; i < EXTS.length; i++)
    if (isFile(p + EXTS[i])) return p + EXTS[i];
  return null;
}

function readPackage(dir) {
  var pj = dir + '/package.json';
  if (!isFile(pj)) return null;
  var src = native.readFile(pj);
  try {
    return JSON.parse(src);
  } catch (e) {
    e.path = pj;
    e.message = 'Error parsing ' + pj + ': ' + e.message;
    throw e;
  }
}

function tryDirectory(p) {
  var pkg = readPackage(p);
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    var m = resolvePath(p, pkg.main);
    var f = tryFile(m) || tryIndex(m);
    if (f) return f;
  }
  return tryIndex(p);
}

function tryIndex(p) {
  for (var i = 0; i < EXTS.length; i++)
    if (isFile(p + '/index' + EXTS[i])) return p + '/index' + EXTS[i];
  return null;
}

function loadAsFileOrDir(p) {
  return tryFile(p) || (isDir(p) ? tryDirectory(p) : null);
}

// The "exports" field of package.json: a string, { ".": ... }, subpaths,
// and the "require"/"node"/"default" conditions.
function resolveExportsTarget(dir, target) {
  if (typeof target === 'string') return resolvePath(dir, target);
  if (Array.isArray(target)) {
    for (var i = 0; i < target.length; i++) {
      var r = resolveExportsTarget(dir, target[i]);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    var conds = ['require', 'node', 'default'];
    for (var c = 0; c < conds.length; c++)
      if (Object.prototype.hasOwnProperty.call(target, conds[c])) {
        var t = resolveExportsTarget(dir, target[conds[c]]);
        if (t) return t;
      }
  }
  return null;
}

function resolveExports(dir, exportsField, sub) {
  var key = sub ? './' + sub : '.';
  var map = exportsField;
  if (typeof map === 'string' || Array.isArray(map) ||
      (map && typeof map === 'object' && !Object.keys(map).some(function (k) { return k.charAt(0) === '.'; }))) {
    if (key !== '.') return null;
    return resolveExportsTarget(dir, map);
  }
  if (Object.prototype.hasOwnProperty.call(map, key))
    return resolveExportsTarget(dir, map[key]);
  var keys = Object.keys(map), best = null, i;
  for (i = 0; i < keys.length; i++) {
    var k = keys[i], star = k.indexOf('*');
    if (star >= 0) {
      var pre = k.slice(0, star), post = k.slice(star + 1);
      if (key.indexOf(pre) === 0 && key.length >= pre.length + post.length &&
          key.slice(key.length - post.length) === post) {
        var mid = key.slice(pre.length, key.length - post.length);
        var t = map[k];
        if (typeof t === 'string') return resolvePath(dir, t.split('*').join(mid));
        best = resolveExportsTarget(dir, t);
        return best ? best.split('*').join(mid) : null;
      }
    } else if (k.charAt(k.length - 1) === '/' && key.indexOf(k) === 0) {
      var tt = resolveExportsTarget(dir, map[k]);
      if (tt) return tt + key.slice(k.length);
    }
  }
  return null;
}

function notFound(request, parent) {
  var stack = [], m = parent;
  while (m && m.filename) { stack.push(m.filename); m = m.parent; }
  var msg = "Cannot find module '" + request + "'";
  if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = errors.make(Error, 'MODULE_NOT_FOUND', msg);
  err.requireStack = stack;
  return err;
}

function checkRoot(p, request) {
  var root = native.moduleRoot;
  if (!root) return p;
  var real;
  try { real = native.realpath(p); } catch (e) { real = p; }
  if (real !== root && real.indexOf(root + '/') !== 0)
    throw errors.accessDenied("module '" + request + "' is outside the module root");
  return real;
}

function resolveFilename(request, parent, options) {
  if (native.isBuiltin(request)) return request;
  var base = parent && parent.filename ? dirname(parent.filename) : native.cwd();
  var found = null, i;
  var c0 = request.charAt(0);
  if (c0 === '/' || request === '.' || request === '..' ||
      request.slice(0, 2) === './' || request.slice(0, 3) === '../') {
    var bases = options && options.paths ? options.paths : [base];
    for (i = 0; i < bases.length && !found; i++)
      found = loadAsFileOrDir(resolvePath(bases[i], request));
  } else {
    var dirs = [];
    if (options && options.paths) {
      for (i = 0; i < options.paths.length; i++)
        dirs = dirs.concat(nodeModulePaths(resolvePath(native.cwd(), options.paths[i])));
    } else {
      dirs = nodeModulePaths(base);
    }
    var slash = request.indexOf('/');
    if (request.charAt(0) === '@' && slash >= 0) slash = request.indexOf('/', slash + 1);
    var pkgName = slash < 0 ? request : request.slice(0, slash);
    var sub = slash < 0 ? '' : request.slice(slash + 1);
    for (i = 0; i < dirs.length && !found; i++) {
      var pkgDir = dirs[i] + '/' + pkgName;
      if (!isDir(pkgDir)) {
        if (!sub) found = tryFile(pkgDir);
        continue;
      }
      var pkg = readPackage(pkgDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        var t = resolveExports(pkgDir, pkg.exports, sub);
        if (!t) {
          var e = errors.make(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED',
            (sub ? "Package subpath './" + sub + "' is" : 'No "exports" main defined') +
            ' not defined by "exports" in ' + pkgDir + '/package.json');
          throw e;
        }
        found = tryFile(t);
      } else {
        found = loadAsFileOrDir(dirs[i] + '/' + request);
      }
    }
  }
  if (!found) throw notFound(request, parent);
  return checkRoot(native.realpath(found), request);
}
Module._resolveFilename = resolveFilename;

Module._extensions['.js'] = function (module, filename) {
  var fn = native.compile(native.readFile(filename), filename);
  fn.call(module.exports, module.exports, makeRequire(module), module,
    filename, dirname(filename));
};

Module._extensions['.json'] = function (module, filename) {
  var src = native.readFile(filename);
  try {
    module.exports = JSON.parse(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
  } catch (e) {
    e.message = filename + ': ' + e.message;
    throw e;
  }
};

Module._extensions['.node'] = function (module, filename) {
  if (typeof native.loadNative !== 'function')
    throw errors.make(Error, 'ERR_DLOPEN_FAILED', 'Native addons are not supported: ' + filename);
  module.exports = native.loadNative(filename, module.exports);
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(dirname(filename));
  var dot = filename.lastIndexOf('.'), ext = dot > filename.lastIndexOf('/') ? filename.slice(dot) : '';
  var loader = Module._extensions[ext] || Module._extensions['.js'];
  loader(this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') throw errors.invalidArgType('id', 'string', id);
  if (id === '') throw errors.invalidArgValue('id', "''", 'must be a non-empty string');
  return load(id, this, false);
};

function load(request, parent, isMain) {
  var builtin = native.loadBuiltin(request);
  if (builtin !== undefined || native.isBuiltin(request)) return builtin;
  var filename = resolveFilename(request, parent);
  var cached = Module._cache[filename];
  if (cached) {
    if (parent && parent.children.indexOf(cached) < 0) parent.children.push(cached);
    return cached.exports;
  }
  var module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule = module;
  }
  Module._cache[filename] = module;
  var ok = false;
  try {
    module.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return module.exports;
}
Module._load = load;

var mainModule;

function makeRequire(module) {
  function require(id) { return module.require(id); }
  require.resolve = function (request, options) {
    if (typeof request !== 'string') throw errors.invalidArgType('request', 'string', request);
    return resolveFilename(request, module, options);
  };
  require.resolve.paths = function (request) {
    if (native.isBuiltin(request)) return null;
    return nodeModulePaths(module.filename ? dirname(module.filename) : native.cwd());
  };
  require.main = mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.createRequire = function (filename) {
  var m = new Module(filename, null);
  m.filename = filename;
  m.paths = nodeModulePaths(dirname(filename));
  return makeRequire(m);
};

exports.Module = Module;

exports.runMain = function (path) {
  var filename = resolvePath(native.cwd(), path);
  try { filename = native.realpath(filename); } catch (e) { /* reported below */ }
  load(filename, null, true);
};

// require() of scripts run by jsrt_eval / jsrt -e: relative to the cwd.
var cwdModule;
exports.requireFromCwd = function (id) {
  if (!cwdModule) {
    cwdModule = new Module('[eval]', null);
    cwdModule.filename = native.cwd() + '/[eval]';
    cwdModule.paths = nodeModulePaths(native.cwd());
  }
  return cwdModule.require(id);
};
