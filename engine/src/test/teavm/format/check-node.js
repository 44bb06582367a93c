// node check-node.js <fmt.js> <dir of *.tsv>: the TeaVM JS build against every expectation.
const fs = require('fs');
const { checkAll, FILES } = require('./common.js');
const m = require(process.argv[2]);
const texts = {};
for (const f of FILES) texts[f] = fs.readFileSync(process.argv[3] + '/' + f, 'utf8');
const report = checkAll(m.run, texts);
console.log('js: ' + report);
process.exit(/ 0 failed/.test(report) ? 0 : 1);
