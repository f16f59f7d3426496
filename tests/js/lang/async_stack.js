// An error thrown after an await carries a stack with the line of the
// throw; an unhandled rejection of an async function reaches
// 'unhandledRejection'.
async function thrower() {
  await null;
  throw new Error('after await');
}
const arrow = async () => { await 1; return missing.prop; };
class K { async method() { await 0; throw new TypeError('in method'); } }
function frame(e) {
  var lines = e.stack.split('\n');
  return lines[0] + ' | ' + lines.slice(1).filter(function (l) { return /async_stack\.js/.test(l); })[0].replace(/^.*async_stack\.js:(\d+).*$/, 'line $1');
}
// (V8 names the function in the frame, "at thrower (...)"; ours does not
// yet: the state machine's body function is anonymous.)
thrower().catch(function (e) { console.log(frame(e), e instanceof Error); });
arrow().catch(function (e) { console.log(frame(e).replace(/:.*\|/, ' |'), e instanceof ReferenceError); });
new K().method().catch(function (e) { console.log(frame(e), e instanceof TypeError); });
process.on('unhandledRejection', function (r, p) { console.log('unhandledRejection', r.message, p instanceof Promise); });
(async function unhandled() { await null; throw new Error('nobody catches'); })();
