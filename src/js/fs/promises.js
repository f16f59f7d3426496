// fs/promises: the same object as fs.promises.
'use strict';
module.exports = require('fs').promises;
