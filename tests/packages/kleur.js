// kleur 4 (let/const, arrows, template literals, chained getters).
const kleur = require('kleur');
kleur.enabled = true;
console.log(JSON.stringify(kleur.red('r')), JSON.stringify(kleur.bold().green('bg')));
console.log(JSON.stringify(kleur.bgBlue().white().underline('x')));
kleur.enabled = false;
console.log(kleur.red('plain'));
