/*
 * gradpad-embed.js: runnable PyTorch cells in any page.
 *
 *   <script src="path/to/gradpad/gradpad-embed.js" defer></script>
 *
 * turns every <pre data-gradpad> into an editable cell with Run and Reset. With the attribute
 * data-gradpad-auto on the script tag (or GradpadEmbed.init({selector: 'pre > code.language-python'}))
 * other code blocks become cells too. The cells of a page share one kernel and run in page order:
 * running a cell first runs the earlier cells that have not run yet, and says so.
 *
 * - Small and lazy: this file only builds the cells. The loader, the graph renderer and the kernel
 *   build (Wasm GC, or JS where Wasm GC is missing) load on the first Run, from this script's own
 *   folder (js/, kernel/), so the page may live anywhere, also on file://.
 * - Scoped: each cell lives in a shadow root with its own styles; host CSS neither reaches in
 *   (the cell resets inherited properties) nor is changed (nothing is added to the document's
 *   styles). Browsers without attachShadow get unstyled cells in the light DOM.
 * - Safe: cell text and kernel output reach the DOM as text nodes only; graphs are SVG built
 *   with DOM calls (js/graph-svg.js).
 * - Test hooks (DESIGN.md): each cell's host element has data-testid="cell" and data-cell-index;
 *   in its shadow root cell-source, cell-output, run-cell (and reset-cell, stop-cell, cell-status,
 *   cell-note). window.gradpadEmbed.{ready, busy, backend, mode, error}, also as window.gradpad
 *   when the page has no such global. Options: data-seed / data-backend on the script tag,
 *   else the page's ?seed= / ?backend=.
 */
