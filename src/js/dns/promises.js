// dns/promises: the promise flavour of dns (dns.promises).
'use strict';
module.exports = require('dns').promises;
