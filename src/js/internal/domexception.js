// internal/domexception: the WHATWG DOMException (global DOMException),
// thrown by atob/btoa and other web APIs; legacy numeric codes by name.
'use strict';

var codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
  NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
  DataCloneError: 25
};

function DOMException(message, options) {
  if (!(this instanceof DOMException))
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  var name = 'Error', cause;
  if (options !== null && typeof options === 'object') {
    if (options.name !== undefined) name = String(options.name);
    if ('cause' in options) cause = options.cause;
  } else if (options !== undefined) {
    name = String(options);
  }
  // Made by Error so that Duktape records a stack trace.
  var err = new Error(message === undefined ? '' : String(message));
  Object.setPrototypeOf(err, DOMException.prototype);
  Object.defineProperty(err, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(err, 'code', {
    value: Object.prototype.hasOwnProperty.call(codes, name) ? codes[name] : 0,
    writable: true, configurable: true, enumerable: false
  });
  if (cause !== undefined)
    Object.defineProperty(err, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
  return err;
}
DOMException.prototype = Object.create(Error.prototype, {
  constructor: { value: DOMException, writable: true, configurable: true }
});
Object.keys(codes).forEach(function (name) {
  var constName = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constName, { value: codes[name], enumerable: true });
  Object.defineProperty(DOMException.prototype, constName, { value: codes[name], enumerable: true });
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

module.exports = DOMException;
