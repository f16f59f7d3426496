// path: Node's POSIX path functions (join, resolve, normalize, relative,
// dirname, basename, extname, parse, format, isAbsolute, ...) as
// path.posix; path itself is path.posix (we run on POSIX systems only);
// path.win32 is internal/path_win32.
'use strict';

var errors = require('internal/errors');

var SLASH = 47; /* / */
var DOT = 46;   /* . */

function validateString(value, name) {
  if (typeof value !== 'string')
    throw errors.invalidArgType(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object')
    throw errors.invalidArgType(name, 'object', value);
}

// Resolves '.' and '..' segments of path (no leading slash handling);
// allowAboveRoot keeps leading '..' segments of a relative path.
function normalizeString(path, allowAboveRoot) {
  var res = [];
  var lastSlash = -1, dots = 0, code = 0, i, seg;
  for (i = 0; i <= path.length; ++i) {
    if (i < path.length)
      code = path.charCodeAt(i);
    else if (code === SLASH)
      break;
    else
      code = SLASH;
    if (code === SLASH) {
      if (lastSlash === i - 1 || dots === 1) {
        // empty segment or '.': skip
      } else if (dots === 2) {
        if (res.length > 0 && res[res.length - 1] !== '..') {
          res.pop();
        } else if (allowAboveRoot) {
          res.push('..');
        }
      } else {
        seg = path.slice(lastSlash + 1, i);
        res.push(seg);
      }
      lastSlash = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res.join('/');
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  var dir = pathObject.dir || pathObject.root;
  var base = pathObject.base ||
    ((pathObject.name || '') + formatExt(pathObject.ext));
  if (!dir)
    return base;
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

function formatExt(ext) {
  return ext ? (ext.charAt(0) === '.' ? '' : '.') + ext : '';
}

function cwd() {
  return process.cwd();
}

var posix = {
  sep: '/',
  delimiter: ':',

  resolve: function () {
    var resolvedPath = '';
    var resolvedAbsolute = false;
    var i, path;
    for (i = arguments.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      path = i >= 0 ? arguments[i] : cwd();
      validateString(path, 'paths[' + i + ']');
      if (path.length === 0)
        continue;
      resolvedPath = path + '/' + resolvedPath;
      resolvedAbsolute = path.charCodeAt(0) === SLASH;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute);
    if (resolvedAbsolute)
      return '/' + resolvedPath;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize: function (path) {
    validateString(path, 'path');
    if (path.length === 0)
      return '.';
    var isAbsolute = path.charCodeAt(0) === SLASH;
    var trailing = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeString(path, !isAbsolute);
    if (path.length === 0) {
      if (isAbsolute)
        return '/';
      return trailing ? './' : '.';
    }
    if (trailing)
      path += '/';
    return isAbsolute ? '/' + path : path;
  },

  isAbsolute: function (path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join: function () {
    if (arguments.length === 0)
      return '.';
    var parts = [], i, arg;
    for (i = 0; i < arguments.length; ++i) {
      arg = arguments[i];
      validateString(arg, 'path');
      if (arg.length > 0)
        parts.push(arg);
    }
    if (parts.length === 0)
      return '.';
    return posix.normalize(parts.join('/'));
  },

  relative: function (from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to)
      return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to)
      return '';

    var fromStart = 1, fromEnd = from.length, fromLen = fromEnd - fromStart;
    var toStart = 1, toLen = to.length - toStart;
    var length = fromLen < toLen ? fromLen : toLen;
    var lastCommonSep = -1, i, fromCode;
    for (i = 0; i < length; i++) {
      fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i))
        break;
      else if (fromCode === SLASH)
        lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === SLASH)
          return to.slice(toStart + i + 1); // from is a prefix dir of to
        if (i === 0)
          return to.slice(toStart + i); // from is the root
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === SLASH)
          lastCommonSep = i; // to is a prefix dir of from
        else if (i === 0)
          lastCommonSep = 0; // to is the root
      }
    }
    var ups = [];
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === SLASH)
        ups.push('..');
    }
    return ups.join('/') + to.slice(toStart + lastCommonSep);
  },

  toNamespacedPath: function (path) {
    return path; // a no-op on POSIX
  },

  dirname: function (path) {
    validateString(path, 'path');
    if (path.length === 0)
      return '.';
    var hasRoot = path.charCodeAt(0) === SLASH;
    var end = -1, matchedSlash = true, i;
    for (i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1)
      return hasRoot ? '/' : '.';
    if (hasRoot && end === 1)
      return '//';
    return path.slice(0, end);
  },

  basename: function (path, suffix) {
    if (suffix !== undefined)
      validateString(suffix, 'suffix');
    validateString(path, 'path');
    var start = 0, end = -1, matchedSlash = true, i, code;

    if (suffix !== undefined && suffix.length > 0 &&
        suffix.length <= path.length) {
      if (suffix === path)
        return '';
      var extIdx = suffix.length - 1;
      var firstNonSlashEnd = -1;
      for (i = path.length - 1; i >= 0; --i) {
        code = path.charCodeAt(i);
        if (code === SLASH) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1)
                end = i; // the suffix matched up to here
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end)
        end = firstNonSlashEnd;
      else if (end === -1)
        end = path.length;
      return path.slice(start, end);
    }
    for (i = path.length - 1; i >= 0; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1)
      return '';
    return path.slice(start, end);
  },

  extname: function (path) {
    validateString(path, 'path');
    var startDot = -1, startPart = 0, end = -1, matchedSlash = true;
    // preDotState: 0 a dot directly after a slash or at the start,
    // 1 a non-dot before the last dot, -1 no dot seen yet.
    var preDotState = 0, i, code;
    for (i = path.length - 1; i >= 0; --i) {
      code = path.charCodeAt(i);
      if (code === SLASH) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === DOT) {
        if (startDot === -1)
          startDot = i;
        else if (preDotState !== 1)
          preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 &&
         startDot === startPart + 1))
      return '';
    return path.slice(startDot, end);
  },

  format: function (pathObject) {
    return formatPath('/', pathObject);
  },

  parse: function (path) {
    validateString(path, 'path');
    var ret = {root: '', dir: '', base: '', ext: '', name: ''};
    if (path.length === 0)
      return ret;
    var isAbsolute = path.charCodeAt(0) === SLASH;
    var start;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    } else {
      start = 0;
    }
    var startDot = -1, startPart = 0, end = -1, matchedSlash = true;
    var i = path.length - 1, preDotState = 0, code;
    for (; i >= start; --i) {
      code = path.charCodeAt(i);
      if (code === SLASH) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === DOT) {
        if (startDot === -1)
          startDot = i;
        else if (preDotState !== 1)
          preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (end !== -1) {
      var s = startPart === 0 && isAbsolute ? 1 : startPart;
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 &&
           startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(s, end);
      } else {
        ret.name = path.slice(s, startDot);
        ret.base = path.slice(s, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0)
      ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute)
      ret.dir = '/';
    return ret;
  },

  _makeLong: null,
  posix: null
};

posix._makeLong = posix.toNamespacedPath;
posix.posix = posix;

// path.win32 loads on first touch: most programs never use it.
Object.defineProperty(posix, 'win32', {
  configurable: true,
  enumerable: true,
  get: function () {
    var w = require('internal/path_win32');
    w.posix = posix;
    Object.defineProperty(posix, 'win32', {value: w, writable: true,
                                           enumerable: true,
                                           configurable: true});
    return w;
  }
});

module.exports = posix;
