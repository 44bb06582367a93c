'use strict';
// Reads the result files of one bench/run-all.sh run and prints the figures as Markdown:
// per-workload times with ratios to PyTorch measured in the same run, S1, S2, and the targets.
// Usage: node bench/report.js RESULTS_DIR
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const rows = [];
const info = [];
const startup = [];
for (const f of fs.readdirSync(dir).sort()) {
  const p = path.join(dir, f);
  if (f.endsWith('.jsonl')) {
    for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      const d = JSON.parse(line);
      if (d.metric) startup.push(d);
      else if (d.info) info.push(d);
      else if (d.error) rows.push({ system: d.system, api: '-', workload: '-', error: d.error });
      else rows.push(d);
    }
  } else if (f === 'jmh.json') {
    const scale = { 'ns/op': 1e-9, 'us/op': 1e-6, 'ms/op': 1e-3, 's/op': 1 };
    for (const b of JSON.parse(fs.readFileSync(p, 'utf8'))) {
      const m = b.primaryMetric;
      const workload = /\.(W\d)Benchmark\./.exec(b.benchmark)[1];
      rows.push({ system: 'gradpad-jvm', api: 'java (JMH)', workload, median_s: m.score * scale[m.scoreUnit],
        error_s: m.scoreError * scale[m.scoreUnit] });
    }
  }
}

function fmt(s) {
  if (s === undefined || s === null || Number.isNaN(s)) return 'n/a';
  if (s < 1e-3) return (s * 1e6).toFixed(s < 1e-5 ? 2 : 1) + ' µs';
  if (s < 1) return (s * 1e3).toFixed(s < 1e-2 ? 2 : 1) + ' ms';
  return s.toFixed(2) + ' s';
}
const NAMES = {
  'pytorch': 'PyTorch (CPython, 1 thread)',
  'gradpad-jvm': 'gradpad, JVM',
  'gradpad-wasm': 'gradpad, Wasm GC (Chromium)',
  'gradpad-js': 'gradpad, JS (Chromium)',
  'tfjs-wasm': 'TF.js 4.22 wasm (Chromium)',
  'tfjs-cpu': 'TF.js 4.22 cpu (Chromium)',
  'js-pytorch': 'js-pytorch 0.7.2 (Chromium)',
};
const ORDER = Object.keys(NAMES);
// The machine is shared (other sessions' builds run beside the benchmarks), so the best of the
// timed runs is the figure compared; JMH gives an average only (its min is not in the JSON).
const best = (r) => (r.min_s !== undefined ? r.min_s : r.median_s);
const find = (system, api, w) => rows.find((r) => r.system === system && r.api === api && r.workload === w);
const out = [];
out.push('| workload | system | through | best (min of reps) | median | best / PyTorch best |');
out.push('| --- | --- | --- | ---: | ---: | ---: |');
for (const w of ['W1', 'W2', 'W3']) {
  const ref = find('pytorch', 'python', w);
  const list = rows.filter((r) => r.workload === w)
    .sort((a, b) => ORDER.indexOf(a.system) - ORDER.indexOf(b.system) || a.api.localeCompare(b.api));
  for (const r of list) {
    const ratio = ref && best(r) ? (best(r) / best(ref)).toFixed(2) + 'x' : '';
    out.push('| ' + w + ' | ' + (NAMES[r.system] || r.system) + ' | ' + r.api + ' | ' + fmt(best(r)) + ' | '
      + fmt(r.median_s) + (r.error_s ? ' ± ' + fmt(r.error_s) : '') + ' | ' + ratio + ' |');
  }
}
for (const r of rows.filter((x) => x.error)) out.push('| - | ' + r.system + ' | error | ' + r.error.split('\n')[0] + ' | |');
out.push('');
for (const s of startup.filter((x) => x.metric === 'S1')) {
  out.push('S1 ' + s.path + ' path: ' + (s.gzip9 / 1000).toFixed(1) + ' KB gzip -9 (' + (s.bytes / 1000).toFixed(1)
    + ' KB raw) in ' + s.files.length + ' files: ' + s.files.map((f) => f.path + ' ' + (f.gzip9 / 1000).toFixed(1)).join(', '));
}
for (const s of startup.filter((x) => x.metric === 'S2')) {
  out.push('S2 ' + s.path + ' path: ' + s.median_ms.toFixed(0) + ' ms median (min ' + s.min_ms.toFixed(0) + ', '
    + s.reps + ' visits; kernel ready at ' + s.ready_median_ms.toFixed(0) + ' ms), ' + s.cells + ' cell(s), '
    + s.errors + ' error(s)');
}
out.push('');
const targets = [];
const t = (name, value, ok, detail) => targets.push('| ' + name + ' | ' + value + ' | ' + (ok === null ? 'n/a' : ok ? 'met' : '**not met**') + ' | ' + detail + ' |');
const get = (s, a, w) => { const r = find(s, a, w); return r ? best(r) : NaN; };
const v1k = get('gradpad-wasm', 'kernel', 'W1');
const v1j = get('gradpad-wasm', 'java', 'W1');
t('W1 kernel, Wasm < 9 µs', fmt(v1k), v1k < 9e-6, 'PyTorch ' + fmt(get('pytorch', 'python', 'W1')));
t('W1 Java API, Wasm < 3 µs', fmt(v1j), v1j < 3e-6, 'JVM JMH ' + fmt(get('gradpad-jvm', 'java (JMH)', 'W1')));
const p2 = get('pytorch', 'python', 'W2');
for (const [s, a] of [['gradpad-wasm', 'kernel'], ['gradpad-wasm', 'java'], ['gradpad-jvm', 'java (JMH)']]) {
  const v = get(s, a, 'W2');
  t('W2 within 1.5x PyTorch (' + s + ', ' + a + ')', fmt(v) + ' = ' + (v / p2).toFixed(2) + 'x', v <= 1.5 * p2, 'PyTorch ' + fmt(p2));
}
const tf3 = get('tfjs-wasm', 'js', 'W3');
for (const [s, a] of [['gradpad-wasm', 'kernel'], ['gradpad-wasm', 'java']]) {
  const v = get(s, a, 'W3');
  t('W3 faster than TF.js wasm (' + s + ', ' + a + ')', fmt(v), v < tf3, 'TF.js wasm ' + fmt(tf3));
}
const s1 = startup.find((x) => x.metric === 'S1' && x.path === 'wasm');
if (s1) t('S1 Wasm path ≤ 100 KB gzip', (s1.gzip9 / 1000).toFixed(1) + ' KB', s1.gzip9 <= 100000, 'JS path ' + ((startup.find((x) => x.metric === 'S1' && x.path === 'js') || { gzip9: NaN }).gzip9 / 1000).toFixed(1) + ' KB');
const s2 = startup.find((x) => x.metric === 'S2' && x.path === 'wasm');
if (s2) t('S2 < 300 ms (Wasm path, median of visits)', s2.median_ms.toFixed(0) + ' ms', s2.median_ms < 300, s2.cells + ' cell(s) on the page measured; min ' + s2.min_ms.toFixed(0) + ' ms');
out.push('| target | measured (best) | | reference |');
out.push('| --- | ---: | --- | --- |');
out.push(...targets);
out.push('');
if (fs.existsSync(path.join(dir, 'machine.txt'))) {
  for (const l of fs.readFileSync(path.join(dir, 'machine.txt'), 'utf8').trim().split('\n')) out.push('- ' + l);
}
for (const i of info) out.push("- " + JSON.stringify(i));
console.log(out.join('\n'));
