'use strict';
// Per-op timings of the browser builds (dev only; docs/benchmarks.md "Single ops"): each statement
// runs in a kernel cell on tensors of 1,000,000 float32 elements, per statement after two warm-up
// cells (window.timeOps of bench/page/bench.js). Usage: node bench/ops_bench.js [--backend wasm|js] [--n 20]
const server = require('./lib/server');
const { launch } = require('./lib/browser');

function arg(name, dflt) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

const SETUP = [
  'import torch',
  'torch.manual_seed(0)',
  'x = torch.randn(1000000)',
  'w = torch.randn(1000000)',
  'p = torch.rand(1000000) + 0.5',
].join('\n');

const OPS = [
  ['mul', 'y = x * w'],
  ['add scalar', 'y = x + 1'],
  ['sum', 'y = x.sum()'],
  ['abs', 'y = x.abs()'],
  ['relu', 'y = x.relu()'],
  ['clamp', 'y = x.clamp(-1, 1)'],
  ['maximum', 'y = torch.maximum(x, w)'],
  ['exp', 'y = x.exp()'],
  ['log', 'y = p.log()'],
  ['sqrt', 'y = p.sqrt()'],
  ['sin', 'y = x.sin()'],
  ['tanh', 'y = x.tanh()'],
  ['sigmoid', 'y = x.sigmoid()'],
  ['softmax', 'y = x.softmax(0)'],
];

async function main() {
  const backend = arg('backend', 'wasm');
  const n = Number(arg('n', '20'));
  const srv = await server.start();
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(srv.base + '/bench/bench.html?wait=1');
    const results = await page.evaluate(([kind, setup, ops, count]) => window.timeOps(kind, setup, ops, count),
      [backend, SETUP, OPS, n]);
    console.log('| op (1,000,000 float32) | statement | ms per op (' + backend + ') |');
    console.log('| --- | --- | ---: |');
    for (const r of results) console.log('| ' + r.name + ' | `' + r.statement + '` | ' + r.ms.toFixed(2) + ' |');
  } finally {
    await b.close();
    await srv.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
