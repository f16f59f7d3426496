// internal/module: Node's CommonJS loader for files, following the
// algorithm of https://nodejs.org/api/modules.html (LOAD_AS_FILE,
// LOAD_AS_DIRECTORY, LOAD_NODE_MODULES, package "exports"/"imports" and
// self-reference with the "require"/"node"/"default" conditions), with
// Node's caches: resolved filenames per (parent dir, request), realpaths and
// package.json reads. Built-ins and host-registered modules come from C
// (native.loadBuiltin); files are read, wrapped and compiled in C.
//
// Confinement (jsrt_options.module_root): a request that names a path
// outside the root is refused before anything is probed, the node_modules
// walk stops at the root, and every resolved file is checked again after
// realpath() so that symlinks cannot lead out.
'use strict';

var errors = require('internal/errors');
var hasOwn = Object.prototype.hasOwnProperty;

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
  if (p.charAt(0) === '/') return normalize(p);
  if (base.charAt(0) !== '/') base = native.cwd() + '/' + base;
  return normalize(base + '/' + p);
}

// ---- module root ----

var root = native.moduleRoot || null;

function insideRoot(p) {
  return root === null || root === '/' || p === root ||
    p.slice(0, root.length + 1) === root + '/';
}

function denied(request) {
  return errors.accessDenied("module '" + request +
    "' is outside the module root");
}

// ---- file system probes (C) ----

// stat results are kept for the length of one resolution (as Node does),
// since a lookup probes the same directory several times.
var statCache = null;
function stat(p) {
  if (statCache === null) return native.stat(p);
  var r = statCache[p];
  if (r === undefined) r = statCache[p] = native.stat(p);
  return r;
}
function isFile(p) { return stat(p) === 0; }
function isDir(p) { return stat(p) === 1; }

var realpathCache = Object.create(null);
function toRealPath(p) {
  var r = realpathCache[p];
  if (r === undefined) r = realpathCache[p] = native.realpath(p);
  return r;
}

// ---- the Module object ----

