'use strict';
// DevTools CPU profile (CDP Profiler domain) of one workload in headless Chromium, aggregated
// into the top functions by self and by total time. Uses the profiling build with readable names
// (bench/profile/build.sh) unless --kernel /kernel/ is given.
// Usage: node bench/profile/cdp_profile.js --system gradpad-wasm --workload W2 --apis kernel
//        [--top 25] [--out FILE.cpuprofile]
const fs = require('fs');
const server = require('../lib/server');
const { launch } = require('../lib/browser');

function arg(name, dflt) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

function summarize(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const key = (n) => (n.callFrame.functionName || '(anonymous)') + ' ' + (n.callFrame.url || '').replace(/^.*\//, '')
    + (n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : '');
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] !== undefined ? profile.timeDeltas[i + 1] : 0;
    all += dt;
    const leaf = byId.get(id);
    self.set(key(leaf), (self.get(key(leaf)) || 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) || 0) + dt); }
    }
  });
  const show = (m, title) => {
    console.log('\n' + title + ' (of ' + (all / 1000).toFixed(0) + ' ms sampled)');
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v]) =>
      console.log((100 * v / all).toFixed(1).padStart(6) + '%  ' + k));
  };
  show(self, 'self time');
  show(total, 'total time (function on the stack)');
}

async function main() {
  const system = arg('system', 'gradpad-wasm');
  const workload = arg('workload', 'W2');
  const apis = arg('apis', 'kernel');
  const kernel = arg('kernel', '/profile-build/kernel/');
  const srv = await server.start();
  const b = await launch();
  try {
    const page = await b.context.newPage();
    page.on('console', (m) => console.error('[page] ' + m.text()));
    await page.goto(srv.base + '/bench/bench.html?wait=1&reps=' + arg('reps', '5') + '&system=' + system + '&workloads='
      + workload + '&apis=' + apis + '&kernel=' + encodeURIComponent(kernel));
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.benchGo());
    await page.waitForFunction(() => window.benchDone === true, null, { timeout: 30 * 60 * 1000, polling: 500 });
    const { profile } = await cdp.send('Profiler.stop');
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(error);
    if (arg('out')) fs.writeFileSync(arg('out'), JSON.stringify(profile));
    summarize(profile, Number(arg('top', '25')));
  } finally {
    await b.close();
    await srv.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
