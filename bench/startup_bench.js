'use strict';
// S1 (payload) and S2 (start) for the notebook page, served on localhost by bench/lib/server.js.
//  S1: every file the server sent from navigation until window.gradpad.ready (the first cell can
//      run), with its raw size and its size after `gzip -9`; Wasm path (default) and JS path
//      (?backend=js). The kernel worker's fetches are included (the server sees them all).
//  S2: new tab in a running browser, navigation start -> every cell executed: an init script waits for
//      window.gradpad.ready, clicks [data-testid=run-all], then waits until window.gradpad.busy is
//      false and every [data-testid=cell] has its [data-testid=cell-output] filled (or, for a
//      cell that prints nothing, data-state done/error). Times are performance.now() in the page
//      (origin = navigation start). Responses are Cache-Control: no-store: a first visit.
// Usage: node bench/startup_bench.js [--reps 5] [--site DIR] [--path wasm|js]; prints JSON lines.
const { execFileSync } = require('child_process');
const server = require('./lib/server');
const { launch } = require('./lib/browser');

function arg(name, dflt) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

const gzipSizes = new Map();
function gzip9(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length);
  return gzipSizes.get(file);
}

const WATCH = `(() => {
  const t = { cells: 0 };
  window.__s2 = t;
  const part = (c, id) => c.querySelector('[data-testid="' + id + '"]');
  function poll() {
    const g = window.gradpad;
    if (!g || !g.ready) { setTimeout(poll, 1); return; }
    if (t.ready === undefined) {
      t.ready = performance.now();
      t.backend = g.backend;
      document.querySelector('[data-testid="run-all"]').click();
      t.clicked = performance.now();
      t.busyAfterClick = g.busy;
    }
    const cells = Array.from(document.querySelectorAll('[data-testid="cell"]'));
    const filled = cells.filter((c) => {
      const o = part(c, 'cell-output');
      return (o && o.childNodes.length > 0) || /^(done|error)$/.test(c.getAttribute('data-state') || '');
    });
    if (!g.busy && cells.length > 0 && filled.length === cells.length) {
      t.done = performance.now();
      t.cells = cells.length;
      t.withOutput = cells.filter((c) => part(c, 'cell-output').childNodes.length > 0).length;
      t.errors = cells.filter((c) => c.getAttribute('data-state') === 'error').length;
      return;
    }
    setTimeout(poll, 1);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', poll); else poll();
})();`;

async function visit(context, base, query, log) {
  const page = await context.newPage();
  try {
    await page.addInitScript(WATCH);
    const from = log.length;
    await page.goto(base + '/index.html' + query);
    await page.waitForFunction(() => window.__s2 && window.__s2.done !== undefined, null, { timeout: 120000, polling: 50 });
    const s2 = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return Object.assign({}, window.__s2, { domContentLoaded: nav.domContentLoadedEventEnd });
    });
    // A cell run fetches nothing: every request of this visit is start-up payload.
    return { s2, requests: log.slice(from) };
  } finally {
    await page.close();
  }
}

async function main() {
  const reps = Number(arg('reps', '5'));
  const srv = await server.start({ site: arg('site') });
  try {
    for (const [path, query] of [['wasm', ''], ['js', '?backend=js']].filter(([p]) => !arg('path') || arg('path') === p)) {
      // One browser per path; a first, discarded visit starts Chromium's processes, then each
      // measured visit is a new tab (no-store: everything is downloaded and compiled again).
      const times = [];
      let first = null;
      const b = await launch();
      try {
        await visit(b.context, srv.base, query, srv.log);
        for (let i = 0; i < reps; i++) {
          const v = await visit(b.context, srv.base, query, srv.log);
          if (v.s2.backend !== path) throw new Error('expected backend ' + path + ', page used ' + v.s2.backend);
          if (!first) first = v;
          times.push(v.s2);
        }
      } finally {
        await b.close();
      }
      const files = first.requests.map((r) => ({ path: r.path, status: r.status, bytes: r.bytes,
        gzip9: r.file ? gzip9(r.file) : 0 }));
      console.log(JSON.stringify({ metric: 'S1', path, files,
        bytes: files.reduce((a, f) => a + f.bytes, 0), gzip9: files.reduce((a, f) => a + f.gzip9, 0) }));
      const done = times.map((t) => t.done).sort((a, b) => a - b);
      const ready = times.map((t) => t.ready).sort((a, b) => a - b);
      console.log(JSON.stringify({ metric: 'S2', path, reps, cells: first.s2.cells, withOutput: first.s2.withOutput,
        errors: first.s2.errors, median_ms: done[Math.floor(reps / 2)], min_ms: done[0],
        ready_median_ms: ready[Math.floor(reps / 2)], runs: times }));
    }
  } finally {
    await srv.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
