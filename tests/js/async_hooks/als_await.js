// AsyncLocalStorage's store survives awaits, timers and for await in async
// functions (async_hooks patches Promise.prototype.then; await uses it then).
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function work(tag) {
  console.log(tag, 'start', als.getStore());
  await null;
  console.log(tag, 'after await', als.getStore());
  await new Promise((r) => setTimeout(r, 1));
  console.log(tag, 'after timer', als.getStore());
  for await (const x of (async function* () { yield 1; })()) console.log(tag, 'in for await', x, als.getStore());
}
als.run('A', () => work('a'));
als.run('B', () => work('b'));
