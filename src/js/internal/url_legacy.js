// internal/url_legacy: Node's legacy URL API: url.parse() into a Url
// object, Url#format, url.resolve and url.resolveObject. The algorithm
// (quirks included) is the one of Node.js lib/url.js (MIT license,
// Copyright Joyent, Inc. and other Node contributors), rewritten in ES5.
'use strict';

var errors = require('internal/errors');
var querystring = require('querystring');
var whatwg = require('internal/url');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@/]+@[^@/]+/;
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var hostnameMaxLen = 255;
var forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

function set(names) {
  var o = {}, i;
  for (i = 0; i < names.length; i++) {
    o[names[i]] = true;
    o[names[i] + ':'] = true;
  }
  return function (p) {
    return typeof p === 'string' && Object.prototype.hasOwnProperty.call(o, p);
  };
}
var unsafeProtocol = set(['javascript']);
var hostlessProtocol = set(['javascript']);
var slashedProtocol = set(['http', 'https', 'ftp', 'gopher', 'file', 'ws',
                           'wss']);

// Characters url.parse always escapes in the part after the host.
var AUTO_ESCAPE = /[\t\n\r "'<>\\^`{|}]/g;
function autoEscapeStr(rest) {
  AUTO_ESCAPE.lastIndex = 0;
  if (!AUTO_ESCAPE.test(rest))
    return rest;
  return rest.replace(AUTO_ESCAPE, function (c) {
    var h = c.charCodeAt(0).toString(16).toUpperCase();
    return '%' + (h.length < 2 ? '0' + h : h);
  });
}

function isIpv6Hostname(h) {
  return h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;
}

function isWs(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url)
    return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

var invalidPortWarned = false;

// Moves whatever follows an invalid hostname character into the path. A
// ':' there is an invalid port: Node 20 warns (DEP0170) and goes on.
function getHostname(self, rest, hostname, url) {
  var i, code;
  for (i = 0; i < hostname.length; ++i) {
    code = hostname.charCodeAt(i);
    if (code === 47 || code === 92 || code === 35 || code === 63 ||
        code === 58) {
      if (code === 58 && !invalidPortWarned &&
          typeof process.emitWarning === 'function') {
        invalidPortWarned = true;
        process.emitWarning('The URL ' + url + ' is invalid. Future versions ' +
                            'of Node.js will throw an error.',
                            'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return '/' + hostname.slice(i) + rest;
    }
  }
  return rest;
}

Url.prototype.parse = function (url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string')
    throw errors.invalidArgType('url', 'string', url);

  // Trim whitespace; backslashes before the query or hash become slashes
  // (as browsers do).
  var hasHash = false, hasAt = false, start = -1, end = -1, i, code;
  var parts = [], lastPos = 0, inWs = false, split = false, rest;
  for (i = 0; i < url.length; ++i) {
    code = url.charCodeAt(i);
    var ws = isWs(code);
    if (start === -1) {
      if (ws)
        continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!ws) {
        end = -1;
        inWs = false;
      }
    } else if (ws) {
      end = i;
      inWs = true;
    }
    if (!split) {
      switch (code) {
      case 64: // @
        hasAt = true;
        break;
      case 35: // #
        hasHash = true;
        split = true;
        break;
      case 63: // ?
        split = true;
        break;
      case 92: // \
        if (i - lastPos > 0)
          parts.push(url.slice(lastPos, i));
        parts.push('/');
        lastPos = i + 1;
        break;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  rest = '';
  if (start !== -1) {
    if (lastPos === start) {
      rest = end === -1 ? url.slice(start) : url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      parts.push(url.slice(lastPos));
      rest = parts.join('');
    } else if (end !== -1 && lastPos < end) {
      parts.push(url.slice(lastPos, end));
      rest = parts.join('');
    } else {
      rest = parts.join('');
    }
  }

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // fast path for plain paths
    var simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1))
                                      : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolPattern.exec(rest), lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host; with slashesDenoteHost //foo/bar is
  // host foo, path /bar (how browsers resolve relative URLs).
  var slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol(lowerProto) &&
      (slashes || (proto && !slashedProtocol(proto)))) {
    // The first /, ?, ;, or # ends the host; non-host characters are
    // allowed left of the last @ unless a host-ending character comes
    // first: http://a@b@c/ => user a@b host c.
    var hostEnd = -1, atSign = -1, nonHost = -1;
    for (i = 0; i < rest.length; ++i) {
      switch (rest.charCodeAt(i)) {
      case 32: case 34: case 37: case 39: case 59:
      case 60: case 62: case 92: case 94: case 96: case 123: case 124:
      case 125:
        if (nonHost === -1)
          nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1)
          nonHost = i;
        hostEnd = i;
        break;
      case 64:
        atSign = i;
        nonHost = -1;
        break;
      }
      if (hostEnd !== -1)
        break;
    }
    // Tabs and newlines inside the authority are dropped (as the WHATWG
    // parser does); after it they are escaped with the path.
    start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign).replace(/[\t\n\r]/g, ''));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    if (/[\t\n\r]/.test(this.host))
      this.host = this.host.replace(/[\t\n\r]/g, '');

    this.parseHost();
    if (typeof this.hostname !== 'string')
      this.hostname = '';
    var hostname = this.hostname;
    var ipv6Hostname = isIpv6Hostname(hostname);
    if (!ipv6Hostname)
      rest = getHostname(this, rest, hostname, url);

    if (this.hostname.length > hostnameMaxLen)
      this.hostname = '';
    else
      this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname))
          throw invalidUrl(url);
      } else {
        // IDNA: Punycode for the non-ASCII labels. A hostname that becomes
        // empty or gains forbidden characters here is a spoofing attempt.
        var ascii = toASCII(this.hostname);
        this.hostname = ascii;
        if (ascii === '' || forbiddenHostChars.test(ascii))
          throw invalidUrl(url);
      }
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');

    // the host keeps the brackets of an IPv6 address, the hostname not
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest.charAt(0) !== '/')
        rest = '/' + rest;
    }
  }

  if (!unsafeProtocol(lowerProto))
    rest = autoEscapeStr(rest);

  var questionIdx = -1, hashIdx = -1;
  for (i = 0; i < rest.length; ++i) {
    code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString)
      this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  var useQuestionIdx = questionIdx !== -1 &&
                       (hashIdx === -1 || questionIdx < hashIdx);
  var firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0)
      this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol(lowerProto) && this.hostname && !this.pathname)
    this.pathname = '/';

  // for http.request
  if (this.pathname || this.search)
    this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

