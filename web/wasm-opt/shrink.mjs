// Build step (web/pom.xml): shrinks TeaVM's Wasm GC module with Binaryen. Usage: node shrink.mjs FILE.wasm
//
// Binaryen's general passes take 608 KB to 494 KB (256 to 216 KB gzip); about 10 KB of that comes
// from closed-world mode (whole-program type and reachability analysis), which assumes
// JavaScript never calls a function reference the module hands out. TeaVM does hand
// some out: the entry points and JSO callbacks go to imports such as teavmJso.defineFunction, and
// JavaScript calls them. Those functions are exported first (under gradpad.keep.N), which tells
// Binaryen they are reachable from outside; TeaVM's runtime ignores function exports.
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node shrink.mjs FILE.wasm');
  process.exit(2);
}

// Exactly the features TeaVM 0.16 emits, so the output uses nothing a browser running the
// unoptimised module would lack.
const F = binaryen.Features;
const FEATURES = F.MutableGlobals | F.NontrappingFPToInt | F.SignExt | F.BulkMemory | F.BulkMemoryOpt
  | F.ExceptionHandling | F.ReferenceTypes | F.GC;

const before = readFileSync(file);
const module = binaryen.readBinary(before, FEATURES);
if (!module.validate()) {
  throw new Error(file + ': not valid before optimisation');
}

const wat = module.emitText();
if (wat.includes('(export "gradpad.keep.')) {
  console.log(`wasm-opt: ${file}: already optimised (TeaVM did not rebuild it)`);
  process.exit(0);
}

// Imports that take a funcref, then every ref.func passed directly in a call to one of them.
const callbackImports = new Set();
for (const m of wat.matchAll(/^ \(import "[^"]*" "[^"]*" \(func (\$\S+)(.*)$/gm)) {
  const params = m[2].match(/\(param ([^)]*)\)/);
  if (params && /\bfuncref\b/.test(params[1])) callbackImports.add(m[1]);
}
const kept = new Set();
for (const m of wat.matchAll(/\(call (\$\S+)/g)) {
  if (!callbackImports.has(m[1])) continue;
  for (const ref of operandsOf(wat, m.index).matchAll(/\(ref\.func (\$\S+?)\)/g)) kept.add(ref[1]);
}
if (kept.size === 0) {
  throw new Error(file + ': found no callbacks handed to JavaScript; TeaVM\'s imports changed?');
}
let n = 0;
for (const name of kept) module.addFunctionExport(name.slice(1), 'gradpad.keep.' + n++);

binaryen.setClosedWorld(true);
// -O3 with shrink level 1: measured here (docs/benchmarks.md) as small as -Oz to within 0.1 KB
// gzip, where -Oz and -O2 cost W2 about 30% of its speed.
binaryen.setOptimizeLevel(3);
binaryen.setShrinkLevel(1);
module.optimize();
module.runPasses(['gufa', 'type-merging', 'abstract-type-refining', 'remove-unused-types']);
module.optimize();
if (!module.validate()) {
  throw new Error(file + ': not valid after optimisation');
}
const after = module.emitBinary();
writeFileSync(file, after);
console.log(`wasm-opt: ${file}: ${before.length} -> ${after.length} bytes (${kept.size} callbacks kept)`);

/** The text of the call expression that opens at index start (balanced parentheses). */
function operandsOf(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error('unbalanced call at ' + start);
}
