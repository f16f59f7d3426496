// An await inside a loop body whose let binding a closure captures (the
// body is a generator delegated to with yield*, lower_block_scope.c).
async function af() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    await null;
    if (i === 2) return fns.map((f) => f()).join('-');
  }
}
af().then(console.log);
