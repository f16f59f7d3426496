// for await over Readable streams, fs.createReadStream, fs.promises.opendir
// and events.on (Node's async iteration of its own objects).
var fs = require('fs'), path = require('path'), os = require('os');
var events = require('events'), stream = require('stream');
var log = console.log;
async function main() {
  var r = new stream.Readable({ read() {} });
  r.push('a'); r.push('b'); r.push(null);
  for await (const c of r) log('chunk', String(c));
  var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fa-'));
  var file = path.join(dir, 'f.txt');
  fs.writeFileSync(file, 'x'.repeat(100000));
  var n = 0, chunks = 0;
  for await (const b of fs.createReadStream(file, { highWaterMark: 16384 })) { n += b.length; chunks++; }
  log('file bytes', n, 'chunks', chunks);
  var r2 = fs.createReadStream(file, { highWaterMark: 1024 });
  for await (const b of r2) { log('first', b.length); break; }
  log('destroyed after break', r2.destroyed);
  fs.writeFileSync(path.join(dir, 'g.txt'), '');
  var names = [];
  for await (const d of await fs.promises.opendir(dir)) names.push(d.name + (d.isFile() ? ':file' : ''));
  log('opendir', names.sort());
  var ee = new events.EventEmitter();
  setTimeout(function () { ee.emit('x', 1); ee.emit('x', 2, 'two'); ee.emit('end'); }, 1);
  for await (const args of events.on(ee, 'x', { close: ['end'] })) log('event', args);
  log('listeners left', ee.listenerCount('x'));
  var ee2 = new events.EventEmitter();
  setTimeout(function () { ee2.emit('error', new Error('emitted')); }, 1);
  try { for await (const a of events.on(ee2, 'x')) log(a); } catch (e) { log('event error', e.message); }
  fs.rmSync(dir, { recursive: true });
}
main().then(function () { log('done'); });
