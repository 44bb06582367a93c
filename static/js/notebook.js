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

  /*
   * One queue of kernel tasks (cell runs and restarts), run one at a time; busy is true from
   * the first queued task until the queue is empty.
   */
  function schedule(task) {
    queue.push(task);
    if (!state.busy) {
      setBusy(true);
      pump();
    }
  }

  function pump() {
    var task = queue.shift();
    if (!task) {
      setBusy(false);
      return;
    }
    task.start().then(pump, function (e) { // only if the kernel could not be restarted after Stop
      dropQueue();
      setBusy(false);
      fail(e);
    });
  }

  function runTask(cell) {
    return {
      cell: cell,
      start: function () {
        var out = part(cell, 'cell-output');
        clear(out);
        cell.setAttribute('data-state', 'running');
        return client.run(part(cell, 'cell-source').value).then(function (outputs) {
          part(cell, 'cell-prompt').textContent = outputs.interrupted ? 'In [ ]:' : 'In [' + (++executionCount) + ']:';
          render(out, outputs);
          var failed = outputs.some(function (o) { return o.output_type === 'error'; });
          cell.setAttribute('data-state', failed ? 'error' : 'done');
        });
      }
    };
  }

  function runCells(list) {
    if (!client) return;
    list.forEach(function (cell) {
      part(cell, 'cell-prompt').textContent = 'In [*]:';
      schedule(runTask(cell));
    });
  }

  // Pending runs are dropped, as Jupyter drops them on an interrupt or restart.
  function dropQueue() {
    queue.forEach(function (task) {
      if (task.cell) part(task.cell, 'cell-prompt').textContent = 'In [ ]:';
    });
    queue = [];
  }

  function resetPrompts() {
    executionCount = 0;
    cells().forEach(function (cell) {
      part(cell, 'cell-prompt').textContent = 'In [ ]:';
    });
  }

  function restart() {
    if (!client) return;
    dropQueue();
    // A running cell is interrupted first where the kernel allows it; else the restart waits.
    if (state.busy && client.canStop) client.stop();
    schedule({
      start: function () {
        setStatus('Restarting…', 'busy');
        return client.restart().then(function (outputs) {
          resetPrompts();
          reportStartOutputs(outputs);
        });
      }
    });
  }

  // A running cell cannot be interrupted inside the kernel: the worker is replaced, so the
  // variables are gone. The cell's run resolves with a KeyboardInterrupt output.
  function stop() {
    if (!client || !client.canStop || !state.busy) return;
    dropQueue();
    setStatus('Stopping…', 'busy');
    resetPrompts(); // the new kernel counts from 1 again
    client.stop().then(null, fail);
  }

  // A kernel that started with a problem (e.g. a bad ?seed=) says so until the next restart.
  function reportStartOutputs(outputs) {
    var notice = document.querySelector('[data-testid="kernel-notice"]');
    var problem = outputs && outputs.length ? outputs.map(outputText).join('\n') : '';
    notice.textContent = problem ? 'The kernel started with a problem: ' + problem : '';
    notice.hidden = !problem;
  }

  function fail(e) {
    state.error = String(e);
    setStatus('The kernel failed to load: ' + e, 'error');
  }

  cells().forEach(function (cell) {
    part(cell, 'run-cell').addEventListener('click', function () { runCells([cell]); });
    part(cell, 'cell-source').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey)) { // Jupyter's keys
        event.preventDefault();
        runCells([cell]);
      }
    });
  });
  document.querySelector('[data-testid="run-all"]').addEventListener('click', function () { runCells(cells()); });
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
