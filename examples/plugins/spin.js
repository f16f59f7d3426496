// A plugin that loads fine, then loops forever on its first host call
// (and swallows every error it can): the time budget stops it.
var host = require('host');
host.serve(function () {
  for (;;) {
    try { for (;;) {} } catch (e) { /* cannot hold the budget */ }
  }
});
