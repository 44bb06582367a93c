'use strict';
/*
 * W1..W3 (docs/benchmarks.md) in the browser, one system per page load:
 *   gradpad-wasm, gradpad-js  the TeaVM builds from web/target/playground/kernel/, through the
 *                             Java API (export bench(workload, n)) and through the kernel
 *                             (run(cell) of the loop cell built from /workloads/W?.step.py)
 *   tfjs-cpu, tfjs-wasm       TensorFlow.js 4.22 (full bundle), cpu and wasm (SIMD, no threads)
 *   js-pytorch                js-pytorch 0.7.2 (no tanh: built from exp)
 * Each measurement: warm up for >= `warm` seconds (default 2) while growing n until one timed
 * run of n iterations lasts >= `target` seconds (performance.now() is coarse here), then REPS
 * timed runs; median per iteration. Results: window.benchResults (one object per measurement), window.benchDone.
 */
(function () {
  const params = new URLSearchParams(location.search);
  const system = params.get('system');
  const workloads = (params.get('workloads') || 'W1,W2,W3').split(',');
  const TARGET = Number(params.get('target') || 0.25);
  const REPS = Number(params.get('reps') || 5);
  const WARM_S = Number(params.get('warm') || 2);
  const KERNEL = params.get('kernel') || '/kernel/'; // bench/profile/ uses a build with names
  const APIS = (params.get('apis') || 'java,kernel').split(',');
  const MAX_ONE_S = 20; // a system whose one iteration takes longer is measured with n = 1, one rep
  window.benchResults = [];
  window.benchDone = false;
  window.benchError = null;

  const logEl = () => document.getElementById('log');
  function log(s) { if (logEl()) logEl().textContent += s + '\n'; console.log(s); }
  const tick = () => new Promise((r) => setTimeout(r, 0));

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('could not load ' + src));
      document.head.appendChild(s);
    });
  }
  async function text(url) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(url + ': ' + r.status);
    return r.text();
  }

  // runN(n) runs n iterations synchronously; returns seconds per iteration (median of REPS).
  async function measure(workload, api, runN) {
    const timed = (n) => { const t0 = performance.now(); runN(n); return (performance.now() - t0) / 1000; };
    // Warm up (V8 tiers Wasm and JS up in the background) for >= WARM_S seconds, growing n
    // until one run of n iterations lasts >= TARGET; then REPS timed runs of that n.
    let n = 1;
    let reps = REPS;
    let spent = 0;
    for (;;) {
      const t = timed(n);
      spent += t;
      await tick();
      if (t > MAX_ONE_S) { reps = 1; break; }
      if (t >= TARGET && spent >= WARM_S) break;
      if (t < TARGET) n = Math.max(n * 2, Math.floor(n * TARGET / Math.max(t, 1e-4) * 1.2));
    }
    const times = [];
    for (let i = 0; i < reps; i++) { times.push(timed(n) / n); await tick(); }
    times.sort((a, b) => a - b);
    const r = { system, api, workload, n, reps, median_s: times[Math.floor(times.length / 2)], min_s: times[0] };
    window.benchResults.push(r);
    log(JSON.stringify(r));
  }

  function loopCell(step, n) {
    return 'for _bench_i in range(' + n + '):\n'
      + step.split('\n').filter((l) => l.length).map((l) => '    ' + l + '\n').join('');
  }

  // ---- gradpad (TeaVM builds) ----
  async function loadGradpad(kind) {
    if (kind === 'js') {
      window.exports = {};
      await loadScript(KERNEL + 'gradpad.js');
      const k = window.exports;
      delete window.exports;
      k.main([]);
      return k;
    }
    await loadScript(KERNEL + 'gradpad.wasm-runtime.js');
    const teavm = await TeaVM.wasmGC.load(KERNEL + 'gradpad.wasm');
    return teavm.exports;
  }
  function checkOutputs(json) {
    const outs = JSON.parse(json);
    for (const o of outs) {
      if (o.output_type === 'error') throw new Error('cell failed: ' + (o.traceback || []).join('\n'));
    }
  }
  async function gradpad(kind) {
    const k = await loadGradpad(kind);
    if (typeof k.bench !== 'function') throw new Error('this build has no bench() export');
    for (const w of workloads) {
      const setUp = k.bench(w, 0);
      if (setUp.startsWith('error')) throw new Error(setUp);
      if (APIS.includes('java')) {
        await measure(w, 'java', (n) => { const r = k.bench(w, n); if (r.startsWith('error')) throw new Error(r); });
        await tick();
      }
      if (!APIS.includes('kernel')) continue;
      checkOutputs(k.start('0'));
      checkOutputs(k.run(await text('/workloads/' + w + '.setup.py')));
      const step = await text('/workloads/' + w + '.step.py');
      await measure(w, 'kernel', (n) => checkOutputs(k.run(loopCell(step, n))));
    }
  }

  // ---- TensorFlow.js ----
  async function tfjs(backend) {
    await loadScript('/node_modules/@tensorflow/tfjs/dist/tf.min.js');
    if (backend === 'wasm') {
      await loadScript('/node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js');
      tf.wasm.setWasmPaths('/node_modules/@tensorflow/tfjs-backend-wasm/dist/');
    }
    if (!(await tf.setBackend(backend))) throw new Error('tf.setBackend(' + backend + ') failed');
    await tf.ready();
    log('tf ' + tf.version.tfjs + ' backend ' + tf.getBackend());
    const lr = 0.01;
    for (const w of workloads) {
      if (w === 'W1') {
        const f = tf.grad((x) => { const y = x.add(2); const z = y.mul(y); return z.mean(); });
        let last = null;
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            if (last) last.dispose();
            last = tf.tidy(() => f(tf.randomNormal([3])));
          }
          last.dataSync();
        });
      } else if (w === 'W2') {
        const x = tf.randomNormal([1000000]);
        const wt = tf.randomNormal([1000000]);
        let grad = tf.zeros([1000000]);
        const f = tf.grad((v) => x.mul(v).add(1).tanh().sum());
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            const next = tf.tidy(() => grad.add(f(wt))); // w.grad accumulates, as in torch
            grad.dispose();
            grad = next;
          }
          grad.dataSync();
        });
        x.dispose(); wt.dispose(); grad.dispose();
      } else if (w === 'W3') {
        const X = tf.randomNormal([256, 64]);
        const Y = tf.randomNormal([256, 10]);
        const W1 = tf.variable(tf.randomNormal([64, 256]).mul(0.1));
        const b1 = tf.variable(tf.zeros([256]));
        const W2 = tf.variable(tf.randomNormal([256, 10]).mul(0.1));
        const b2 = tf.variable(tf.zeros([10]));
        const vars = [W1, b1, W2, b2];
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            tf.tidy(() => {
              const { grads } = tf.variableGrads(() => {
                const h = tf.tanh(X.matMul(W1).add(b1));
                const out = h.matMul(W2).add(b2);
                return out.sub(Y).square().mean();
              }, vars);
              for (const v of vars) v.assign(v.sub(grads[v.name].mul(lr)));
            });
          }
          b2.dataSync();
        });
      }
    }
  }

  // ---- js-pytorch ----
  async function jsPytorch() {
    await loadScript('/node_modules/js-pytorch/dist/js-pytorch-browser.js');
    // The bundle declares a top-level `const torch` (a global binding, not a window property)
    // and assigns exports.torch.
    const T = typeof torch !== 'undefined' ? torch : (window.exports && window.exports.torch); // eslint-disable-line no-undef
    if (!T || typeof T.randn !== 'function') throw new Error('js-pytorch did not define torch');
    const tanh = (a) => { const t = a.mul(2).exp(); return t.sub(1).div(t.add(1)); }; // no tanh in js-pytorch
    const lr = 0.01;
    for (const w of workloads) {
      if (w === 'W1') {
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            const x = T.randn([3], true);
            const y = x.add(2);
            const z = y.mul(y);
            const loss = z.mean();
            loss.backward();
          }
        });
      } else if (w === 'W2') {
        const x = T.randn([1000000]);
        const wt = T.randn([1000000], true);
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            tanh(x.mul(wt).add(1)).sum().backward();
            wt.children = []; // backward() waits for all children: forget this graph's
          }
        });
      } else if (w === 'W3') {
        const X = T.randn([256, 64]);
        const Y = T.randn([256, 10]);
        const params = [T.tensor(T.randn([64, 256]).mul(0.1).data, true), T.zeros([256], true),
          T.tensor(T.randn([256, 10]).mul(0.1).data, true), T.zeros([10], true)];
        const [W1, b1, W2, b2] = params;
        await measure(w, 'js', (n) => {
          for (let i = 0; i < n; i++) {
            const h = tanh(T.matmul(X, W1).add(b1));
            const out = T.matmul(h, W2).add(b2);
            const loss = out.sub(Y).pow(2).mean().mean(); // mean() reduces the last dim only
            loss.backward();
            for (const p of params) { // SGD without recording: fresh arrays, then zero_grad()
              p._data = T.tensor(p.data).add(T.tensor(p.grad).mul(-lr)).data;
              p.zero_grad();
            }
          }
        });
      }
    }
  }

  // Per-op timings (bench/ops_bench.js, with ?wait=1 so no workload runs): each statement in a
  // cell `for _i in range(n): STATEMENT`, timed after two warm-up cells (V8 tiers Wasm up).
  window.timeOps = async function (kind, setup, ops, n) {
    const k = await loadGradpad(kind);
    k.start('0');
    checkOutputs(k.run(setup));
    const results = [];
    for (const [name, statement] of ops) {
      const cell = 'for _i in range(' + n + '):\n    ' + statement;
      checkOutputs(k.run(cell));
      checkOutputs(k.run(cell));
      const t0 = performance.now();
      checkOutputs(k.run(cell));
      results.push({ name, statement, ms: (performance.now() - t0) / n });
    }
    return results;
  };

  async function main() {
    try {
      log('system ' + system + ', ' + navigator.userAgent);
      if (system === 'gradpad-wasm') await gradpad('wasm');
      else if (system === 'gradpad-js') await gradpad('js');
      else if (system === 'tfjs-cpu') await tfjs('cpu');
      else if (system === 'tfjs-wasm') await tfjs('wasm');
      else if (system === 'js-pytorch') await jsPytorch();
      else throw new Error('unknown system ' + system);
    } catch (e) {
      window.benchError = String(e && e.stack || e);
      log('ERROR ' + window.benchError);
    }
    window.benchDone = true;
  }
  // ?wait=1: start when the driver calls window.benchGo() (bench/profile/cdp_profile.js starts
  // the DevTools profiler first).
  if (params.get('wait')) window.benchGo = main; else main();
})();
