// this/arguments captured once in the enclosing function's prologue.
function Timer() {
  this.ticks = 0;
  const tick = () => { this.ticks++; return arguments.length; };
  tick();
  console.log(this.ticks, tick());
}
new Timer(1, 2, 3);
