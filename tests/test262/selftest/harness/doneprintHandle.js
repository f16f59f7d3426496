// Stand-in for test262's harness/doneprintHandle.js.
function $DONE(error) {
  if (error) print('Test262:AsyncTestFailure:' + String(error));
  else print('Test262:AsyncTestComplete');
}
