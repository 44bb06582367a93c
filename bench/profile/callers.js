'use strict';
// Who calls a hot function: node bench/profile/callers.js FILE.cpuprofile SUBSTRING [depth]
// Prints the distinct caller chains (innermost first) of samples whose leaf matches, by share.
const fs = require('fs');
const [file, needle, depthArg] = process.argv.slice(2);
const depth = Number(depthArg || 4);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const name = (id) => byId.get(id).callFrame.functionName.replace(/^gradpad\.engine\./, '');
const chains = new Map();
let all = 0;
let hit = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i + 1] || 0;
  all += dt;
  if (!name(id).includes(needle)) return;
  hit += dt;
  const chain = [];
  for (let cur = id, k = 0; cur !== undefined && k <= depth; cur = parent.get(cur), k++) chain.push(name(cur));
  const key = chain.join(' <- ');
  chains.set(key, (chains.get(key) || 0) + dt);
});
console.log(needle + ': ' + (100 * hit / all).toFixed(1) + '% of samples');
[...chains.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
  .forEach(([k, v]) => console.log((100 * v / all).toFixed(1).padStart(6) + '%  ' + k));
