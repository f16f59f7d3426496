// url: the WHATWG URL API (internal/url) and Node's legacy url.parse,
// url.format, url.resolve and url.resolveObject (internal/url_legacy).
'use strict';

var whatwg = require('internal/url');
var legacy = require('internal/url_legacy');

exports.Url = legacy.Url;
exports.parse = legacy.parse;
exports.resolve = legacy.resolve;
exports.resolveObject = legacy.resolveObject;
exports.format = legacy.format;
exports.URL = whatwg.URL;
exports.URLSearchParams = whatwg.URLSearchParams;
exports.domainToASCII = whatwg.domainToASCII;
exports.domainToUnicode = whatwg.domainToUnicode;
exports.pathToFileURL = whatwg.pathToFileURL;
exports.fileURLToPath = whatwg.fileURLToPath;
exports.urlToHttpOptions = whatwg.urlToHttpOptions;
