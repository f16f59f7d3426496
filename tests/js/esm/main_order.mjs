// The main module runs in a microtask, as node runs it in a promise job:
// what the body queues on promises runs before its process.nextTick
// callbacks (node's output; a CommonJS main prints tick first).
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
console.log('body');
