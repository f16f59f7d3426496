// Bindings that pass one value per argument (timers, setImmediate, nextTick,
// queueMicrotask's jobs, EventEmitter#emit) reserve the engine's value stack
// first: 200 and 1000 arguments used to abort the process ("cannot push
// beyond allocated stack") or throw where node passes them. Every argument
// must arrive, in order; the output was checked against node.
const EventEmitter = require('events');

function values(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 7 === 0 ? 'v' + i : i * 3 + 1);
  return a;
}

// Logs in the order callbacks run; a sorted summary comes at the end so the
// output does not depend on how timers and immediates interleave.
const seen = [];
function check(name, n, self) {
  const exp = values(n);
  return function () {
    let ok = arguments.length === n;
    for (let i = 0; ok && i < n; i++) ok = arguments[i] === exp[i];
    if (self !== undefined && this !== self()) ok = false;
    seen.push(name + ' ' + n + (ok ? ' ok' : ' BAD (' + arguments.length + ' args)'));
  };
}

for (const n of [200, 1000]) {
  const args = values(n);
  let t, iv, im;
  t = setTimeout(check('setTimeout', n, () => t), 1, ...args);
  const ivCheck = check('setInterval', n, () => iv);
  iv = setInterval(function () {
    ivCheck.apply(this, arguments);
    clearInterval(iv);
  }, 1, ...args);
  im = setImmediate(check('setImmediate', n, () => im), ...args);
  process.nextTick(check('process.nextTick', n), ...args);
  queueMicrotask(() => check('queueMicrotask+apply', n).apply(null, args));
  Promise.resolve(args).then((a) => check('promise+spread', n)(...a));

  // the native emit's fast path: one listener function
  const e1 = new EventEmitter();
  e1.on('x', check('emit (one listener)', n, () => e1));
  console.log('emit returned', e1.emit('x', ...args));
  // the JS path: several listeners, once(), and 'error'
  const e2 = new EventEmitter();
  e2.on('y', check('emit (listener 1)', n, () => e2));
  e2.once('y', check('emit (once)', n, () => e2));
  e2.emit('y', ...args);
  const e3 = new EventEmitter();
  e3.on('error', function (err) {
    check('emit error', n - 1, () => e3).apply(this, [].slice.call(arguments, 1));
  });
  e3.emit('error', new Error('x'), ...args.slice(0, n - 1));
  check('Function.prototype.apply', n).apply(null, args);
  Reflect.apply(check('Reflect.apply', n), null, args);
  check('bind', n).bind(null, ...args.slice(0, 10))(...args.slice(10));
}

// A script may replace a Timeout's _timerArgs: a getter that throws is an
// uncaught error of that timer (not a crash), and the loop goes on.
process.on('uncaughtException', (err) => seen.push('uncaught: ' + err.message));
const hostile = setTimeout(() => seen.push('hostile timer ran'), 1, 1);
hostile._timerArgs = {
  length: 2,
  get 0() { throw new Error('getter threw'); },
};

setTimeout(() => {
  seen.sort();
  for (const line of seen) console.log(line);
}, 30);
