// node check-node.js <cases.js> <engine_cases.txt>: the TeaVM JS build against every recorded case.
const fs = require('fs');
const m = require(process.argv[2]);
const report = m.replay(fs.readFileSync(process.argv[3], 'utf8'));
console.log('js: ' + report);
process.exit(/ 0 failed$/.test(report) ? 0 : 1);
