// Arrow functions: lexical this and arguments, not constructible, names.
function Counter() {
  this.n = 0;
  var inc = () => { this.n++; return arguments.length; };
  console.log(inc(), inc(1, 2), this.n);
}
new Counter(5);
var sq = x => x * x;
console.log(sq(7), sq.name, sq.length);
try { new sq(); } catch (e) { console.log(e.name); }
console.log([1, 2, 3].map((v, i) => v * i).join(' '));
