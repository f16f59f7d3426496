// uuid 9 (CommonJS dist with ES2015+: let/const, arrows, destructuring).
const { v1, v3, v4, v5, validate, version, parse, stringify, NIL } = require('uuid');
const a = v4();
console.log(validate(a), version(a), a.length);
console.log(v5('hello', v5.DNS), v3('hello', v3.URL));
console.log(validate(v1()), version(v1()), validate('nope'), NIL);
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(bytes.length, bytes[0], stringify(bytes));
console.log(v4({ random: Array.from({ length: 16 }, (_, i) => i * 7) }));