function Module(id, parent) {
  this.id = id || '';
  this.path = dirname(this.id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  this.parent = parent || null;
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = native.builtinList();
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ',
  '\n});'];
Module.wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
Module.isBuiltin = function (name) {
  return typeof name === 'string' && native.isBuiltin(name);
};
Module.Module = Module;

// '/a/node_modules/b/c' -> ['/a/node_modules/b/c/node_modules',
// '/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules'];
// segments named node_modules get no node_modules of their own.
function nodeModulePaths(from) {
  from = resolvePath('/', from.charAt(0) === '/' ? from : native.cwd() + '/' + from);
  if (from === '/') return ['/node_modules'];
  var parts = from.split('/'), paths = [], i;
  for (i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(parts.slice(0, i).join('/') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
}
Module._nodeModulePaths = nodeModulePaths;

// ---- LOAD_AS_FILE / LOAD_AS_DIRECTORY ----

function extensions() { return Object.keys(Module._extensions); }

function tryExtensions(p, exts) {
  for (var i = 0; i < exts.length; i++)
    if (isFile(p + exts[i])) return p + exts[i];
  return null;
}

var packageCache = Object.create(null);

// package.json of dir, parsed once (null when there is none). A parse
// error names the file.
function readPackage(dir) {
  var pj = dir + '/package.json';
  if (hasOwn.call(packageCache, pj)) return packageCache[pj];
  var pkg = null;
  if (isFile(pj)) {
    var src = native.readFile(pj);
    try {
      pkg = JSON.parse(src);
    } catch (e) {
      e.path = pj;
      e.message = 'Error parsing ' + pj + ': ' + e.message;
      throw e;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  packageCache[pj] = pkg;
  return pkg;
}

// The package.json that governs p: the closest one above it (within the
// root), as { dir, pkg }, or null.
function readPackageScope(p) {
  var dir = p;
  for (;;) {
    var i = dir.lastIndexOf('/');
    if (i < 0) return null;
    dir = dir.slice(0, i);
    if (dir.slice(dir.length - 13) === '/node_modules') return null;
    if (root !== null && !insideRoot(dir || '/')) return null;
    var pkg = readPackage(dir);
    if (pkg) return { dir: dir || '/', pkg: pkg };
    if (dir === '') return null;
  }
}

function tryPackage(p, exts, originalRequest) {
  var pkg = readPackage(p);
  var main = pkg && typeof pkg.main === 'string' ? pkg.main : '';
  if (!main) return tryExtensions(p + '/index', exts);
  var filename = resolvePath(p, main);
  if (root !== null && !insideRoot(filename)) throw denied(originalRequest);
  var actual = (isFile(filename) ? filename : null) ||
    tryExtensions(filename, exts) || tryExtensions(filename + '/index', exts);
  if (actual) return actual;
  actual = tryExtensions(p + '/index', exts);
  if (actual) return actual;
  var err = errors.make(Error, 'MODULE_NOT_FOUND', "Cannot find module '" +
    filename + "'. Please verify that the package.json has a valid \"main\" entry");
  err.path = p + '/package.json';
  err.requestPath = originalRequest;
  throw err;
}

// LOAD_AS_FILE(X) then LOAD_AS_DIRECTORY(X); a trailing slash skips files.
function findFile(p, trailingSlash, exts, request) {
  var f = null;
  if (!trailingSlash) f = (isFile(p) ? p : null) || tryExtensions(p, exts);
  if (!f && isDir(p)) f = tryPackage(p, exts, request);
  return f;
}

// ---- package "exports" and "imports" ----

var CONDITIONS = { require: true, node: true, 'node-addons': true, 'default': true };

// undefined: no match here (try the next); null: excluded; string: a path.
function resolveTarget(dir, target, subst, isImports, base) {
  if (typeof target === 'string') {
    if (subst !== null) target = target.split('*').join(subst);
    if (target.slice(0, 2) === './') return resolvePath(dir, target);
    if (isImports && target.charAt(0) !== '/' && target.slice(0, 3) !== '../')
      return { bare: target };
    throw errors.make(Error, 'ERR_INVALID_PACKAGE_TARGET', 'Invalid "' +
      (isImports ? 'imports' : 'exports') + '" target ' + JSON.stringify(target) +
      ' defined in the package config ' + dir + '/package.json' +
      (base ? ' imported from ' + base : ''));
  }
  if (Array.isArray(target)) {
    for (var i = 0; i < target.length; i++) {
      var r;
      try {
        r = resolveTarget(dir, target[i], subst, isImports, base);
      } catch (e) {
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    var keys = Object.keys(target);
    for (var k = 0; k < keys.length; k++) {
      if (!CONDITIONS[keys[k]]) continue;
      var t = resolveTarget(dir, target[keys[k]], subst, isImports, base);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (target === null) return null;
  return undefined;
}

// Exact key first, then the "*" pattern with the longest prefix.
function resolveMap(dir, map, key, isImports, base) {
  if (hasOwn.call(map, key) && key.indexOf('*') < 0)
    return resolveTarget(dir, map[key], null, isImports, base);
  var keys = Object.keys(map), best = null, bestSubst = null, i;
  for (i = 0; i < keys.length; i++) {
    var k = keys[i], star = k.indexOf('*');
    if (star < 0 || k.indexOf('*', star + 1) >= 0) continue;
    var pre = k.slice(0, star), post = k.slice(star + 1);
    if (key.length >= k.length && key.slice(0, pre.length) === pre &&
        (post === '' || key.slice(key.length - post.length) === post) &&
        (best === null || pre.length > best.indexOf('*') ||
         (pre.length === best.indexOf('*') && k.length > best.length))) {
      best = k;
      bestSubst = key.slice(pre.length, key.length - post.length);
    }
  }
  if (best === null) return undefined;
  return resolveTarget(dir, map[best], bestSubst, isImports, base);
}

function isConditionalSugar(exp) {
  if (typeof exp === 'string' || Array.isArray(exp)) return true;
  if (!exp || typeof exp !== 'object') return false;
  var keys = Object.keys(exp);
  return keys.length > 0 && keys[0].charAt(0) !== '.';
}

function resolveExports(dir, exp, sub, base) {
  var key = sub ? './' + sub : '.';
  var r;
  if (isConditionalSugar(exp))
    r = key === '.' ? resolveTarget(dir, exp, null, false, base) : undefined;
  else
    r = resolveMap(dir, exp, key, false, base);
  if (typeof r === 'string') return r;
  throw errors.make(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    (key === '.' ? 'No "exports" main defined' :
      "Package subpath '" + key + "' is not defined by \"exports\"") +
    ' in ' + dir + '/package.json' + (base ? ' imported from ' + base : ''));
}

// An exports/imports target must exist as named: no extension probing.
function exactFile(p, request, parent) {
  if (root !== null && !insideRoot(p)) throw denied(request);
  if (isFile(p)) return p;
  throw notFound(p, parent, request);
}

function splitPackage(request) {
  var slash = request.indexOf('/');
  if (request.charAt(0) === '@' && slash >= 0) slash = request.indexOf('/', slash + 1);
  return {
    name: slash < 0 ? request : request.slice(0, slash),
    sub: slash < 0 ? '' : request.slice(slash + 1)
  };
}

// ---- errors ----

function requireStack(parent) {
  var stack = [], m = parent, seen = 0;
  while (m && seen++ < 1000) {
    stack.push(m.filename || m.id);
    m = m.parent;
  }
  return stack;
}

function notFound(request, parent, original) {
  var stack = parent ? requireStack(parent) : [];
  var msg = "Cannot find module '" + request + "'";
  if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = errors.make(Error, 'MODULE_NOT_FOUND', msg);
  err.requireStack = stack;
  if (original !== undefined && original !== request) err.requestPath = original;
  return err;
}

// ---- resolution ----

function isRelative(request) {
  return request === '.' || request === '..' || request.slice(0, 2) === './' ||
    request.slice(0, 3) === '../';
}

// The node_modules directories to search from dir, stopping at the root.
function lookupDirs(dir) {
  var dirs = nodeModulePaths(dir);
  if (root === null) return dirs;
  var out = [];
  for (var i = 0; i < dirs.length; i++)
    if (insideRoot(dirname(dirs[i]))) out.push(dirs[i]);
  return out;
}

function findInNodeModules(request, dirs, exts, parent, base) {
  var pk = splitPackage(request), trailing = request.charAt(request.length - 1) === '/';
  for (var i = 0; i < dirs.length; i++) {
    var pkgDir = dirs[i] + '/' + pk.name;
    if (isDir(pkgDir)) {
      var pkg = readPackage(pkgDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null)
        return exactFile(resolveExports(pkgDir, pkg.exports, pk.sub, base), request, parent);
    }
    var f = findFile(dirs[i] + '/' + request, trailing, exts, request);
    if (f) return f;
  }
  return null;
}

// null when no package scope with "imports" governs the parent: then the
// request goes through node_modules like any bare name (as in Node).
function resolveImports(request, parentFile, exts, parent) {
  var scope = parentFile ? readPackageScope(parentFile) : null;
  if (!scope || !scope.pkg.imports || typeof scope.pkg.imports !== 'object')
    return null;
  if (request !== '#' && request.slice(0, 2) !== '#/') {
    var t = resolveMap(scope.dir, scope.pkg.imports, request, true, parentFile);
    if (typeof t === 'string') return exactFile(t, request, parent);
    if (t && t.bare) {
      var f = findInNodeModules(t.bare, lookupDirs(scope.dir), exts, parent, parentFile);
      if (f) return f;
      throw notFound(t.bare, parent);
    }
  }
  throw errors.make(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED', 'Package import specifier "' +
    request + '" is not defined in package ' + scope.dir + '/package.json' +
    (parentFile ? ' imported from ' + parentFile : ''));
}

// LOAD_PACKAGE_SELF: a package may require itself by its name through
// its own "exports".
function trySelf(request, parentFile, parent) {
  if (!parentFile) return null;
  var scope = readPackageScope(parentFile);
  if (!scope || scope.pkg.exports === undefined || scope.pkg.exports === null ||
      typeof scope.pkg.name !== 'string') return null;
  var name = scope.pkg.name;
  var sub;
  if (request === name) sub = '';
  else if (request.slice(0, name.length + 1) === name + '/') sub = request.slice(name.length + 1);
  else return null;
  return exactFile(resolveExports(scope.dir, scope.pkg.exports, sub, parentFile), request, parent);
}

function resolveFilename(request, parent, isMain, options) {
  if (native.isBuiltin(request)) return request;
  statCache = Object.create(null);
  try {
    return resolveFile(request, parent, options);
  } finally {
    statCache = null;
  }
}

function resolveFile(request, parent, options) {
  if (request.slice(0, 5) === 'node:') throw unknownBuiltin(request);
  var parentFile = parent && parent.filename ? parent.filename : null;
  var base = parentFile ? dirname(parentFile) : native.cwd();
  var exts = extensions(), found = null, i;
  var trailing = request.charAt(request.length - 1) === '/';
  var paths = options && options.paths;
  if (paths !== undefined && paths !== null && !Array.isArray(paths))
    throw errors.invalidArgValue('options.paths', paths);

  if (request.charAt(0) === '/' || isRelative(request)) {
    var bases = paths && request.charAt(0) !== '/' ? paths : [base];
    for (i = 0; i < bases.length && !found; i++) {
      var p = resolvePath(bases[i], request);
      if (root !== null && !insideRoot(p)) throw denied(request);
      found = findFile(p, trailing || request === '.' || request === '..', exts, request);
    }
  } else {
    if (request.charAt(0) === '#') found = resolveImports(request, parentFile, exts, parent);
    if (!found) found = trySelf(request, parentFile, parent);
    if (!found) {
      var dirs;
      if (paths) {
        dirs = [];
        for (i = 0; i < paths.length; i++) {
          var d = lookupDirs(resolvePath(native.cwd(), paths[i]));
          for (var j = 0; j < d.length; j++)
            if (dirs.indexOf(d[j]) < 0) dirs.push(d[j]);
        }
      } else {
        dirs = lookupDirs(base);
      }
      found = findInNodeModules(request, dirs, exts, parent, parentFile);
    }
  }
  if (!found) throw notFound(request, parent);
  var real = toRealPath(found);
  if (root !== null && !insideRoot(real)) throw denied(request);
  return real;
}
Module._resolveFilename = function (request, parent, isMain, options) {
  return resolveFilename(request, parent, isMain, options);
};

function unknownBuiltin(request) {
  return errors.make(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
    'No such built-in module: ' + request);
}

// ---- loading ----

// require() of an ES module (a .mjs file, or a .js file in a package whose
// package.json says "type": "module") returns its namespace, as Node 22's
// require(esm) does (internal/esm).
function requireEsm(module, filename) {
  module.exports = require('internal/esm').requireModule(filename);
}

Module._extensions['.js'] = function (module, filename) {
  if (filename.slice(-3) === '.js') {
    var scope = readPackageScope(filename);
    if (scope && scope.pkg.type === 'module') return requireEsm(module, filename);
  }
  var fn = native.compileFile(filename);
  fn.call(module.exports, module.exports, makeRequire(module), module,
    filename, module.path);
};

Module._extensions['.json'] = function (module, filename) {
  // readFile gives the raw bytes; JSON.parse would keep a 4-byte UTF-8
  // sequence as one non-BMP code point (length 1), so decode to UTF-16.
  var src = native.readFile(filename);
  src = new TextDecoder().decode(new TextEncoder().encode(src));
  try {
    module.exports = JSON.parse(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
  } catch (e) {
    e.message = filename + ': ' + e.message;
    throw e;
  }
};

// Native addons: a shared object exporting jsrt_addon_init (see
// include/jsrt.h); needs JSRT_CAP_NATIVE, checked in C.
Module._extensions['.node'] = function (module, filename) {
  module.exports = native.loadAddon(filename, module.exports);
};

// The longest registered extension of the basename ('a.b.c': '.b.c' then
// '.c'); a leading dot is part of the name, not an extension.
function findExtension(filename) {
  var name = filename.slice(filename.lastIndexOf('/') + 1), dot = 0;
  while ((dot = name.indexOf('.', dot + 1)) > 0) {
    var ext = name.slice(dot);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(dirname(filename));
  if (filename.slice(-4) === '.mjs' && !Module._extensions['.mjs'])
    requireEsm(this, filename);
  else
    Module._extensions[findExtension(filename)](this, filename);
  this.loaded = true;
};

Module.prototype._compile = function (content, filename) {
  var fn = native.compile(String(content), filename);
  return fn.call(this.exports, this.exports, makeRequire(this), this,
    filename, dirname(filename));
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') throw errors.invalidArgType('id', 'string', id);
  if (id === '') throw errors.invalidArgValue('id', '', 'must be a non-empty string');
  return load(id, this, false);
};

function updateChildren(parent, child) {
  var children = parent && parent.children;
  if (children && children.indexOf(child) < 0) children.push(child);
}

// Module._load: the per-(parent dir, request) cache makes a repeated
// require() of a loaded file one lookup plus one cache check.
function load(request, parent, isMain) {
  var relKey;
  if (parent) {
    relKey = parent.path + '\x00' + request;
    var fn = Module._pathCache[relKey];
    if (fn !== undefined) {
      var hit = Module._cache[fn];
      if (hit !== undefined) {
        updateChildren(parent, hit);
        return hit.exports;
      }
      delete Module._pathCache[relKey];
    }
  }
  if (native.isBuiltin(request)) {
    // As in Node, require.cache may override a built-in (not node:x).
    var over = Module._cache[request];
    if (over !== undefined && request.slice(0, 5) !== 'node:') return over.exports;
    var ex = native.loadBuiltin(request);
    if (ex !== undefined && ex !== null) builtinExports[request] = ex;
    return ex;
  }
  var filename = resolveFilename(request, parent, isMain);
  var cached = Module._cache[filename];
  if (cached !== undefined) {
    if (relKey !== undefined) Module._pathCache[relKey] = filename;
    updateChildren(parent, cached);
    return cached.exports;
  }
  var module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule = module;
    if (typeof process === 'object' && process) process.mainModule = module;
  }
  Module._cache[filename] = module;
  if (relKey !== undefined) Module._pathCache[relKey] = filename;
  var entry = { module: module, filename: filename, relKey: relKey === undefined ? null : relKey };
  if (loadStack.length === 0)
    native.loadGuarded(runLoad, entry, loadStack, Module._cache, Module._pathCache);
  else
    runLoad(entry);
  return module.exports;
}

// Modules being loaded, innermost last. An ordinary throw undoes its own
// entry (JS catch). When the time budget, jsrt_interrupt or process.exit
// stops a load, no JS catch or finally runs: the outermost load runs under
// native.loadGuarded, a C pcall that then undoes every entry left here, so
// that no half-loaded module stays cached. Nested loads add no C frame.
var loadStack = [];

function undoLoad(entry) {
  delete Module._cache[entry.filename];
  if (entry.relKey !== null) delete Module._pathCache[entry.relKey];
  var parent = entry.module.parent;
  if (parent && parent.children) {
    var k = parent.children.indexOf(entry.module);
    if (k >= 0) parent.children.splice(k, 1);
  }
}

function runLoad(entry) {
  loadStack.push(entry);
  try {
    entry.module.load(entry.filename);
  } catch (e) {
    loadStack.pop();
    undoLoad(entry);
    throw e;
  }
  loadStack.pop();
}
Module._load = load;

var mainModule;
// Exports of built-ins already loaded (they never change once loaded):
// the fast path of require() for 'fs', 'node:path' and the like.
var builtinExports = Object.create(null);

// require() remembers, per module, which file each request gave: a repeated
// require of a loaded file is two property lookups (still honouring
// deletions from require.cache, which make it resolve again).
function makeRequire(module) {
  var seen = Object.create(null), cache = Module._cache;
  function require(id) {
    var fn = seen[id];
    if (fn !== undefined) {
      var m = cache[fn];
      if (m !== undefined) return m.exports;
    }
    var b = builtinExports[id];
    if (b !== undefined && cache[id] === undefined) return b;
    var exports = module.require(id);
    if (typeof id === 'string') {
      fn = Module._pathCache[module.path + '\x00' + id];
      if (fn !== undefined) seen[id] = fn;
    }
    return exports;
  }
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') throw errors.invalidArgType('request', 'string', request);
    return resolveFilename(request, module, false, options);
  };
  require.resolve.paths = function paths(request) {
    if (typeof request !== 'string') throw errors.invalidArgType('request', 'string', request);
    if (native.isBuiltin(request)) return null;
    var dir = module.filename ? dirname(module.filename) : native.cwd();
    if (isRelative(request)) return [dir];
    return nodeModulePaths(dir);
  };
  require.main = mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.createRequire = function (filename) {
  // a file URL (string or URL object) names the file as well
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string' &&
      filename.protocol === 'file:')
    filename = filename.href;
  if (typeof filename === 'string' && filename.slice(0, 5) === 'file:')
    filename = require('internal/esm').urlToPath(filename);
  if (typeof filename !== 'string' || filename.charAt(0) !== '/')
    throw errors.invalidArgValue('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  var path = filename.charAt(filename.length - 1) === '/' ? filename + 'noop.js' : filename;
  var m = new Module(path, null);
  m.filename = path;
  m.paths = nodeModulePaths(dirname(path));
  return makeRequire(m);
};

// `jsrt --input-type=module -e CODE`: CODE as an ES module whose base is
// the cwd (internal/esm's evalModule); jsrt's, not node's.
Object.defineProperty(Module, '_jsrtEvalModule', {
  value: function (src) { require('internal/esm').evalModule(String(src)); },
  writable: true, configurable: true, enumerable: false
});

exports.Module = Module;

exports.runMain = function (path) {
  var filename = resolvePath(native.cwd(), path);
  // An ES module main (.mjs, or .js under "type": "module") goes to the
  // ES module loader, as node's run_main does.
  if (filename.slice(-4) === '.mjs' ||
      (filename.slice(-3) === '.js' && isFile(filename) &&
       (function () {
         var scope = readPackageScope(filename);
         return scope && scope.pkg.type === 'module';
       })())) {
    return require('internal/esm').runMain(filename); /* true: ES module */
  }
  load(filename, null, true);
  return false;
};

// require() of scripts run by jsrt_eval / jsrt -e: relative to the cwd.
// The global require (C) forwards calls and its resolve/cache/extensions/
// main properties here.
var cwdRequire;
function getCwdRequire() {
  if (!cwdRequire) {
    var cwd = native.cwd();
    var m = new Module('[eval]', null);
    m.filename = cwd + '/[eval]';
    m.path = cwd;
    m.paths = nodeModulePaths(cwd);
    cwdRequire = makeRequire(m);
  }
  return cwdRequire;
}
exports.cwdRequire = getCwdRequire;
exports.requireFromCwd = function (id) {
  return getCwdRequire()(id);
};
