// module: Node's require('module'), the Module class of the CommonJS loader.
'use strict';
module.exports = require('internal/module').Module;
