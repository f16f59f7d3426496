// internal/esm: Node's ES module loader. Files are compiled by the built-in
// compiler (src/compiler/lower_module.c) into a function of `__jsrt_mod`
// whose call declares the module's scope and returns its record (unpack):
//   { d: requests, t: their `with { type }`, i: named imports to check,
//     e: local exports (getters), r: indirect exports [req, name|null],
//     s: star-export requests, g(-1, ns...): the namespaces, g(k): export
//     k's value, run: the body's chunks, called in order }
// so a graph is loaded whole (every file read and compiled: syntax errors
// come before anything runs), then linked (namespaces filled, every
// import checked: node's "does not provide an export named" SyntaxError),
// then evaluated depth first in request order (the spec's
// InnerModuleEvaluation), each module once.
//
// Resolution follows Node's ESM resolver (nodejs.org/api/esm.html,
// "Resolution algorithm"): relative and absolute specifiers and file: URLs
// with mandatory extensions (ERR_MODULE_NOT_FOUND,
// ERR_UNSUPPORTED_DIR_IMPORT), bare specifiers through node_modules with
// "exports"/"imports" under the "import", "node", "default" conditions,
// and the legacy "main" otherwise, node: built-ins, data: URLs. Which files
// are modules: .mjs, .js under "type": "module", never .cjs. CommonJS
// modules import as a namespace of `default` (module.exports) plus the
// names a scan of the source finds (as cjs-module-lexer does, simplified:
// exports.x =, module.exports.x =, Object.defineProperty(exports, 'x',
// module.exports = { a, b: ... }), read live from module.exports.
//
// module_root and capabilities confine imports as they confine require():
// the same checks (internal/module's insideRoot, the native half's
// readFile/compileFile, built-ins through native.loadBuiltin).
//
// Deviations: evaluation is synchronous (no top-level await yet, so a
// graph evaluates in one go; import() defers it one microtask); node's
// source arrow on link errors is not printed; a CommonJS namespace reads
// module.exports live (node snapshots it after evaluation).
'use strict';

var errors = require('internal/errors');
// %Promise%, whatever the global Promise has become
var Promise = require('internal/engine/promise').Promise;
var cjs = require('internal/module');
var hasOwn = Object.prototype.hasOwnProperty;

var registry = Object.create(null); // url -> record

// ---- paths and URLs ----

