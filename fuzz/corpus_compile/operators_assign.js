// Exponentiation and logical assignment.
var a = 2;
a **= 3;
console.log(a, 2 ** 10, (-2) ** 2);
var x = null, y = 0, z = 1;
x ??= 'n';
y ||= 'o';
z &&= 'a';
console.log(x, y, z);
