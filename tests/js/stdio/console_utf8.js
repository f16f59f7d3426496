// console.log and process.stdout.write emit UTF-8 for characters outside the BMP
// (Duktape holds them as CESU-8 surrogate pairs).
console.log('\ud83d\ude00 ok');
console.log('caf\u00e9 \u2026');
