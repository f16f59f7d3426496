// let in a loop: a fresh binding per iteration when a closure captures it.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(fs.map(function (f) { return f(); }).join(','));
{
  let x = 1;
  const y = 2;
  console.log(x + y);
}
console.log(typeof x, typeof y);
try { z; let z = 1; } catch (e) { console.log(e.name); }
try { const c = 1; c = 2; } catch (e) { console.log(e.name); }
