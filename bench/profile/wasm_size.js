'use strict';
// Code size of a Wasm module by Java package/class, from the name section of the profiling build
// (bench/profile/build.sh): node bench/profile/wasm_size.js [FILE.wasm] [depth=3] [top=30]
// Sizes are raw bytes of function bodies (the shipped build is minified, its names stripped;
// function bodies are the same code). gzip shares out about proportionally.
const fs = require('fs');
const file = process.argv[2] || 'bench/results/profile-build/kernel/gradpad.wasm';
const depth = Number(process.argv[3] || 3);
const top = Number(process.argv[4] || 30);
const b = fs.readFileSync(file);
let p = 8;
function leb() { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; }
function str() { const n = leb(); const s = b.slice(p, p + n).toString(); p += n; return s; }
let importedFuncs = 0;
const bodies = [];
const names = new Map();
const sections = {};
while (p < b.length) {
  const id = b[p++];
  const len = leb();
  const start = p;
  const end = start + len;
  if (id === 2) { // imports: count function imports (their indices come before the bodies')
    const n = leb();
    const limits = () => { const flags = b[p++]; leb(); if (flags & 1) leb(); };
    const valtype = () => { const t = b[p++]; if (t === 0x63 || t === 0x64) leb(); };
    for (let i = 0; i < n; i++) {
      str(); str();
      const kind = b[p++];
      if (kind === 0) { leb(); importedFuncs++; } else if (kind === 1) { valtype(); limits(); } else if (kind === 2) { limits(); } else if (kind === 3) { valtype(); p++; } else { p++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const sz = leb(); bodies.push(sz); p += sz; }
  } else if (id === 0) {
    const name = str();
    sections['custom:' + name] = len;
    if (name === 'name') {
      while (p < end) {
        const sub = b[p++];
        const sl = leb();
        const se = p + sl;
        if (sub === 1) { const n = leb(); for (let i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); } }
        p = se;
      }
    }
  }
  sections[id] = (sections[id] || 0) + len;
  p = end;
}
const fns = [];
const by = new Map();
let total = 0;
bodies.forEach((sz, i) => {
  const nm = names.get(importedFuncs + i) || '(unnamed)';
  const cls = nm.split('::')[0];
  const parts = cls.split('.');
  const key = parts.slice(0, Math.min(depth, parts.length)).join('.');
  by.set(key, (by.get(key) || 0) + sz);
  fns.push([nm, sz]);
  total += sz;
});
console.log('file ' + b.length + ' bytes; code section bodies ' + total + ' bytes in ' + bodies.length + ' functions');
console.log('sections (bytes): ' + JSON.stringify(sections));
[...by.entries()].sort((x, y) => y[1] - x[1]).slice(0, top)
  .forEach(([k, v]) => console.log((100 * v / total).toFixed(1).padStart(6) + '% ' + String(v).padStart(8) + '  ' + k));
console.log('largest functions:');
fns.sort((x, y) => y[1] - x[1]).slice(0, 10).forEach(([k, v]) => console.log(String(v).padStart(8) + '  ' + k));
