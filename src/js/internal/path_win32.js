// internal/path_win32: path.win32, Windows path semantics on any platform
// (drive letters, UNC roots, both separators). Loaded on first touch of
// path.win32. The algorithms are those of Node.js lib/path.js (MIT license,
// Copyright Joyent, Inc. and other Node contributors), rewritten in ES5.
'use strict';

var errors = require('internal/errors');

var SLASH = 47, BACKSLASH = 92, DOT = 46, COLON = 58, QUESTION = 63;

function validateString(value, name) {
  if (typeof value !== 'string')
    throw errors.invalidArgType(name, 'string', value);
}

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' in a root-less path, joining with '\'.
function normalizeString(path, allowAboveRoot) {
  var res = [], lastSlash = -1, dots = 0, code = 0, i;
  for (i = 0; i <= path.length; ++i) {
    if (i < path.length)
      code = path.charCodeAt(i);
    else if (isSep(code))
      break;
    else
      code = SLASH;
    if (isSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // empty segment or '.'
      } else if (dots === 2) {
        if (res.length > 0 && res[res.length - 1] !== '..')
          res.pop();
        else if (allowAboveRoot)
          res.push('..');
      } else {
        res.push(path.slice(lastSlash + 1, i));
      }
      lastSlash = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res.join('\\');
}

// Matches a UNC root \\server\share at the start of path. Returns
// {firstPart, share, end} or null; end is the index after the share.
function matchUNC(path) {
  var len = path.length, j = 2, last = 2, firstPart;
  while (j < len && !isSep(path.charCodeAt(j)))
    j++;
  if (j < len && j !== last) {
    firstPart = path.slice(last, j);
    last = j;
    while (j < len && isSep(path.charCodeAt(j)))
      j++;
    if (j < len && j !== last) {
      last = j;
      while (j < len && !isSep(path.charCodeAt(j)))
        j++;
      if (j === len || j !== last)
        return {firstPart: firstPart, shareStart: last, end: j};
    }
  }
  return null;
}

// \\?\ and \\.\ start device paths, not UNC roots.
function isDevicePrefix(unc) {
  return unc.firstPart === '?' || unc.firstPart === '.';
}

var win32 = {
  sep: '\\',
  delimiter: ';',

  resolve: function () {
    var resolvedDevice = '', resolvedTail = '', resolvedAbsolute = false;
    var i, path, len, rootEnd, device, isAbsolute, code, unc;
    for (i = arguments.length - 1; i >= -1; i--) {
      if (i >= 0) {
        path = arguments[i];
        validateString(path, 'paths[' + i + ']');
        if (path.length === 0)
          continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // A drive-relative path: that drive's cwd (=C: in the
        // environment), or the process cwd when it is on that drive.
        path = process.env['=' + resolvedDevice] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH))
          path = resolvedDevice + '\\';
      }

      len = path.length;
      rootEnd = 0;
      device = '';
      isAbsolute = false;
      code = path.charCodeAt(0);

      if (len === 1) {
        if (isSep(code)) {
          rootEnd = 1;
          isAbsolute = true;
        }
      } else if (isSep(code)) {
        isAbsolute = true;
        if (isSep(path.charCodeAt(1))) {
          unc = matchUNC(path);
          if (unc !== null && isDevicePrefix(unc)) {
            device = '\\\\' + unc.firstPart; // \\?\ or \\.\ device path
            rootEnd = 4;
          } else if (unc !== null) {
            device = '\\\\' + unc.firstPart + '\\' +
                     path.slice(unc.shareStart, unc.end);
            rootEnd = unc.end;
          }
        } else {
          rootEnd = 1;
        }
      } else if (isDeviceRoot(code) && path.charCodeAt(1) === COLON) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isSep(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      }

      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase())
            continue; // another device: not applicable
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0)
          break;
      } else {
        resolvedTail = path.slice(rootEnd) + '\\' + resolvedTail;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0)
          break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute);
    return resolvedAbsolute ? resolvedDevice + '\\' + resolvedTail
                            : (resolvedDevice + resolvedTail) || '.';
  },

  normalize: function (path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0)
      return '.';
    var rootEnd = 0, device, isAbsolute = false, code = path.charCodeAt(0),
        unc, tail;
    if (len === 1)
      return code === SLASH ? '\\' : path;
    if (isSep(code)) {
      isAbsolute = true;
      if (isSep(path.charCodeAt(1))) {
        unc = matchUNC(path);
        if (unc !== null && isDevicePrefix(unc)) {
          device = '\\\\' + unc.firstPart; // \\?\ or \\.\ device path
          rootEnd = 4;
        } else if (unc !== null) {
          if (unc.end === len) // a UNC root only
            return '\\\\' + unc.firstPart + '\\' + path.slice(unc.shareStart) +
                   '\\';
          device = '\\\\' + unc.firstPart + '\\' +
                   path.slice(unc.shareStart, unc.end);
          rootEnd = unc.end;
        }
      } else {
        rootEnd = 1;
      }
    } else if (isDeviceRoot(code) && path.charCodeAt(1) === COLON) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isSep(path.charCodeAt(2))) {
        isAbsolute = true;
        rootEnd = 3;
      }
    }
    tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute)
                         : '';
    if (tail.length === 0 && !isAbsolute)
      tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1)))
      tail += '\\';
    if (device === undefined)
      return isAbsolute ? '\\' + tail : tail;
    return isAbsolute ? device + '\\' + tail : device + tail;
  },

  isAbsolute: function (path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0)
      return false;
    var code = path.charCodeAt(0);
    return isSep(code) ||
           (len > 2 && isDeviceRoot(code) && path.charCodeAt(1) === COLON &&
            isSep(path.charCodeAt(2)));
  },

  join: function () {
    if (arguments.length === 0)
      return '.';
    var parts = [], firstPart, i, arg, joined;
    for (i = 0; i < arguments.length; ++i) {
      arg = arguments[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (firstPart === undefined)
          firstPart = arg;
        parts.push(arg);
      }
    }
    if (parts.length === 0)
      return '.';
    joined = parts.join('\\');

    // A joined path must not start with two separators (normalize would
    // take it for a UNC root) unless the first part clearly is one:
    // exactly two separators then a non-separator.
    var needsReplace = true, slashCount = 0, firstLen = firstPart.length;
    if (isSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isSep(firstPart.charCodeAt(2)))
            ++slashCount;
          else
            needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount)))
        slashCount++;
      if (slashCount >= 2)
        joined = '\\' + joined.slice(slashCount);
    }
    return win32.normalize(joined);
  },

  relative: function (from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to)
      return '';
    var fromOrig = win32.resolve(from), toOrig = win32.resolve(to);
    if (fromOrig === toOrig)
      return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to)
      return '';

    var fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH)
      fromStart++;
    var fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH)
      fromEnd--;
    var fromLen = fromEnd - fromStart;
    var toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH)
      toStart++;
    var toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH)
      toEnd--;
    var toLen = toEnd - toStart;

    var length = fromLen < toLen ? fromLen : toLen;
    var lastCommonSep = -1, i = 0, fromCode;
    for (; i < length; i++) {
      fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i))
        break;
      else if (fromCode === BACKSLASH)
        lastCommonSep = i;
    }
    if (i !== length) {
      if (lastCommonSep === -1)
        return toOrig; // different roots
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH)
          return toOrig.slice(toStart + i + 1); // from is a base of to
        if (i === 2)
          return toOrig.slice(toStart + i); // from is the device root
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH)
          lastCommonSep = i; // to is a base of from
        else if (i === 2)
          lastCommonSep = 3; // to is the device root
      }
      if (lastCommonSep === -1)
        lastCommonSep = 0;
    }

    var ups = [];
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH)
        ups.push('..');
    }
    toStart += lastCommonSep;
    if (ups.length > 0)
      return ups.join('\\') + toOrig.slice(toStart, toEnd);
    if (toOrig.charCodeAt(toStart) === BACKSLASH)
      ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath: function (path) {
    if (typeof path !== 'string' || path.length === 0)
      return path;
    var resolved = win32.resolve(path);
    if (resolved.length <= 2)
      return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        var code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT)
          return '\\\\?\\UNC\\' + resolved.slice(2);
      }
    } else if (isDeviceRoot(resolved.charCodeAt(0)) &&
               resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return '\\\\?\\' + resolved;
    }
    return resolved;
  },

  dirname: function (path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0)
      return '.';
    var rootEnd = -1, offset = 0, code = path.charCodeAt(0), unc;
    if (len === 1)
      return isSep(code) ? path : '.';
    if (isSep(code)) {
      rootEnd = offset = 1;
      if (isSep(path.charCodeAt(1))) {
        unc = matchUNC(path);
        if (unc !== null) {
          if (unc.end === len)
            return path; // a UNC root only
          rootEnd = offset = unc.end + 1;
        }
      }
    } else if (isDeviceRoot(code) && path.charCodeAt(1) === COLON) {
      rootEnd = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    var end = -1, matchedSlash = true, i;
    for (i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1)
        return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename: function (path, suffix) {
    if (suffix !== undefined)
      validateString(suffix, 'suffix');
    validateString(path, 'path');
    var start = 0, end = -1, matchedSlash = true, i, code;
    // A drive letter prefix: its separator is not a trailing one.
    if (path.length >= 2 && isDeviceRoot(path.charCodeAt(0)) &&
        path.charCodeAt(1) === COLON)
      start = 2;

    if (suffix !== undefined && suffix.length > 0 &&
        suffix.length <= path.length) {
      if (suffix === path)
        return '';
      var extIdx = suffix.length - 1, firstNonSlashEnd = -1;
      for (i = path.length - 1; i >= start; --i) {
        code = path.charCodeAt(i);
        if (isSep(code)) {
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
                end = i;
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
    for (i = path.length - 1; i >= start; --i) {
      if (isSep(path.charCodeAt(i))) {
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
    var start = 0, startDot = -1, startPart = 0, end = -1,
        matchedSlash = true, preDotState = 0, i, code;
    if (path.length >= 2 && path.charCodeAt(1) === COLON &&
        isDeviceRoot(path.charCodeAt(0)))
      start = startPart = 2;
    for (i = path.length - 1; i >= start; --i) {
      code = path.charCodeAt(i);
      if (isSep(code)) {
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
    if (pathObject === null || typeof pathObject !== 'object')
      throw errors.invalidArgType('pathObject', 'object', pathObject);
    var dir = pathObject.dir || pathObject.root;
    var ext = pathObject.ext;
    var base = pathObject.base ||
      ((pathObject.name || '') +
       (ext ? (ext.charAt(0) === '.' ? '' : '.') + ext : ''));
    if (!dir)
      return base;
    return dir === pathObject.root ? dir + base : dir + '\\' + base;
  },

  parse: function (path) {
    validateString(path, 'path');
    var ret = {root: '', dir: '', base: '', ext: '', name: ''};
    if (path.length === 0)
      return ret;
    var len = path.length, rootEnd = 0, code = path.charCodeAt(0), unc;
    if (len === 1) {
      if (isSep(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isSep(code)) {
      rootEnd = 1;
      if (isSep(path.charCodeAt(1))) {
        unc = matchUNC(path);
        if (unc !== null)
          rootEnd = unc.end === len ? unc.end : unc.end + 1;
      }
    } else if (isDeviceRoot(code) && path.charCodeAt(1) === COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0)
      ret.root = path.slice(0, rootEnd);

    var startDot = -1, startPart = rootEnd, end = -1, matchedSlash = true,
        i = path.length - 1, preDotState = 0;
    for (; i >= rootEnd; --i) {
      code = path.charCodeAt(i);
      if (isSep(code)) {
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
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 &&
           startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    // The root keeps its trailing separator as dir (C:\abc -> C:\);
    // otherwise the separator is stripped (C:\abc\def -> C:\abc).
    if (startPart > 0 && startPart !== rootEnd)
      ret.dir = path.slice(0, startPart - 1);
    else
      ret.dir = ret.root;
    return ret;
  }
};

win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;

module.exports = win32;
