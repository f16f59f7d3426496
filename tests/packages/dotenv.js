// dotenv 16 (const/let, arrows, template literals, regexp with flags gm).
const dotenv = require('dotenv');
const parsed = dotenv.parse('A=1\nB="two words"\n# comment\nC=\'single\'\nexport D=4\nE="multi\\nline"\n');
console.log(JSON.stringify(parsed));
console.log(JSON.stringify(dotenv.parse(Buffer.from('X=y'))));
