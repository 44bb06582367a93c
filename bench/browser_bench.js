'use strict';
// W1..W3 in headless Chromium: one fresh browser per system, page bench/page/bench.html.
// Usage: node bench/browser_bench.js [--systems a,b] [--workloads W1,W2] [--target 0.25] [--reps 5]
// Prints one JSON object per line (the same shape as bench/pytorch_bench.py).
const server = require('./lib/server');
const { launch } = require('./lib/browser');

const ALL = ['gradpad-wasm', 'gradpad-js', 'tfjs-wasm', 'tfjs-cpu', 'js-pytorch'];

function arg(name, dflt) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

async function main() {
  const systems = arg('systems', ALL.join(',')).split(',');
  const query = '&workloads=' + arg('workloads', 'W1,W2,W3') + '&target=' + arg('target', '0.25')
    + '&reps=' + arg('reps', '5');
  const srv = await server.start({ site: arg('site') });
  try {
    for (const system of systems) {
      const b = await launch();
      try {
        const page = await b.context.newPage();
        page.on('pageerror', (e) => console.error('[' + system + '] page error: ' + e));
        await page.goto(srv.base + '/bench/bench.html?system=' + system + query);
        if (system === systems[0]) {
          console.log(JSON.stringify({ info: 'chromium', userAgent: await page.evaluate(() => navigator.userAgent) }));
        }
        await page.waitForFunction(() => window.benchDone === true, null, { timeout: 30 * 60 * 1000, polling: 500 });
        const results = await page.evaluate(() => window.benchResults);
        for (const r of results) console.log(JSON.stringify(r));
        const error = await page.evaluate(() => window.benchError);
        if (error) console.log(JSON.stringify({ system, error }));
      } finally {
        await b.close();
      }
    }
  } finally {
    await srv.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
