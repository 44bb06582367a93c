'use strict';
// Times single kernel statements (a cell running `for _i in range(n): STATEMENT`) in the Wasm GC
// or JS build: one cell to warm V8 up, then the timed cell. Dev only (bench/ops_bench.js).
(function () {
  const backend = new URLSearchParams(location.search).get('backend') || 'wasm';

  async function loadKernel() {
    if (backend === 'wasm') {
      return (await TeaVM.wasmGC.load('/kernel/gradpad.wasm')).exports;
    }
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/kernel/gradpad.js';
      s.onload = resolve;
      s.onerror = () => reject(new Error('gradpad.js did not load'));
      document.head.appendChild(s);
    });
    window.main([]);
    return { start: window.start, run: window.run };
  }

  const kernel = loadKernel();

  window.timeOps = async function (setup, ops, n) {
    const k = await kernel;
    k.start('0');
    const check = (json) => {
      const err = JSON.parse(json).find((o) => o.output_type === 'error');
      if (err) throw new Error(err.ename + ': ' + err.evalue);
    };
    check(k.run(setup));
    const results = [];
    for (const [name, statement] of ops) {
      const cell = 'for _i in range(' + n + '):\n    ' + statement;
      check(k.run(cell)); // V8 tiers the Wasm up in the background: two warm-up cells
      check(k.run(cell));
      const t0 = performance.now();
      check(k.run(cell));
      results.push({ name, statement, ms: (performance.now() - t0) / n });
    }
    document.getElementById('log').textContent = JSON.stringify(results, null, 1);
    return results;
  };
})();
