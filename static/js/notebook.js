/*
 * gradpad notebook UI: wires the cells and buttons of index.html to the kernel.
 * Kernel output and cell text only ever reach the DOM as text nodes (textContent), never as HTML.
 * Test hooks (docs/architecture.md): data-testid attributes, and window.gradpad.{ready, backend, busy}.
 */
(function () {
  'use strict';

  var state = window.gradpad = { ready: false, backend: null, mode: null, busy: false, error: null };
  var params = new URLSearchParams(location.search);
  var statusEl = document.querySelector('[data-testid="kernel-status"]');
  var client = null;
  var queue = [];
  var executionCount = 0;
  var stopping = false;

  function cells() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-testid="cell"]'));
  }

  function part(cell, testid) {
    return cell.querySelector('[data-testid="' + testid + '"]');
  }

  function setStatus(text, kind) {
    statusEl.textContent = text;
    statusEl.setAttribute('data-kind', kind);
  }

  function describeKernel() {
    return (client.backend === 'wasm' ? 'WebAssembly' : 'JavaScript')
      + (client.mode === 'worker' ? ' · worker' : ' · in page');
  }

  function setBusy(busy) {
    state.busy = busy;
    document.body.setAttribute('data-busy', busy ? 'true' : 'false');
    document.querySelector('[data-testid="stop"]').disabled = !busy || !client || !client.canStop;
    if (client) {
      setStatus(busy ? 'Running… (' + describeKernel() + ')' : 'Kernel ready (' + describeKernel() + ')',
        busy ? 'busy' : 'ready');
    }
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
  }

  function outputText(o) {
    if (o.output_type === 'stream') return o.text;
    if (o.output_type === 'execute_result') return (o.data && o.data['text/plain']) || '';
    if (o.output_type === 'error') {
      return o.traceback && o.traceback.length ? o.traceback.join('\n')
        : o.ename + (o.evalue ? ': ' + o.evalue : '');
    }
    return '';
  }

  function render(outputEl, outputs) {
    outputs.forEach(function (o) {
      var last = outputEl.lastChild;
      // Consecutive writes to one stream read as one block, as in Jupyter.
      if (o.output_type === 'stream' && last && last.getAttribute('data-output-type') === 'stream'
          && last.getAttribute('data-stream-name') === o.name) {
        last.appendChild(document.createTextNode(o.text));
        return;
      }
      var pre = document.createElement('pre');
      pre.className = 'output output-' + o.output_type + (o.name ? ' output-' + o.name : '');
      pre.setAttribute('data-output-type', o.output_type);
      if (o.name) pre.setAttribute('data-stream-name', o.name);
      pre.textContent = outputText(o);
      outputEl.appendChild(pre);
    });
  }

  function enqueue(list) {
    if (!client) return;
    list.forEach(function (cell) {
      if (queue.indexOf(cell) < 0) {
        queue.push(cell);
        part(cell, 'cell-prompt').textContent = 'In [*]:';
      }
    });
    if (!state.busy) {
      setBusy(true);
      next();
    }
  }

  function next() {
    var cell = queue.shift();
    if (!cell) {
      setBusy(false);
      return;
    }
    var out = part(cell, 'cell-output');
    clear(out);
    cell.setAttribute('data-state', 'running');
    client.run(part(cell, 'cell-source').value).then(function (outputs) {
      part(cell, 'cell-prompt').textContent = 'In [' + (++executionCount) + ']:';
      render(out, outputs);
      cell.setAttribute('data-state', outputs.some(function (o) { return o.output_type === 'error'; }) ? 'error' : 'done');
      next();
    }, function (e) { // only if the kernel could not be restarted after Stop
      render(out, [{ output_type: 'error', ename: 'InternalError', evalue: String(e), traceback: [] }]);
      cell.setAttribute('data-state', 'error');
      dropQueue();
      setBusy(false);
      fail(e);
    });
  }

  function dropQueue() {
    queue.forEach(function (cell) { part(cell, 'cell-prompt').textContent = 'In [ ]:'; });
    queue = [];
  }

  function restart() {
    if (!client) return;
    dropQueue();
    var run = state.busy && client.canStop ? client.stop() : Promise.resolve();
    setStatus('Restarting…', 'busy');
    run.then(function () { return client.restart(); }).then(function (outputs) {
      executionCount = 0;
      cells().forEach(function (cell) { part(cell, 'cell-prompt').textContent = 'In [ ]:'; });
      reportStartOutputs(outputs);
      setBusy(state.busy);
    });
  }

  function stop() {
    if (!client || !client.canStop || !state.busy || stopping) return;
    stopping = true;
    dropQueue();
    setStatus('Stopping…', 'busy');
    // The running cell's request resolves with a KeyboardInterrupt output; next() then finds
    // the queue empty and clears busy once the fresh worker is up.
    client.stop().then(function () {
      stopping = false;
      executionCount = 0;
      setBusy(state.busy);
    }, function (e) {
      stopping = false;
      fail(e);
    });
  }

  function reportStartOutputs(outputs) {
    if (outputs && outputs.length) {
      setStatus('Kernel started with a problem: ' + outputs.map(outputText).join(' '), 'error');
    }
  }

  function fail(e) {
    state.error = String(e);
    setStatus('The kernel failed to load: ' + e, 'error');
  }

  cells().forEach(function (cell) {
    part(cell, 'run-cell').addEventListener('click', function () { enqueue([cell]); });
    part(cell, 'cell-source').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey)) { // Jupyter's keys
        event.preventDefault();
        enqueue([cell]);
      }
    });
  });
  document.querySelector('[data-testid="run-all"]').addEventListener('click', function () { enqueue(cells()); });
  document.querySelector('[data-testid="restart"]').addEventListener('click', restart);
  document.querySelector('[data-testid="stop"]').addEventListener('click', stop);

  setStatus('Loading kernel…', 'loading');
  GradpadLoader.connect({ seed: params.get('seed') || '', backend: params.get('backend') })
    .then(function (c) {
      client = c;
      state.backend = c.backend;
      state.mode = c.mode;
      c.failures.forEach(function (f) { console.warn('gradpad: fell back from ' + f); });
      setBusy(false);
      reportStartOutputs(c.startOutputs);
      document.body.setAttribute('data-kernel', c.backend);
      state.ready = true;
    }, fail);
})();
