// String.raw (ES2015): what lowered tagged templates use; checked against node.
console.log(typeof String.raw, String.raw.length);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
console.log(String.raw({ raw: 'abc' }, '-', '+', '*'));
console.log(JSON.stringify(String.raw({ raw: [] }, 1)));
console.log(String.raw({ raw: { length: 2, 0: 'a\\n', 1: 'b' } }, { toString: function () { return 'T'; }, valueOf: function () { return 'V'; } }));
try { String.raw({}); } catch (e) { console.log(e instanceof TypeError); }
try { String.raw({ raw: ['a', 'b'] }, Symbol()); } catch (e) { console.log(e instanceof TypeError); }
