// Two blocks declaring the same const, the second renamed: its declaration
// takes the new name (the bytes are ES5 but the name changed).
const b = function (n) { return n; };
{ const tag = b(16); console.log(tag); }
{ const tag = b(17); console.log(tag); }
