// TDZ: ReferenceError before the declaration ran; const: TypeError on
// assignment, after the value is evaluated.
function name(e) { return e.constructor.name + ': ' + e.message; }
try { use; let use = 1; } catch (e) { console.log(name(e)); }
try { typeof tv; let tv; } catch (e) { console.log(name(e)); }
function early() { return late; }
try { early(); } catch (e) { console.log(name(e)); }
let late = 'ok';
console.log(early());
const c = 1;
var side = 0;
try { c = (side = 1, 2); } catch (e) { console.log(name(e), side); }
try { c += 1; } catch (e) { console.log(name(e)); }
try { c++; } catch (e) { console.log(name(e)); }
console.log(c);
function sw(v) {
  switch (v) {
    case 0: let a = 'zero'; return a;
    default: return a;
  }
}
console.log(sw(0));
try { sw(1); } catch (e) { console.log(name(e)); }
for (let i = 0; i < 3; i++) { let u; console.log(u); u = i; }
