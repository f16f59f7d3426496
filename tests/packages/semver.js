// semver 7 (classes, const/let, arrow functions, template literals).
const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'));
console.log(semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'));
console.log(semver.minVersion('>=1.0.0').version, semver.coerce('v2').version);
console.log(semver.inc('1.2.3', 'prerelease', 'beta'), semver.major('4.5.6'));
console.log(['1.10.0', '1.2.0', '1.9.3', '0.1.0'].sort(semver.compare).join(' '));
const r = new semver.Range('^1.2.3');
console.log(r.range, r.test('1.9.0'), r.test('2.0.0'));
const v = new semver.SemVer('1.2.3-alpha.1+build');
console.log(v.prerelease.join('.'), v.build.join('.'), String(v));
try { new semver.SemVer('nope'); } catch (e) { console.log(e.name, e.message); }
