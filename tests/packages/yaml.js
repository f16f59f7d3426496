// yaml 2 (classes, private fields, optional chaining, ??, spread).
const YAML = require('yaml');
const doc = YAML.parse('a: 1\nb:\n  - x\n  - y: [1, 2]\nc: "str"\nd: ~\n');
console.log(JSON.stringify(doc));
console.log(YAML.stringify({ k: [1, { n: 'v' }], s: 'multi\nline' }));
const d = new YAML.Document({ hello: 'world' });
d.set('n', 5);
console.log(String(d).trim(), d.get('n'));
try { YAML.parse('a: [1, 2'); } catch (e) { console.log(e.name, e.code); }