function invalidUrl(input) {
  var err = errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

function toASCII(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname) && hostname.indexOf('xn--') < 0)
    return hostname;
  return whatwg.idnaToASCII(hostname);
}

Url.prototype.parseHost = function () {
  var host = this.host;
  var port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':')
      this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host)
    this.hostname = host;
};

// encodeURIComponent with ':' kept (userinfo).
function encodeAuth(auth) {
  try {
    return encodeURIComponent(auth).replace(/%3A/g, ':');
  } catch (e) {
    throw errors.make(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

Url.prototype.format = function () {
  var auth = this.auth || '';
  if (auth)
    auth = encodeAuth(auth) + '@';

  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') >= 0 &&
                   !isIpv6Hostname(this.hostname)
                       ? '[' + this.hostname + ']'
                       : this.hostname);
    if (this.port)
      host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object')
    query = querystring.stringify(this.query);

  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58)
    protocol += ':';

  if (pathname.indexOf('#') >= 0 || pathname.indexOf('?') >= 0)
    pathname = pathname.replace(/#/g, '%23').replace(/\?/g, '%3F');

  // Only the slashed protocols get the //, unless they had them already.
  if (this.slashes || slashedProtocol(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47)
        pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');

  if (hash && hash.charCodeAt(0) !== 35)
    hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63)
    search = '?' + search;

  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function (relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyKeys(to, from, skip) {
  var keys = Object.keys(from), i;
  for (i = 0; i < keys.length; i++)
    if (keys[i] !== skip)
      to[keys[i]] = from[keys[i]];
}

Url.prototype.resolveObject = function (relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  var result = new Url();
  copyKeys(result, this);

  // The hash always comes from relative; even href="" removes it.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // //foo/bar keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    copyKeys(result, relative, 'protocol');
    if (slashedProtocol(result.protocol) && result.hostname &&
        !result.pathname)
      result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A protocol that is not slashed: relative is absolute.
    if (!slashedProtocol(relative.protocol)) {
      copyKeys(result, relative);
      result.href = result.format();
      return result;
    }

    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !hostlessProtocol(relative.protocol)) {
      var relPath0 = (relative.pathname || '').split('/');
      while (relPath0.length && !(relative.host = relPath0.shift())) {}
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath0[0] !== '') relPath0.unshift('');
      if (relPath0.length < 2) relPath0.unshift('');
      result.pathname = relPath0.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search)
      result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  var isRelAbs = relative.host ||
                 (relative.pathname && relative.pathname.charAt(0) === '/');
  var mustEndAbs = isRelAbs || isSourceAbs ||
                   (result.host && relative.pathname);
  var removeAllDots = mustEndAbs;
  var srcPath = (result.pathname && result.pathname.split('/')) || [];
  var relPath = (relative.pathname && relative.pathname.split('/')) || [];
  var noLeadingSlashes = result.protocol &&
                         !slashedProtocol(result.protocol);
  var authInHost;

  // In a non-slashed URL, ../.. climbs up to the host: the first path
  // part goes into the host field afterwards.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // relative: replace the last segment
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // only a search: href='?foo'
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      // e.g. url.resolveObject('mailto:local1@domain1', 'local2@domain2')
      authInHost = result.host && result.host.indexOf('@') > 0 &&
                   result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null)
      result.path = (result.pathname ? result.pathname : '') +
                    (result.search ? result.search : '');
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in . or .. gets a trailing slash; other endings not.
  var last = srcPath.slice(-1)[0];
  var hasTrailingSlash =
      ((result.host || relative.host || srcPath.length > 1) &&
       (last === '.' || last === '..')) || last === '';

  // Drop '.', resolve '..'; up counts the ones above the root.
  var up = 0, i;
  for (i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--)
      srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' &&
      (!srcPath[0] || srcPath[0].charAt(0) !== '/'))
    srcPath.unshift('');

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/')
    srcPath.push('');

  var isAbsolute = srcPath[0] === '' ||
                   (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host =
        isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    authInHost = result.host && result.host.indexOf('@') > 0
                     ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute)
    srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }

  if (result.pathname !== null || result.search !== null)
    result.path = (result.pathname ? result.pathname : '') +
                  (result.search ? result.search : '');
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw errors.make(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "urlObject" argument must be one of type object or string.' +
        errors.describeReceived(urlObject));
  } else if (whatwg.isURL(urlObject)) {
    if (options !== undefined &&
        (options === null || typeof options !== 'object'))
      throw errors.invalidArgType('options', 'object', options);
    var o = {}, keys = ['fragment', 'unicode', 'search', 'auth'], i;
    for (i = 0; i < keys.length; i++)
      if (options && options[keys[i]] !== undefined &&
          options[keys[i]] !== null)
        o[keys[i]] = Boolean(options[keys[i]]);
    return whatwg.formatURL(urlObject, o);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source)
    return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

exports.Url = Url;
exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
