// catch without a binding (ES2019), nested, and next to one that has one.
var f = 0, _unused = 'mine';
try { f(); } catch { f = 1; }
try { throw 2; } catch { try { null.x; } catch { f += 1; } }
try { throw 3; } catch (e) { f += e; }
console.log(f, _unused);
