// Real ES5 packages from the npm registry, vendored with their licences in
// fixtures/node_modules: semver 5.7.2 (ISC), minimist 1.2.8 (MIT),
// underscore 1.13.7 (MIT, loaded through its "exports" conditions),
// ms 2.1.3 (MIT).
var assert = require('./fixtures/assert');
var r = require('module').createRequire(__dirname + '/fixtures/app.js');

var semver = r('semver');
assert.equal(semver.valid('1.2.3'), '1.2.3');
assert.equal(semver.valid('a.b.c'), null);
assert.equal(semver.clean('  =v1.2.3   '), '1.2.3');
assert.equal(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), true);
assert.equal(semver.satisfies('3.0.0', '^2.0.0'), false);
assert.equal(semver.gt('1.2.3', '9.8.7'), false);
assert.equal(semver.lt('1.2.3', '9.8.7'), true);
assert.equal(semver.inc('1.2.3', 'minor'), '1.3.0');
assert.equal(semver.inc('1.2.3-beta.1', 'prerelease'), '1.2.3-beta.2');
assert.equal(semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2'), '1.2.4');
assert.deepEqual(['1.10.0', '1.2.0', '1.9.1'].sort(semver.compare), ['1.2.0', '1.9.1', '1.10.0']);
assert.equal(semver.major('4.5.6'), 4);
assert.equal(new semver.Range('>=1.2.7 <1.3.0').test('1.2.8'), true);

var minimist = r('minimist');
assert.deepEqual(minimist(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']),
  { _: ['foo', 'bar', 'baz'], x: 3, y: 4, n: 5, a: true, b: true, c: true, beep: 'boop' });
assert.deepEqual(minimist(['--no-color', '--name', 'x', '--', '-z'], { string: ['name'] }),
  { _: ['-z'], color: false, name: 'x' });
assert.deepEqual(minimist(['-v', '-v', '--out', 'a'], { alias: { o: 'out' }, boolean: ['v'] }),
  { _: [], v: true, out: 'a', o: 'a' });

var _ = r('underscore');
assert.equal(r.resolve('underscore').slice(-19), 'underscore-node.cjs', 'exports: require + node conditions');
assert.deepEqual(_.map([1, 2, 3], function (x) { return x * 3; }), [3, 6, 9]);
assert.deepEqual(_.uniq([1, 2, 1, 3, 1, 4]), [1, 2, 3, 4]);
assert.deepEqual(_.groupBy([1.3, 2.1, 2.4], Math.floor), { 1: [1.3], 2: [2.1, 2.4] });
assert.deepEqual(_.pluck([{ n: 'a' }, { n: 'b' }], 'n'), ['a', 'b']);
assert.equal(_.template('hello <%= name %>!')({ name: 'jsrt' }), 'hello jsrt!');
assert.deepEqual(_.chain([3, 1, 2]).sortBy(_.identity).map(function (x) { return x + 1; }).value(), [2, 3, 4]);
assert.equal(r('underscore/underscore-umd.js').VERSION, '1.13.7', 'exports pattern ./underscore*');
assert.throws(function () { r('underscore/README.md'); }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

var ms = r('ms');
assert.equal(ms('2 days'), 172800000);
assert.equal(ms('1.5h'), 5400000);
assert.equal(ms(60000), '1m');
assert.equal(ms(2 * 60000, { long: true }), '2 minutes');
assert.equal(ms('nonsense'), undefined);
