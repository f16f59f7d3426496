// A plugin that allocates without end at load: the memory limit stops it.
var hoard = [];
for (;;) hoard.push(new Array(1000).join('x') + hoard.length);
