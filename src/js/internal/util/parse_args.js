// internal/util/parse_args: util.parseArgs, after Node's algorithm (tokens
// from the arguments, then strict checks, storing and defaults). Errors are
// Node's ERR_PARSE_ARGS_* with the same texts.
'use strict';

var errors = require('internal/errors');
var hasOwn = Object.prototype.hasOwnProperty;

function own(obj, key) { return hasOwn.call(obj, key) ? obj[key] : undefined; }
function optionGet(options, name, key) {
  var o = own(options, name);
  return o === undefined || o === null ? undefined : own(o, key);
}

function unknownOption(option, allowPositionals) {
  var suggest = allowPositionals ? ". To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- " + JSON.stringify(option) : '';
  return errors.make(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '" + option + "'" + suggest);
}
function invalidValue(msg) { return errors.make(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', msg); }

function findLongOptionForShort(short, options) {
  var names = Object.keys(options);
  for (var i = 0; i < names.length; i++)
    if (optionGet(options, names[i], 'short') === short) return names[i];
  return short;
}

function isLoneShortOption(arg) { return arg.length === 2 && arg[0] === '-' && arg[1] !== '-'; }
function isLoneLongOption(arg) { return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) < 0; }
function isLongOptionAndValue(arg) { return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) >= 0; }
function isShortStart(arg) { return arg.length > 2 && arg[0] === '-' && arg[1] !== '-'; }
function isShortOptionGroup(arg, options) {
  return isShortStart(arg) && optionGet(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}
function isShortOptionAndValue(arg, options) {
  return isShortStart(arg) && optionGet(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}
function isOptionValue(v) { return v !== undefined && v !== null; }
function isOptionLikeValue(v) { return v !== undefined && v !== null && v.length > 1 && v[0] === '-'; }

function argsToTokens(args, options) {
  var tokens = [], index = -1, groupCount = 0, remaining = args.slice(), i;
  while (remaining.length > 0) {
    var arg = remaining.shift(), nextArg = remaining[0], name, value, inlineValue;
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: index });
      for (i = 0; i < remaining.length; i++) tokens.push({ kind: 'positional', index: ++index, value: remaining[i] });
      break;
    }
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      name = isLoneShortOption(arg) ? findLongOptionForShort(arg[1], options) : arg.slice(2);
      value = undefined;
      inlineValue = undefined;
      if (optionGet(options, name, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: name, rawName: arg, index: index, value: value, inlineValue: inlineValue });
      if (value !== undefined && value !== null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      var expanded = [];
      for (i = 1; i < arg.length; i++) {
        var longOption = findLongOptionForShort(arg[i], options);
        if (optionGet(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push('-' + arg[i]);
        } else {
          expanded.push('-' + arg.slice(i));
          break;
        }
      }
      remaining = expanded.concat(remaining);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      tokens.push({ kind: 'option', name: findLongOptionForShort(arg[1], options), rawName: '-' + arg[1],
        index: index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      var eq = arg.indexOf('=');
      tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: '--' + arg.slice(2, eq),
        index: index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index: index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(options, allowPositionals, token) {
  if (!hasOwn.call(options, token.name)) throw unknownOption(token.rawName, allowPositionals);
  var short = optionGet(options, token.name, 'short');
  var shortAndLong = (short ? '-' + short + ', ' : '') + '--' + token.name;
  var type = optionGet(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string')
    throw invalidValue("Option '" + shortAndLong + " <value>' argument missing");
  if (type === 'boolean' && token.value !== undefined && token.value !== null)
    throw invalidValue("Option '" + shortAndLong + "' does not take an argument");
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    var example = token.rawName.slice(0, 2) === '--' ? token.rawName + '=-XYZ' :
      '--' + token.name + '=-XYZ or ' + token.rawName + '-XYZ';
    throw invalidValue("Option '" + token.rawName + "' argument is ambiguous.\nDid you forget to specify " +
      "the option argument for '" + token.rawName + "'?\nTo specify an option argument starting with a dash use '" +
      example + "'.");
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  var v = value === undefined || value === null ? true : value;
  if (optionGet(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

function validateDefault(name, type, multiple, def) {
  var what = 'options.' + name + '.default';
  function check(v) {
    if (typeof v !== type) throw errors.invalidArgType(what, multiple ? type + '[]' : type, def);
  }
  if (multiple) {
    if (!Array.isArray(def)) throw errors.invalidArgType(what, 'Array', def);
    def.forEach(check);
  } else {
    check(def);
  }
}

module.exports = function parseArgs(config) {
  if (config === undefined) config = {};
  if (config === null || typeof config !== 'object') throw errors.invalidArgType('config', 'object', config);
  var args = config.args !== undefined ? config.args :
    (typeof process === 'object' ? process.argv.slice(2) : []);
  var strict = config.strict !== undefined ? config.strict : true;
  var allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  var returnTokens = config.tokens !== undefined ? config.tokens : false;
  var options = config.options !== undefined ? config.options : {};
  if (!Array.isArray(args)) throw errors.invalidArgType('args', 'Array', args);
  if (typeof strict !== 'boolean') throw errors.invalidArgType('strict', 'boolean', strict);
  if (typeof allowPositionals !== 'boolean') throw errors.invalidArgType('allowPositionals', 'boolean', allowPositionals);
  if (typeof returnTokens !== 'boolean') throw errors.invalidArgType('tokens', 'boolean', returnTokens);
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);

  Object.keys(options).forEach(function (name) {
    var oc = options[name];
    if (oc === null || typeof oc !== 'object') throw errors.invalidArgType('options.' + name, 'object', oc);
    var type = own(oc, 'type');
    if (type !== 'string' && type !== 'boolean')
      throw errors.invalidArgType('options.' + name + '.type', ["('string|boolean')"], type);
    var short = own(oc, 'short');
    if (short !== undefined) {
      if (typeof short !== 'string') throw errors.invalidArgType('options.' + name + '.short', 'string', short);
      if (short.length !== 1)
        throw errors.invalidArgValue('options.' + name + '.short', short, 'must be a single character');
    }
    var multiple = own(oc, 'multiple');
    if (multiple !== undefined && typeof multiple !== 'boolean')
      throw errors.invalidArgType('options.' + name + '.multiple', 'boolean', multiple);
    var def = own(oc, 'default');
    if (def !== undefined) validateDefault(name, type, multiple, def);
  });

  var tokens = argsToTokens(args, options);
  var result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  tokens.forEach(function (token) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, allowPositionals, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals)
        throw errors.make(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '" +
          token.value + "'. This command does not take positional arguments");
      result.positionals.push(token.value);
    }
  });
  Object.keys(options).forEach(function (name) {
    var def = own(options[name], 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__')
      result.values[name] = def;
  });
  return result;
};
