// requires: zlib
// Ported from Node.js test/parallel/test-zlib-unzip-one-byte-chunks.js (MIT License,
// Copyright Node.js contributors: https://github.com/nodejs/node/blob/main/LICENSE).
'use strict';
const common = require('../_node_common');
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.concat([
  zlib.gzipSync('abc'),
  zlib.gzipSync('def'),
]);

const resultBuffers = [];

const unzip = zlib.createUnzip()
  .on('error', (err) => {
    assert.ifError(err);
  })
  .on('data', (data) => resultBuffers.push(data))
  .on('finish', common.mustCall(() => {
    const unzipped = Buffer.concat(resultBuffers).toString();
    assert.strictEqual(unzipped, 'abcdef',
                       `'${unzipped}' should match 'abcdef' after zipping ` +
                       'and unzipping');
  }));

for (let i = 0; i < data.length; i++) {
  // Write each single byte individually.
  unzip.write(Buffer.from([data[i]]));
}

unzip.end();