(function () {
  'use strict';

  if (window.GradpadEmbed) return; // included twice

  var GRAPH_MIME = 'application/vnd.gradpad.autograd-graph+json';
  var AUTO_SELECTOR = 'pre > code.language-python';

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="gradpad-embed"]');
    return all[all.length - 1];
  })();
  var base = new URL('.', script.src).href; // the folder that holds js/ and kernel/
  var params = new URLSearchParams(location.search);

  function option(attr, param) {
    var v = script.getAttribute(attr);
    return v !== null ? v : params.get(param);
  }

  var state = { ready: false, busy: false, backend: null, mode: null, error: null, cells: 0 };
  window.gradpadEmbed = state;
  if (!('gradpad' in window)) window.gradpad = state;

  var cells = [];
  var queue = [];
  var client = null;
  var connecting = null;
  var executionCount = 0;
  var sheet = null;

  var CSS = [
    ':host{display:block;margin:1em 0}',
    '.cell{all:initial;display:block;box-sizing:border-box;text-align:left;color:#1f2328;background:#fff;',
    'border:1px solid #d0d7de;border-radius:6px;overflow:hidden;',
    'font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}',
    '.cell *{box-sizing:border-box}',
    '.bar{display:flex;align-items:center;gap:8px;padding:4px 8px;background:#f6f8fa;border-bottom:1px solid #d0d7de}',
    '.count{font:12px/1 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;color:#656d76;min-width:3.5em}',
    '.brand{font-size:12px;color:#656d76}.brand b{color:#c4361b;font-weight:600}',
    '.status{margin-left:auto;font-size:12px;color:#656d76}',
    'button{font:inherit;font-size:13px;line-height:1.2;padding:3px 10px;border:1px solid #d0d7de;border-radius:4px;',
    'background:#fff;color:inherit;cursor:pointer}',
    'button:hover{border-color:#8c959f}button:focus-visible{outline:2px solid #0969da;outline-offset:1px}',
    'button.run{background:#d03b1f;border-color:#d03b1f;color:#fff}',
    'button[hidden]{display:none}',
    'textarea{display:block;width:100%;margin:0;padding:8px 10px;border:0;resize:vertical;background:transparent;',
    'color:inherit;font:13px/1.45 ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;',
    'white-space:pre;overflow-wrap:normal;overflow:auto;tab-size:4}',
    'textarea:focus{outline:2px solid #0969da;outline-offset:-2px}',
    '.outputs{border-top:1px solid #d0d7de;padding:6px 10px}.outputs:empty{display:none}',
    'pre{margin:0;font:13px/1.45 ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;',
    'white-space:pre;overflow-x:auto;color:inherit}',
    'pre.output-error,pre.output-stderr{color:#a40e26;background:#fff0ee;padding:2px 4px}',
    '.note{font-size:12px;font-style:italic;color:#656d76;margin:0 0 4px}',
    '.graph{margin:4px 0;overflow-x:auto;color:#1f2328}.graph svg{max-width:100%;height:auto}',
    'button.toggle{font-size:12px;padding:1px 8px;margin:4px 0}',
    '@media (prefers-color-scheme:dark){',
    '.cell{color:#e6edf3;background:#0d1117;border-color:#30363d}',
    '.bar{background:#161b22;border-color:#30363d}.outputs{border-color:#30363d}',
    '.count,.brand,.status,.note{color:#8d96a0}',
    'button{background:#21262d;border-color:#30363d}.brand b{color:#ee4c2c}',
    'pre.output-error,pre.output-stderr{color:#ffa198;background:#3c1618}',
    '.graph{color:#e6edf3}}'
  ].join('');

  /* ---- small helpers ---- */

  function h(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    }
    if (text != null) e.textContent = text;
    return e;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('could not load ' + url)); };
      document.head.appendChild(s);
    });
  }

  // Code as authors indent it inside HTML: drop blank edge lines and the common indentation.
  function dedent(text) {
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    while (lines.length && !lines[0].trim()) lines.shift();
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
    var indent = null;
    lines.forEach(function (l) {
      if (!l.trim()) return;
      var n = l.match(/^[ \t]*/)[0].length;
      indent = indent === null ? n : Math.min(indent, n);
    });
    return lines.map(function (l) { return l.slice(indent || 0).replace(/\s+$/, ''); }).join('\n');
  }

  function cellNumbers(list) {
    var n = list.map(function (c) { return c.index + 1; });
    var consecutive = n.every(function (v, i) { return i === 0 || v === n[i - 1] + 1; });
    if (n.length === 1) return 'cell ' + n[0];
    if (consecutive) return 'cells ' + n[0] + '\u2013' + n[n.length - 1];
    return 'cells ' + n.slice(0, -1).join(', ') + ' and ' + n[n.length - 1];
  }

  /* ---- the kernel: loaded on the first Run ---- */

  function kernel() {
    if (!connecting) {
      var parts = [];
      if (typeof GradpadGraph === 'undefined') parts.push(loadScript(base + 'js/graph-svg.js'));
      if (typeof GradpadLoader === 'undefined') parts.push(loadScript(base + 'js/loader.js'));
      connecting = Promise.all(parts).then(function () {
        return GradpadLoader.connect({ seed: option('data-seed', 'seed') || '',
          backend: option('data-backend', 'backend'), base: base });
      }).then(function (c) {
        client = c;
        state.backend = c.backend;
        state.mode = c.mode;
        state.error = null;
        state.ready = true;
        c.failures.forEach(function (f) { console.warn('gradpad: fell back from ' + f); });
        return c;
      }, function (e) {
        connecting = null; // the next Run tries again
        state.error = String(e);
        throw e;
      });
    }
    return connecting;
  }

  /* ---- output ---- */

  function outputText(o) {
    if (o.output_type === 'stream') return o.text;
    if (o.output_type === 'execute_result' || o.output_type === 'display_data') {
      return (o.data && o.data['text/plain']) || '';
    }
    if (o.output_type === 'error') {
      return o.traceback && o.traceback.length ? o.traceback.join('\n')
        : o.ename + (o.evalue ? ': ' + o.evalue : '');
    }
    return '';
  }

  function graphOf(o) {
    return o.data && o.data[GRAPH_MIME] && typeof GradpadGraph !== 'undefined' ? o.data[GRAPH_MIME] : null;
  }

  function graphBox(graph) {
    var box = h('div', { 'class': 'graph', 'data-testid': 'cell-graph' });
    try {
      box.appendChild(GradpadGraph.render(graph));
    } catch (e) {
      box.appendChild(h('pre', { 'class': 'output-error' }, 'could not draw the graph: ' + e));
    }
    return box;
  }

  function render(out, outputs) {
    outputs.forEach(function (o) {
      var last = out.lastChild;
      // Consecutive writes to one stream read as one block, as in Jupyter.
      if (o.output_type === 'stream' && last && last.getAttribute('data-output-type') === 'stream'
          && last.getAttribute('data-stream-name') === o.name) {
        last.appendChild(document.createTextNode(o.text));
        return;
      }
      var graph = graphOf(o);
      if (o.output_type === 'display_data' && graph) {
        out.appendChild(graphBox(graph));
        return;
      }
      var pre = h('pre', { 'class': 'output output-' + o.output_type + (o.name ? ' output-' + o.name : ''),
        'data-output-type': o.output_type }, outputText(o));
      if (o.name) pre.setAttribute('data-stream-name', o.name);
      out.appendChild(pre);
      if (graph) { // a tensor with a grad_fn: its graph on request
        var toggle = h('button', { type: 'button', 'class': 'toggle', 'data-testid': 'graph-toggle',
          'aria-expanded': 'false' }, 'Show graph');
        var box = null;
        toggle.addEventListener('click', function () {
          if (!box) { // drawn on first request
            box = graphBox(graph);
            box.hidden = true;
            out.insertBefore(box, toggle.nextSibling);
          }
          var open = box.hidden;
          box.hidden = !open;
          toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
          toggle.textContent = open ? 'Hide graph' : 'Show graph';
        });
        out.appendChild(toggle);
      }
    });
  }

  /* ---- cells ---- */

  function setStatus(cell, text) {
    cell.status.textContent = text;
  }

  function note(cell, text) {
    cell.output.appendChild(h('p', { 'class': 'note', 'data-testid': 'cell-note' }, text));
  }

  function setBusy(busy) {
    state.busy = busy;
    cells.forEach(function (c) {
      c.stop.hidden = !(busy && c.running && client && client.canStop);
    });
  }

  function makeCell(pre) {
    var code = pre.querySelector('code');
    var source = dedent((pre.hasAttribute('data-gradpad') || !code ? pre : code).textContent);
    var host = document.createElement('gradpad-cell');
    host.setAttribute('data-testid', 'cell');
    var root = host;
    if (typeof host.attachShadow === 'function') {
      try {
        root = host.attachShadow({ mode: 'open' });
      } catch (e) {
        root = host;
      }
    }
    if (root !== host) adoptStyles(root);
    var box = h('div', { 'class': 'cell' });
    var bar = h('div', { 'class': 'bar' });
    var count = h('span', { 'class': 'count', 'data-testid': 'cell-prompt' }, '[ ]');
    var brand = h('span', { 'class': 'brand' });
    brand.appendChild(h('b', null, 'gradpad'));
    brand.appendChild(document.createTextNode(' \u00b7 PyTorch in your browser'));
    var status = h('span', { 'class': 'status', 'data-testid': 'cell-status', role: 'status' });
    var run = h('button', { type: 'button', 'class': 'run', 'data-testid': 'run-cell',
      title: 'Run this cell (Shift+Enter); earlier cells that have not run yet run first' }, '\u25b6 Run');
    var stop = h('button', { type: 'button', 'data-testid': 'stop-cell', hidden: '',
      title: 'Stop the running cell (restarts the kernel: all variables are lost)' }, 'Stop');
    var reset = h('button', { type: 'button', 'data-testid': 'reset-cell',
      title: 'Put back the original code and clear the output' }, 'Reset');
    var area = h('textarea', { 'class': 'source', 'data-testid': 'cell-source', spellcheck: 'false',
      autocapitalize: 'off', autocomplete: 'off', wrap: 'off' });
    area.value = source;
    var output = h('div', { 'class': 'outputs', 'data-testid': 'cell-output', 'aria-live': 'polite' });
    [count, brand, status, run, stop, reset].forEach(function (e) { bar.appendChild(e); });
    box.appendChild(bar);
    box.appendChild(area);
    box.appendChild(output);
    root.appendChild(box);

    var cell = { host: host, source: area, output: output, status: status, count: count, stop: stop,
      original: source, index: -1, ran: false, queued: false, running: false };
    function fit() {
      area.rows = Math.max(1, Math.min(30, area.value.split('\n').length));
    }
    fit();
    area.addEventListener('input', fit);
    area.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey)) { // Jupyter's keys
        event.preventDefault();
        runCell(cell);
      }
    });
    run.addEventListener('click', function () { runCell(cell); });
    stop.addEventListener('click', stopKernel);
    reset.addEventListener('click', function () {
      area.value = cell.original;
      fit();
      if (!cell.queued) {
        clear(output);
        setStatus(cell, '');
      }
    });
    pre.parentNode.replaceChild(host, pre);
    return cell;
  }

  function adoptStyles(root) {
    try {
      if (!sheet && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
          && 'adoptedStyleSheets' in root) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      if (sheet) {
        root.adoptedStyleSheets = [sheet];
        return;
      }
    } catch (e) {
      sheet = null;
    }
    root.appendChild(h('style', null, CSS));
  }

  function renumber() {
    cells.sort(function (a, b) {
      return a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    cells.forEach(function (c, i) {
      c.index = i;
      c.host.setAttribute('data-cell-index', String(i));
      c.source.setAttribute('aria-label', 'Code cell ' + (i + 1));
    });
    state.cells = cells.length;
  }

  /* ---- running: one queue of tasks, one at a time ---- */

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
    task().then(pump, function (e) {
      console.error('gradpad:', e);
      pump();
    });
  }

  function runCell(cell) {
    if (cell.queued) return;
    var earlier = cells.slice(0, cell.index).filter(function (c) { return !c.ran && !c.queued; });
    var batch = { failed: null };
    earlier.forEach(function (c) { enqueue(c, batch, null); });
    enqueue(cell, batch, earlier.length ? 'Ran ' + cellNumbers(earlier)
      + ' first: cells share one kernel and run in page order.' : null);
  }

  function enqueue(cell, batch, why) {
    cell.queued = true;
    cell.count.textContent = '[*]';
    setStatus(cell, 'Queued');
    schedule(function () {
      if (!cell.queued) return Promise.resolve(); // dropped by Stop
      clear(cell.output);
      if (batch.failed !== null) {
        cell.queued = false;
        cell.count.textContent = '[ ]';
        setStatus(cell, '');
        note(cell, 'Not run: cell ' + (batch.failed + 1) + ' above raised an error. Run this cell again to run it anyway.');
        return Promise.resolve();
      }
      if (why) note(cell, why);
      cell.running = true;
      cell.host.setAttribute('data-state', 'running');
      setStatus(cell, client ? 'Running\u2026' : 'Loading the kernel\u2026');
      return kernel().then(function (c) {
        setStatus(cell, 'Running\u2026');
        setBusy(true);
        var problems = c.startOutputs || [];
        c.startOutputs = [];
        if (problems.length) note(cell, 'The kernel started with a problem: ' + problems.map(outputText).join('\n'));
        return c.run(cell.source.value);
      }).then(function (outputs) {
        cell.running = false;
        cell.queued = false;
        if (outputs.interrupted) {
          cell.count.textContent = '[ ]';
        } else {
          cell.ran = true;
          cell.count.textContent = '[' + (++executionCount) + ']';
        }
        render(cell.output, outputs);
        var failed = outputs.some(function (o) { return o.output_type === 'error'; });
        if (failed) batch.failed = cell.index;
        setStatus(cell, failed ? 'Error' : '');
        cell.host.setAttribute('data-state', failed ? 'error' : 'done');
      }, function (e) {
        cell.running = false;
        cell.queued = false;
        cell.count.textContent = '[ ]';
        batch.failed = cell.index;
        setStatus(cell, 'Error');
        cell.output.appendChild(h('pre', { 'class': 'output output-error', 'data-output-type': 'error' },
          'gradpad could not load its kernel: ' + e));
      });
    });
  }

  // A running cell cannot be interrupted inside the kernel: the loader replaces the worker,
  // so every variable is gone and every cell counts as not run.
  function stopKernel() {
    if (!client || !client.canStop || !state.busy) return;
    queue = [];
    cells.forEach(function (c) {
      if (c.queued && !c.running) {
        c.queued = false;
        c.count.textContent = '[ ]';
        setStatus(c, '');
      }
    });
    client.stop().then(function (r) {
      if (r && r.restarted === false) return; // KeyboardInterrupt inside the kernel: state kept
      cells.forEach(function (c) { c.ran = false; });
      executionCount = 0;
    }, function (e) { state.error = String(e); });
  }

  /* ---- set-up ---- */

  function init(options) {
    var selector = 'pre[data-gradpad]';
    if (options && options.selector) selector += ', ' + options.selector;
    var found = document.querySelectorAll(selector);
    for (var i = 0; i < found.length; i++) {
      var pre = found[i].tagName === 'PRE' ? found[i] : found[i].parentNode;
      if (!pre || pre.tagName !== 'PRE' || !pre.parentNode || pre.getAttribute('data-gradpad') === 'off') continue;
      cells.push(makeCell(pre));
    }
    renumber();
    return cells.length;
  }

  function whenParsed(f) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', f);
    } else {
      f();
    }
  }

  var auto = script.getAttribute('data-gradpad-auto');
  whenParsed(function () {
    init({ selector: auto === null ? null : auto || AUTO_SELECTOR });
  });

  window.GradpadEmbed = {
    init: function (options) {
      whenParsed(function () { init(options || { selector: AUTO_SELECTOR }); });
    },
    run: function (index) {
      if (cells[index]) runCell(cells[index]);
    }
  };
})();