function dirname(p) {
  var i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function normalize(p) {
  var parts = p.split('/'), out = [], i;
  for (i = 0; i < parts.length; i++) {
    var s = parts[i];
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  var r = '/' + out.join('/');
  if (p.length > 1 && p.charAt(p.length - 1) === '/' && r !== '/') r += '/';
  return r;
}

// What node's pathToFileURL percent-encodes: controls, space, the URL
// path's specials (" # % < > ? ` { }), backslash, non-ASCII (as UTF-8).
var UNSAFE = /[\x00-\x20"#%<>?`{}\\\x7f-\uffff]/;
function pathToURL(p) {
  if (!UNSAFE.test(p)) return 'file://' + p;
  var out = 'file://', i;
  for (i = 0; i < p.length; i++) {
    var ch = p.charAt(i);
    out += UNSAFE.test(ch) ? encodeURIComponent(ch).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    }) : ch;
  }
  return out;
}

function urlToPath(url, base) {
  var rest = url.slice(5);
  if (rest.slice(0, 2) === '//') {
    rest = rest.slice(2);
    var slash = rest.indexOf('/');
    var host = slash < 0 ? rest : rest.slice(0, slash);
    if (host !== '' && host !== 'localhost')
      throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_HOST',
        'File URL host must be "localhost" or empty on linux');
    rest = slash < 0 ? '/' : rest.slice(slash);
  }
  var q = rest.search(/[?#]/);
  if (q >= 0) rest = rest.slice(0, q);
  if (/%2f/i.test(rest))
    throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  try {
    rest = decodeURIComponent(rest);
  } catch (e) {
    throw errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  }
  if (rest.charAt(0) !== '/') rest = dirname(base || '/') + '/' + rest;
  return normalize(rest);
}

function isFile(p) { return native.stat(p) === 0; }
function isDir(p) { return native.stat(p) === 1; }

var root = native.moduleRoot || null;
function insideRoot(p) {
  return root === null || root === '/' || p === root ||
    p.slice(0, root.length + 1) === root + '/';
}
function denied(spec) {
  return errors.accessDenied("module '" + spec + "' is outside the module root");
}

// ---- errors, in node's words ----

function fromText(parentURL) {
  if (!parentURL) return '';
  return ' imported from ' + (parentURL.slice(0, 7) === 'file://' ?
    urlToPath(parentURL) : parentURL);
}

function notFound(what, parentURL, isPackage) {
  var err = errors.make(Error, 'ERR_MODULE_NOT_FOUND', 'Cannot find ' +
    (isPackage ? 'package' : 'module') + " '" + what + "'" + fromText(parentURL));
  if (!isPackage) err.url = pathToURL(what);
  return err;
}

// ---- package.json ----

var pkgCache = Object.create(null);
function readPackage(dir) {
  var pj = (dir === '/' ? '' : dir) + '/package.json';
  if (hasOwn.call(pkgCache, pj)) return pkgCache[pj];
  var pkg = null;
  if (isFile(pj)) {
    var src = native.readFile(pj);
    try {
      pkg = JSON.parse(src);
    } catch (e) {
      throw errors.make(Error, 'ERR_INVALID_PACKAGE_CONFIG',
        'Invalid package config ' + pj + '.');
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  pkgCache[pj] = pkg;
  return pkg;
}

// The closest package.json above path p: { dir, pkg } or null.
function packageScope(p) {
  var dir = dirname(p);
  for (;;) {
    if (dir.slice(dir.length - 13) === '/node_modules') return null;
    var pkg = readPackage(dir);
    if (pkg) return { dir: dir, pkg: pkg };
    if (dir === '/' || (root !== null && !insideRoot(dirname(dir)))) return null;
    dir = dirname(dir);
  }
}

// ---- exports / imports ----

var CONDITIONS = { 'import': true, node: true, 'node-addons': true, 'default': true };

function invalidTarget(dir, key, target, isImports, parentURL) {
  return errors.make(Error, 'ERR_INVALID_PACKAGE_TARGET', 'Invalid "' +
    (isImports ? 'imports' : 'exports') + '" target ' + JSON.stringify(target) +
    (key === '.' ? '' : ' defined for \'' + key + '\'') +
    ' in the package config ' + dir + '/package.json' + fromText(parentURL));
}

// undefined: no match; null: excluded; string: an absolute path (or a bare
// specifier as { bare } for "imports").
function resolveTarget(dir, key, target, subst, isImports, parentURL) {
  if (typeof target === 'string') {
    if (subst !== null) target = target.split('*').join(subst);
    if (target.slice(0, 2) === './') {
      var p = normalize(dir + '/' + target);
      if (p.slice(0, dir.length + 1) !== dir + '/')
        throw invalidTarget(dir, key, target, isImports, parentURL);
      return p;
    }
    if (isImports && target.charAt(0) !== '/' && target.slice(0, 3) !== '../')
      return { bare: target };
    throw invalidTarget(dir, key, target, isImports, parentURL);
  }
  if (Array.isArray(target)) {
    var last;
    for (var i = 0; i < target.length; i++) {
      try {
        var r = resolveTarget(dir, key, target[i], subst, isImports, parentURL);
        if (r !== undefined) return r;
      } catch (e) {
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
        last = e;
      }
    }
    if (last) throw last;
    return undefined;
  }
  if (target && typeof target === 'object') {
    var keys = Object.keys(target);
    for (var k = 0; k < keys.length; k++) {
      if (!CONDITIONS[keys[k]]) continue;
      var t = resolveTarget(dir, key, target[keys[k]], subst, isImports, parentURL);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (target === null) return null;
  return undefined;
}

function resolveMap(dir, map, key, isImports, parentURL) {
  if (hasOwn.call(map, key) && key.indexOf('*') < 0)
    return resolveTarget(dir, key, map[key], null, isImports, parentURL);
  var keys = Object.keys(map), best = null, subst = null, i;
  for (i = 0; i < keys.length; i++) {
    var k = keys[i], star = k.indexOf('*');
    if (star < 0 || k.indexOf('*', star + 1) >= 0) continue;
    var pre = k.slice(0, star), post = k.slice(star + 1);
    if (key.length >= k.length && key.slice(0, pre.length) === pre &&
        (post === '' || key.slice(key.length - post.length) === post) &&
        (best === null || pre.length > best.indexOf('*') ||
         (pre.length === best.indexOf('*') && k.length > best.length))) {
      best = k;
      subst = key.slice(pre.length, key.length - post.length);
    }
  }
  if (best === null) return undefined;
  return resolveTarget(dir, key, map[best], subst, isImports, parentURL);
}

function resolveExports(dir, exp, sub, parentURL) {
  var key = sub ? './' + sub : '.', r;
  var sugar = typeof exp === 'string' || Array.isArray(exp) ||
    (exp && typeof exp === 'object' && Object.keys(exp).length > 0 &&
     Object.keys(exp)[0].charAt(0) !== '.');
  if (sugar) r = key === '.' ? resolveTarget(dir, key, exp, null, false, parentURL) : undefined;
  else r = resolveMap(dir, exp, key, false, parentURL);
  if (typeof r === 'string') return r;
  throw errors.make(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    (key === '.' ? 'No "exports" main defined' :
      "Package subpath '" + key + "' is not defined by \"exports\"") +
    ' in ' + dir + '/package.json' + fromText(parentURL));
}

function splitPackage(spec) {
  var slash = spec.indexOf('/');
  if (spec.charAt(0) === '@') {
    if (slash < 0) return null;
    slash = spec.indexOf('/', slash + 1);
  }
  return {
    name: slash < 0 ? spec : spec.slice(0, slash),
    sub: slash < 0 ? '' : spec.slice(slash + 1)
  };
}

// The legacy "main" of a package without "exports" (node's
// legacyMainResolve): main, main.js, main.json, main.node, main/index.*,
// then index.js, index.json, index.node.
function legacyMain(dir, pkg, parentURL) {
  var tries = [];
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    var m = normalize(dir + '/' + pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js',
      m + '/index.json', m + '/index.node');
  }
  tries.push(dir + '/index.js', dir + '/index.json', dir + '/index.node');
  for (var i = 0; i < tries.length; i++)
    if (isFile(tries[i])) return tries[i];
  throw notFound(dir + '/', parentURL, false);
}

function resolveBare(spec, parentPath, parentURL) {
  var pk = splitPackage(spec);
  if (pk === null || pk.name === '' || pk.name.charAt(0) === '.' ||
      pk.name.indexOf('\\') >= 0 || pk.name.indexOf('%') >= 0)
    throw errors.make(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      'Invalid module "' + spec + '" is not a valid package name' + fromText(parentURL));
  // self-reference
  var scope = parentPath ? packageScope(parentPath) : null;
  if (scope && scope.pkg.name === pk.name && scope.pkg.exports !== undefined &&
      scope.pkg.exports !== null)
    return resolveExports(scope.dir, scope.pkg.exports, pk.sub, parentURL);
  var dir = parentPath ? dirname(parentPath) : native.cwd();
  for (;;) {
    if (dir.slice(dir.length - 13) !== '/node_modules') {
      var nm = (dir === '/' ? '' : dir) + '/node_modules';
      var pkgDir = nm + '/' + pk.name;
      if (isDir(pkgDir)) {
        var pkg = readPackage(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null)
          return resolveExports(pkgDir, pkg.exports, pk.sub, parentURL);
        if (pk.sub === '') return legacyMain(pkgDir, pkg, parentURL);
        return pkgDir + '/' + pk.sub;
      }
    }
    if (dir === '/' || (root !== null && !insideRoot(dirname(dir)))) break;
    dir = dirname(dir);
  }
  throw notFound(pk.name, parentURL, true);
}

function resolveImports(spec, parentPath, parentURL) {
  var scope = parentPath ? packageScope(parentPath) : null;
  if (scope && scope.pkg.imports && typeof scope.pkg.imports === 'object' &&
      spec !== '#' && spec.slice(0, 2) !== '#/') {
    var t = resolveMap(scope.dir, scope.pkg.imports, spec, true, parentURL);
    if (typeof t === 'string') return t;
    if (t && t.bare) return resolveSpecifier(t.bare, parentURL);
  }
  throw errors.make(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    'Package import specifier "' + spec + '" is not defined' +
    (scope ? ' in package ' + scope.dir + '/package.json' : '') + fromText(parentURL));
}

// ---- resolve ----

function isBuiltin(name) {
  return native.isBuiltin(name);
}

// -> { url, path (files only) }
// parentPath: the importer's file when known (its record's path), else
// derived from parentURL.
function resolveSpecifier(spec, parentURL, parentPath) {
  if (parentPath === undefined || parentPath === null)
    parentPath = parentURL && parentURL.slice(0, 7) === 'file://' ? urlToPath(parentURL) : null;
  var p;
  if (spec.slice(0, 5) === 'node:') {
    if (!isBuiltin(spec))
      throw errors.make(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + spec);
    return { url: spec };
  }
  if (spec.slice(0, 5) === 'data:') return { url: spec };
  if (spec.slice(0, 5) === 'file:') {
    p = urlToPath(spec, parentPath);
  } else if (parentPath && (spec.slice(0, 2) === './' || spec.slice(0, 3) === '../') &&
             !/[%?#]/.test(spec)) {
    p = normalize(dirname(parentPath) + '/' + spec); // the common case, no URL work
  } else if (spec.charAt(0) === '/' || spec.slice(0, 2) === './' ||
             spec.slice(0, 3) === '../' || spec === '.' || spec === '..') {
    if (spec.charAt(0) === '/') p = urlToPath('file://' + spec.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
    else if (parentPath) p = urlToPath('file:' + spec.replace(/%(?![0-9a-fA-F]{2})/g, '%25'), parentPath);
    else if (parentURL && parentURL.slice(0, 5) === 'data:')
      throw errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
    else p = normalize(native.cwd() + '/' + spec);
    if ((spec === '.' || spec === '..') && p !== '/') p += '/';
  } else if (spec.charAt(0) === '#') {
    p = resolveImports(spec, parentPath, parentURL);
    if (typeof p !== 'string') return p;
  } else if (isBuiltin(spec)) {
    return { url: 'node:' + spec };
  } else if (/^[a-zA-Z][a-zA-Z0-9+.\-]*:/.test(spec)) {
    throw errors.make(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol \'' +
      spec.slice(0, spec.indexOf(':') + 1) + "'");
  } else {
    p = resolveBare(spec, parentPath, parentURL);
  }
  if (root !== null && !insideRoot(p)) throw denied(spec);
  var st = native.stat(p.charAt(p.length - 1) === '/' && p !== '/' ? p.slice(0, -1) : p);
  if (st === 1 || p.charAt(p.length - 1) === '/') {
    if (st === 1) {
      var e = errors.make(Error, 'ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '" +
        p +
        "' is not supported resolving ES modules" + fromText(parentURL) +
        (isFile(p.replace(/\/$/, '') + '/index.js') ? '\nDid you mean to import "' +
          spec.replace(/\/$/, '') + '/index.js"?' : ''));
      e.url = pathToURL(p);
      throw e;
    }
  }
  if (st !== 0) throw notFound(p, parentURL, false);
  var real = native.realpath(p);
  if (root !== null && !insideRoot(real)) throw denied(spec);
  return { url: pathToURL(real), path: real };
}

// ---- formats ----

function formatOf(path) {
  var slash = path.lastIndexOf('/'), dot = path.lastIndexOf('.');
  var ext = dot > slash ? path.slice(dot) : '';
  if (ext === '.mjs') return 'esm';
  if (ext === '.cjs') return 'cjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'addon';
  var scope = packageScope(path);
  var type = scope && scope.pkg.type;
  if (ext === '.js') return type === 'module' ? 'esm' : 'cjs';
  if (ext === '' && type !== 'module') return 'cjs';
  var err = errors.make(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION',
    'Unknown file extension "' + ext + '" for ' + path);
  throw err;
}
exports.isModuleFile = function (path) {
  return formatOf(path) === 'esm';
};

// ---- records ----

function Record(url, path, format) {
  this.url = url;
  this.path = path || null;
  this.format = format;
  this.status = 'new'; // linked, evaluating, evaluated, errored
  this.error = undefined;
  this.desc = null;
  this.deps = [];
  this.ns = Object.create(null);
  this.nsDone = false;
  this.names = null; // non-ESM: export names -> getter
  this.cjs = null;
  this.nsGet = undefined;
  this.requireNs = undefined;
}

// Module namespace exotic objects: null prototype, sorted keys, getters,
// @@toStringTag "Module", not extensible.
function fillNamespace(rec) {
  if (rec.nsDone) return rec.ns;
  rec.nsDone = true;
  var names = exportedNames(rec, []).sort(), ns = rec.ns, i;
  for (i = 0; i < names.length; i++) {
    var b = resolveExport(rec, names[i], []);
    if (b === null || b === AMBIGUOUS) continue;
    Object.defineProperty(ns, names[i], { get: b, enumerable: true, configurable: false });
  }
  if (typeof Symbol === 'function' && Symbol.toStringTag)
    Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(ns);
  return ns;
}

function exportedNames(rec, seen) {
  if (seen.indexOf(rec) >= 0) return [];
  seen.push(rec);
  if (rec.desc === null) return Object.keys(rec.names || {});
  var d = rec.desc, out = Object.keys(d.e).concat(Object.keys(d.r)), i, j;
  for (i = 0; i < d.s.length; i++) {
    var names = exportedNames(rec.deps[d.s[i]], seen);
    for (j = 0; j < names.length; j++)
      if (names[j] !== 'default' && out.indexOf(names[j]) < 0) out.push(names[j]);
  }
  return out;
}

var AMBIGUOUS = {};

// One getter per namespace, so that two paths to it resolve the same.
function nsGetter(rec) {
  if (rec.nsGet === undefined)
    rec.nsGet = function () { return fillNamespace(rec); };
  return rec.nsGet;
}

// The getter of export `name` of rec (the spec's ResolveExport), null when
// there is none, AMBIGUOUS for conflicting star exports.
function resolveExport(rec, name, seen) {
  var i;
  for (i = 0; i < seen.length; i++)
    if (seen[i].rec === rec && seen[i].name === name) return null; // circular
  seen.push({ rec: rec, name: name });
  if (rec.desc === null) {
    var g = rec.names && hasOwn.call(rec.names, name) ? rec.names[name] : null;
    return g;
  }
  var d = rec.desc;
  if (hasOwn.call(d.e, name)) return d.e[name];
  if (hasOwn.call(d.r, name)) {
    var ind = d.r[name], dep = rec.deps[ind[0]];
    if (ind[1] === null) return nsGetter(dep);
    return resolveExport(dep, ind[1], seen);
  }
  if (name === 'default') return null;
  var star = null;
  for (i = 0; i < d.s.length; i++) {
    var r = resolveExport(rec.deps[d.s[i]], name, seen);
    if (r === AMBIGUOUS) return AMBIGUOUS;
    if (r !== null) {
      if (star === null) star = r;
      else if (star !== r) return AMBIGUOUS;
    }
  }
  return star;
}

// ---- loading: the whole graph, before anything runs ----

function dataSource(url) {
  var m = /^data:([^,;]*)((?:;[^,;]*)*),([\s\S]*)$/.exec(url);
  if (!m) throw errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  var mime = m[1], body = m[3];
  var src = /;base64$/.test(m[2]) ? Buffer.from(decodeURIComponent(body), 'base64').toString('latin1') :
    unescape(body);
  var format = mime === 'text/javascript' ? 'esm' : mime === 'application/json' ? 'json' : null;
  if (format === null)
    throw errors.make(TypeError, 'ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: ' + mime + ' for URL ' + url);
  return { src: src, format: format };
}

function makeApi(rec) {
  var meta = null;
  return {
    get meta() {
      if (meta === null) {
        meta = Object.create(null);
        meta.url = rec.url;
        if (rec.path) {
          meta.filename = rec.path;
          meta.dirname = dirname(rec.path);
        }
        meta.resolve = function resolve(spec) {
          return resolveSpecifier(String(spec), rec.url).url;
        };
      }
      return meta;
    },
    dynamicImport: function (spec, opts) {
      return dynamicImport(spec, opts, rec.url);
    }
  };
}

function checkType(rec, type, spec, parentURL) {
  if (type === 'json' && rec.format !== 'json')
    throw errors.make(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
      'Module "' + rec.url + '" is not of type "json"');
  if (type !== null && type !== undefined && type !== 'json')
    throw errors.make(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
      'Import assertion type "' + type + '" is unsupported');
  if (rec.format === 'json' && type !== 'json')
    throw errors.make(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
      'Module "' + rec.url + '" needs an import attribute of type "json"');
}

function jsonNames(value) {
  return { 'default': function () { return value; } };
}

function builtinNames(url) {
  var ex = native.loadBuiltin(url.slice(5));
  var names = { 'default': function () { return ex; } };
  if (ex !== null && (typeof ex === 'object' || typeof ex === 'function')) {
    Object.keys(ex).forEach(function (k) {
      if (k !== 'default') names[k] = function () { return ex[k]; };
    });
  }
  return names;
}

// The names node's cjs-module-lexer would find, approximately.
var RE_EXPORTS = /(?:^|[^.\w$])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=[^=]/g;
var RE_BRACKET = /(?:^|[^.\w$])(?:module\.)?exports\[\s*(['"])([^'"]+)\1\s*\]\s*=[^=]/g;
var RE_DEFPROP = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1\s*,\s*\{\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get(?:\s*:\s*function)?\s*\(\)\s*\{\s*return\s+[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*;?\s*\})/g;
var RE_LITERAL = /(?:^|[^.\w$])module\.exports\s*=\s*\{/g;
function cjsNames(src) {
  var out = [], m;
  function add(n) { if (out.indexOf(n) < 0 && n !== 'default') out.push(n); }
  RE_EXPORTS.lastIndex = RE_BRACKET.lastIndex = RE_DEFPROP.lastIndex = RE_LITERAL.lastIndex = 0;
  while ((m = RE_EXPORTS.exec(src)) !== null) add(m[1]);
  while ((m = RE_BRACKET.exec(src)) !== null) add(m[2]);
  while ((m = RE_DEFPROP.exec(src)) !== null) add(m[2]);
  while ((m = RE_LITERAL.exec(src)) !== null) {
    // keys of the literal at depth 1: `a,` `a:` `'a':` `...x` stops
    var i = RE_LITERAL.lastIndex, depth = 1, key = /^\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*([,:}(])/;
    while (depth === 1 && i < src.length) {
      var k = key.exec(src.slice(i, i + 200));
      if (!k) break;
      add(k[2] || k[3]);
      if (k[4] === '}') break;
      i += k[0].length;
      if (k[4] === ',') continue;
      // skip the value to the next comma at depth 1
      var d = 0;
      for (; i < src.length; i++) {
        var ch = src.charAt(i);
        if (ch === '(' || ch === '[' || ch === '{') d++;
        else if (ch === ')' || ch === ']' || ch === '}') { if (d === 0) { depth = 0; break; } d--; }
        else if (ch === ',' && d === 0) { i++; break; }
        else if (ch === '"' || ch === "'" || ch === '`') {
          var q = ch;
          for (i++; i < src.length && src.charAt(i) !== q; i++) if (src.charAt(i) === '\\') i++;
        }
      }
    }
  }
  return out;
}

function cjsRecord(rec) {
  var src = native.readFile(rec.path);
  var names = cjsNames(src);
  var state = rec.cjs = { exports: undefined, done: false };
  rec.names = { 'default': function () { return state.exports; } };
  names.forEach(function (k) {
    rec.names[k] = function () {
      var ex = state.exports;
      return ex === null || ex === undefined ? undefined : ex[k];
    };
  });
}

// Creates (or finds) the record of url and loads everything below it into
// `created` (the records this load made, undone when it fails).
function loadRecord(res, created) {
  var rec = registry[res.url];
  if (rec !== undefined) return rec;
  var format, src;
  if (res.url.slice(0, 5) === 'node:') format = 'builtin';
  else if (res.url.slice(0, 5) === 'data:') {
    var ds = dataSource(res.url);
    format = ds.format;
    src = ds.src;
  } else format = formatOf(res.path);
  rec = new Record(res.url, res.path, format);
  registry[res.url] = rec;
  created.push(rec);
  if (format === 'builtin') {
    rec.names = builtinNames(res.url);
    rec.status = 'evaluated';
  } else if (format === 'json') {
    if (src === undefined) {
      src = native.readFile(res.path);
      src = new TextDecoder().decode(new TextEncoder().encode(src));
    }
    var value;
    try {
      value = JSON.parse(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
    } catch (e) {
      e.message = (res.path || res.url) + ': ' + e.message;
      throw e;
    }
    rec.names = jsonNames(value);
    rec.status = 'evaluated';
  } else if (format === 'cjs') {
    cjsRecord(rec);
  } else if (format === 'addon') {
    var ex = cjs.Module._load(res.path, null, false);
    rec.names = { 'default': function () { return ex; } };
    rec.status = 'evaluated';
  } else {
    var fn = src !== undefined ? native.compileModuleSource(src, res.url) :
      native.compileModule(res.path);
    var desc = unpack(fn(makeApi(rec)));
    rec.desc = desc;
    for (var i = 0; i < desc.d.length; i++) {
      var r = resolveSpecifier(desc.d[i], rec.url, rec.path);
      var dep = loadRecord(r, created);
      checkType(dep, desc.t[i], desc.d[i], rec.url);
      rec.deps.push(dep);
    }
  }
  return rec;
}

// The getter of local export i: a binding still holding the sentinel
// __jsrt.tdz (uninitialized, in a cycle) is the spec's ReferenceError.
function localGetter(g, i, name) {
  return function () {
    var v = g(i);
    if (v === TDZ) __jsrt.tdz(name);
    return v;
  };
}
var TDZ = __jsrt.tdz;

// The record a module function returns (lower_module.c): its JSON part,
// and a getter per local export (g bound to the export's index).
function unpack(raw) {
  var d = JSON.parse(raw.j), e = Object.create(null), g = raw.g, i;
  for (i = 0; i < d.e.length; i++) e[d.e[i]] = localGetter(g, i, d.l[i]);
  d.e = e;
  d.g = g;
  d.run = raw.run;
  return d;
}

// node's SyntaxError, with the importing line and a caret under the name
// when the import is known (line, col: 1-based, col in bytes).
function linkError(rec, spec, name, ambiguous, line, col) {
  var err = new SyntaxError(ambiguous ?
    "The requested module '" + spec + "' contains conflicting star exports for name '" + name + "'" :
    "The requested module '" + spec + "' does not provide an export named '" + name + "'");
  if (rec.path && line) native.locate(err, rec.path, line, col);
  return err;
}

function link(created) {
  var i, j;
  for (i = 0; i < created.length; i++) {
    var rec = created[i], d = rec.desc;
    if (d === null) continue;
    for (j = 0; j < d.i.length; j++) {
      var imp = d.i[j], dep = rec.deps[imp[0]];
      var b = resolveExport(dep, imp[1], []);
      if (b === null || b === AMBIGUOUS)
        throw linkError(rec, d.d[imp[0]], imp[1], b === AMBIGUOUS, imp[2], imp[3]);
    }
    var keys = Object.keys(d.r);
    for (j = 0; j < keys.length; j++) {
      var ind = d.r[keys[j]];
      if (ind[1] === null) continue;
      var rb = resolveExport(rec.deps[ind[0]], ind[1], []);
      if (rb === null || rb === AMBIGUOUS) throw linkError(rec, d.d[ind[0]], ind[1], rb === AMBIGUOUS);
    }
  }
  for (i = 0; i < created.length; i++) {
    var r = created[i];
    if (r.desc === null) continue;
    var nss = [-1];
    for (j = 0; j < r.deps.length; j++) nss.push(r.deps[j].ns);
    r.desc.g.apply(undefined, nss);
  }
  for (i = 0; i < created.length; i++) {
    fillNamespace(created[i]);
    if (created[i].status === 'new') created[i].status = 'linked';
  }
}

// ---- evaluation ----

var evalStack = [];

function evaluate(rec) {
  if (rec.status === 'evaluated' || rec.status === 'evaluating') return;
  if (rec.status === 'errored') throw rec.error;
  rec.status = 'evaluating';
  evalStack.push(rec);
  try {
    for (var i = 0; i < rec.deps.length; i++) evaluate(rec.deps[i]);
    if (rec.format === 'cjs') {
      rec.cjs.exports = cjs.Module._load(rec.path, null, false);
    } else {
      var run = rec.desc.run;
      for (var c = 0; c < run.length; c++) {
        var chunk = run[c];
        chunk();
      }
    }
  } catch (e) {
    for (var k = 0; k < evalStack.length; k++) {
      if (evalStack[k].status === 'evaluating') {
        evalStack[k].status = 'errored';
        evalStack[k].error = e;
      }
    }
    evalStack.length = 0;
    throw e;
  }
  evalStack.pop();
  rec.status = 'evaluated';
}

// Loads and links the graph of a resolved { url, path }; a failure leaves
// no record behind.
function loadAndLink(res) {
  var created = [];
  var rec;
  try {
    rec = loadRecord(res, created);
    link(created);
  } catch (e) {
    for (var i = 0; i < created.length; i++) delete registry[created[i].url];
    throw e;
  }
  return rec;
}

// ... and evaluates it.
function importResolved(res) {
  var rec = loadAndLink(res);
  evaluate(rec);
  return rec;
}

function importSync(spec, parentURL, type) {
  var res = resolveSpecifier(spec, parentURL);
  var created = [];
  var rec = registry[res.url];
  if (rec === undefined) {
    try {
      rec = loadRecord(res, created);
      checkType(rec, type === undefined ? null : type, spec, parentURL);
      link(created);
    } catch (e) {
      for (var i = 0; i < created.length; i++) delete registry[created[i].url];
      throw e;
    }
  } else {
    checkType(rec, type === undefined ? null : type, spec, parentURL);
  }
  evaluate(rec);
  return rec;
}

function dynamicImport(spec, opts, parentURL) {
  return new Promise(function (resolve) { resolve(); }).then(function () {
    var type = null;
    if (opts !== undefined) {
      if (opts === null || typeof opts !== 'object')
        throw errors.invalidArgType('options', 'object', opts);
      var w = opts['with'] !== undefined ? opts['with'] : opts.assert;
      if (w !== undefined) {
        if (w === null || typeof w !== 'object')
          throw errors.invalidArgType('options.with', 'object', w);
        if (w.type !== undefined) type = String(w.type);
      }
    }
    var s = String(spec);
    return importSync(s, parentURL, type).ns;
  });
}

// import() from a script or CommonJS module (the compiler passes its file
// name; eval code and -e have none: the cwd is the base).
exports.dynamicImport = function (spec, opts, referrer) {
  var parentURL;
  if (typeof referrer === 'string' && referrer.charAt(0) === '/')
    parentURL = pathToURL(referrer);
  else if (typeof referrer === 'string' && referrer !== '' && referrer.charAt(0) !== '[' &&
           referrer.charAt(0) !== '<')
    parentURL = pathToURL(normalize(native.cwd() + '/' + referrer));
  else
    parentURL = pathToURL(native.cwd() + '/[eval1]');
  return dynamicImport(spec, opts, parentURL);
};

// jsrt file.mjs, jsrt_run_main of a module.
exports.runMain = function (path) {
  if (root !== null && !insideRoot(path)) throw denied(path);
  if (!isFile(path)) {
    // as the CommonJS loader says it (jsrt_run_main: JSRT_ENOENT)
    var err = errors.make(Error, 'MODULE_NOT_FOUND', "Cannot find module '" + path + "'");
    err.requireStack = [];
    throw err;
  }
  var real = native.realpath(path);
  if (root !== null && !insideRoot(real)) throw denied(path);
  // Loaded and linked now (errors are jsrt_run_main's); evaluated in a
  // microtask, as node runs a main module in a promise job: what the body
  // queues on promises runs before its process.nextTick callbacks.
  var rec = loadAndLink({ url: pathToURL(real), path: real });
  queueMicrotask(function () {
    try {
      evaluate(rec);
    } catch (e) {
      mainError = { error: e };
    }
  });
  return true;
};

// jsrt_run_main (modules.c) asks after the drain: an error of the main
// module's evaluation is thrown to it, so it is the entry's failure
// (JSRT_ERROR) as a CommonJS main's is.
var mainError = null;
exports.takeMainError = function () {
  var m = mainError;
  mainError = null;
  if (m !== null) throw m.error;
};

// require() of an ES module: its namespace (Node 22's require(esm)).
// As node: a module with a default export (and no __esModule of its own)
// comes back as its namespace plus `__esModule: true`, so that transpiled
// CommonJS reading .default works; otherwise the namespace itself.
exports.requireModule = function (path) {
  var rec = importResolved({ url: pathToURL(path), path: path });
  var ns = rec.ns;
  if (!('default' in ns) || '__esModule' in ns) return ns;
  if (rec.requireNs === undefined) {
    var o = Object.create(null), names = Object.keys(ns).concat('__esModule').sort(), i;
    for (i = 0; i < names.length; i++) {
      if (names[i] === '__esModule')
        Object.defineProperty(o, '__esModule', { value: true, enumerable: true, writable: true });
      else
        Object.defineProperty(o, names[i], {
          get: Object.getOwnPropertyDescriptor(ns, names[i]).get, enumerable: true
        });
    }
    if (typeof Symbol === 'function' && Symbol.toStringTag)
      Object.defineProperty(o, Symbol.toStringTag, { value: 'Module' });
    Object.preventExtensions(o);
    rec.requireNs = o;
  }
  return rec.requireNs;
};

// --input-type=module: source evaluated as a module whose base is the cwd.
exports.evalModule = function (src) {
  var url = pathToURL(native.cwd() + '/[eval1]');
  var created = [];
  var rec;
  try {
    rec = new Record(url, null, 'esm');
    created.push(rec);
    var desc = unpack(native.compileModuleSource(src, '[eval1]')(makeApi(rec)));
    rec.desc = desc;
    for (var i = 0; i < desc.d.length; i++) {
      var dep = loadRecord(resolveSpecifier(desc.d[i], url), created);
      checkType(dep, desc.t[i], desc.d[i], url);
      rec.deps.push(dep);
    }
    link(created);
  } catch (e) {
    for (var k = 1; k < created.length; k++) delete registry[created[k].url];
    throw e;
  }
  evaluate(rec);
};

exports.pathToURL = pathToURL;
exports.urlToPath = urlToPath;
exports.registry = registry;
exports.cjsNames = cjsNames;
