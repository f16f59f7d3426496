// expect-exit: 42
// process.exit stops the script at once; try/catch/finally cannot hold it.
try {
  process.exit(42);
} finally {
  console.log('finally must not run');
}
console.log('after exit must not run');
