// The order of microtasks around awaits of native promises, values and
// thenables, as node prints it.
const log = [];
async function a1() { log.push('a1 start'); await null; log.push('a1 after await'); }
async function a2() { log.push('a2 start'); await Promise.resolve(); log.push('a2 after await'); }
async function a3() { await { then(r) { r(); } }; log.push('a3 after thenable'); }
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3'));
a1(); a2(); a3();
log.push('sync');
setTimeout(() => console.log(log.join('\n')), 0);
