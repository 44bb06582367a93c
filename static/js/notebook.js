/*
 * gradpad notebook UI: the cells, the toolbar and the kernel queue.
 * Where a notebook comes from: a share link in the URL fragment (#nbz=...), else the autosave in
 * localStorage, else the shipped notebook (notebooks/autograd.ipynb.js). Edits save themselves:
 * to localStorage, or, for a shared notebook, into the page's own link.
 * Cell text, kernel output, markdown, share links and imported files reach the DOM only as text
 * nodes (textContent) or through GradpadMarkdown's DOM builder: never as HTML.
 * Test hooks (docs/architecture.md): data-testid attributes, data-cell-index, and
 * window.gradpad.{ready, backend, busy}.
 */
(function () {
  'use strict';

  var state = window.gradpad = {
    ready: false, backend: null, mode: null, busy: false, error: null, shared: false,
    timing: { readyAt: null }
  };
  var STORE_KEY = 'gradpad.notebook';

  function $(testid) {
    return document.querySelector('[data-testid="' + testid + '"]');
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function button(label, title, testid, onClick) {
    var b = el('button', null, label);
    b.type = 'button';
    b.title = title;
    b.setAttribute('aria-label', title);
    if (testid) b.setAttribute('data-testid', testid);
    b.addEventListener('click', onClick);
    return b;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  var notebookEl = $('notebook');
  var statusEl = $('kernel-status');
  var cells = [];
  var metadata = {};
  var selected = null;

  /* ---------------- cells ---------------- */

  function makeCell(data) {
    var cell = {
      type: data.type === 'markdown' ? 'markdown' : 'code',
      outputs: data.outputs || [],
      count: null,
      id: data.id || null,
      metadata: data.metadata || {},
      stale: !!(data.outputs && data.outputs.length), // outputs from an earlier kernel
      editing: false,
      removed: false
    };
    var section = cell.el = el('section', 'cell cell-' + cell.type);
    section.setAttribute('data-testid', 'cell');
    section.setAttribute('data-cell-type', cell.type);
    section.tabIndex = -1;
    var gutter = el('div', 'gutter');
    var body = el('div', 'cell-body');
    section.appendChild(gutter);
    section.appendChild(body);

    cell.editor = GradpadEditor.create({
      value: data.source || '',
      language: cell.type === 'code' ? 'python' : 'markdown',
      onKey: function (event) { return cellKey(cell, event); },
      onChange: scheduleSave,
      onFocus: function () { select(cell); }
    });
    cell.runButton = button('\u25B6\uFE0E', cell.type === 'code' ? 'Run this cell (Shift+Enter)' : 'Show the formatted text (Shift+Enter)',
      'run-cell', function () { runCells([cell]); });
    cell.runButton.className = 'run';

    if (cell.type === 'code') {
      cell.prompt = el('div', 'prompt', 'In [ ]:');
      cell.prompt.setAttribute('data-testid', 'cell-prompt');
      gutter.appendChild(cell.runButton);
      gutter.appendChild(cell.prompt);
      body.appendChild(cell.editor.el);
      cell.output = el('div', 'cell-output');
      cell.output.setAttribute('data-testid', 'cell-output');
      cell.output.setAttribute('aria-live', 'polite');
      body.appendChild(cell.output);
      renderOutputs(cell);
    } else {
      gutter.appendChild(cell.runButton);
      body.appendChild(cell.editor.el);
      cell.rendered = el('div', 'markdown-view');
      cell.rendered.setAttribute('data-testid', 'cell-rendered');
      cell.rendered.title = 'Double-click to edit';
      cell.rendered.addEventListener('dblclick', function () { editMarkdown(cell, true); });
      body.appendChild(cell.rendered);
      // Every cell has an output area (the testing contract); a text cell's stays empty.
      cell.output = el('div', 'cell-output');
      cell.output.setAttribute('data-testid', 'cell-output');
      body.appendChild(cell.output);
      renderMarkdown(cell);
    }
    body.appendChild(cellTools(cell));
    section.addEventListener('focusin', function () { select(cell); });
    section.addEventListener('mousedown', function () { select(cell); });
    section.addEventListener('keydown', function (event) {
      if (event.target === section && cellKey(cell, event)) event.preventDefault();
    });
    return cell;
  }

  function cellTools(cell) {
    var tools = el('div', 'cell-tools');
    tools.appendChild(button('\u2191', 'Move this cell up', 'move-up', function () { move(cell, -1); }));
    tools.appendChild(button('\u2193', 'Move this cell down', 'move-down', function () { move(cell, 1); }));
    tools.appendChild(button('+ Code', 'Insert a code cell below', 'insert-code', function () { insert(cell, 'code'); }));
    tools.appendChild(button('+ Text', 'Insert a text cell below', 'insert-text', function () { insert(cell, 'markdown'); }));
    tools.appendChild(button('\u2715', 'Delete this cell', 'delete-cell', function () { remove(cell); }));
    return tools;
  }

  function source(cell) {
    return cell.editor.value();
  }

  function reindex() {
    cells.forEach(function (cell, i) {
      cell.el.setAttribute('data-cell-index', String(i));
      cell.editor.textarea.setAttribute('aria-label', 'Cell ' + (i + 1) + (cell.type === 'code' ? ' code' : ' text'));
    });
  }

  function select(cell) {
    if (selected === cell) return;
    if (selected) selected.el.classList.remove('selected');
    selected = cell;
    if (cell) cell.el.classList.add('selected');
  }

  function focusCell(cell, edit) {
    select(cell);
    if (!edit) cell.el.focus();
    else if (cell.type === 'markdown') editMarkdown(cell, true);
    else cell.editor.focus();
  }

  function renderMarkdown(cell) {
    clear(cell.rendered);
    var text = source(cell);
    cell.rendered.appendChild(GradpadMarkdown.render(text));
    cell.el.classList.toggle('empty', !/\S/.test(text));
    cell.el.setAttribute('data-state', 'done'); // a text cell's "run" is its rendering
  }

  function editMarkdown(cell, on) {
    cell.editing = on;
    cell.el.classList.toggle('editing', on);
    if (on) {
      cell.el.removeAttribute('data-state');
      cell.editor.refresh();
      cell.editor.focus();
    } else {
      renderMarkdown(cell);
    }
  }

  function setCells(list) {
    dropQueue();
    cells.forEach(function (c) { c.removed = true; });
    clear(notebookEl);
    selected = null;
    cells = list.map(makeCell);
    cells.forEach(function (c) { notebookEl.appendChild(c.el); });
    reindex();
  }

  function insert(after, type) {
    var cell = makeCell({ type: type, source: '' });
    var index = after ? cells.indexOf(after) + 1 : cells.length;
    cells.splice(index, 0, cell);
    notebookEl.insertBefore(cell.el, cells[index + 1] ? cells[index + 1].el : null);
    reindex();
    if (type === 'markdown') editMarkdown(cell, true);
    focusCell(cell, true);
    scheduleSave();
    return cell;
  }

  function move(cell, delta) {
    var i = cells.indexOf(cell);
    var j = i + delta;
    if (i < 0 || j < 0 || j >= cells.length) return;
    cells.splice(i, 1);
    cells.splice(j, 0, cell);
    notebookEl.insertBefore(cell.el, cells[j + 1] ? cells[j + 1].el : null);
    reindex();
    cell.el.focus();
    scheduleSave();
  }

  var undoDelete = null;

  function remove(cell) {
    var i = cells.indexOf(cell);
    if (i < 0) return;
    cells.splice(i, 1);
    notebookEl.removeChild(cell.el);
    cell.removed = true; // a queued run of it is skipped
    reindex();
    scheduleSave();
    undoDelete = { cell: cell, index: i };
    toast('Cell deleted.', 'Undo', function () {
      if (!undoDelete) return;
      var u = undoDelete;
      undoDelete = null;
      var index = Math.min(u.index, cells.length);
      u.cell.removed = false;
      cells.splice(index, 0, u.cell);
      notebookEl.insertBefore(u.cell.el, cells[index + 1] ? cells[index + 1].el : null);
      reindex();
      focusCell(u.cell, false);
      scheduleSave();
    });
    var next = cells[Math.min(i, cells.length - 1)];
    if (next) focusCell(next, false);
  }

  /* ---------------- keys ---------------- */

  // Jupyter's keys; returns true when it handled the event.
  function cellKey(cell, event) {
    var enter = event.key === 'Enter';
    var mod = event.ctrlKey || event.metaKey;
    var i = cells.indexOf(cell);
    if (enter && event.shiftKey && !mod && !event.altKey) { // run, then the next cell
      runCells([cell]);
      var next = cells[i + 1] || insert(cell, 'code');
      focusCell(next, next.type === 'code');
      return true;
    }
    if (enter && mod && !event.shiftKey && !event.altKey) { // run in place
      runCells([cell]);
      if (cell.type === 'markdown') cell.el.focus();
      return true;
    }
    if (enter && event.altKey && !mod && !event.shiftKey) { // run, insert a cell below
      runCells([cell]);
      insert(cell, 'code');
      return true;
    }
    if ((event.key === 's' || event.key === 'S') && mod && !event.altKey) {
      saveNow();
      setStatus('Saved.', 'ready');
      setTimeout(showKernelStatus, 1200);
      return true;
    }
    if (event.target === cell.el) { // the cell itself has focus, not its editor
      if (enter && !mod && !event.altKey) {
        focusCell(cell, true);
        return true;
      }
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !mod && !event.altKey && !event.shiftKey) {
        var other = cells[i + (event.key === 'ArrowDown' ? 1 : -1)];
        if (other) other.el.focus();
        return true;
      }
      return false;
    }
    if (event.key === 'Escape') { // leave the editor for the cell (Tab moves on from there)
      if (cell.type === 'markdown') editMarkdown(cell, false);
      cell.el.focus();
      return true;
    }
    return false;
  }

  /* ---------------- outputs ---------------- */

  function renderOutputs(cell) {
    var out = cell.output;
    clear(out);
    cell.el.classList.toggle('stale', cell.stale);
    cell.outputs.forEach(function (o) {
      var last = out.lastChild;
      // Consecutive writes to one stream read as one block, as in Jupyter.
      if (o.output_type === 'stream' && last && last.getAttribute('data-stream-name') === o.name) {
        last.appendChild(document.createTextNode(o.text));
        return;
      }
      var pre = el('pre', 'output output-' + o.output_type + (o.name ? ' output-' + o.name : ''));
      pre.setAttribute('data-output-type', o.output_type);
      if (o.output_type === 'stream') {
        pre.setAttribute('data-stream-name', o.name);
        pre.textContent = o.text;
      } else if (o.output_type === 'execute_result' || o.output_type === 'display_data') {
        var graph = window.GradpadGraph && o.data && o.data[GradpadGraph.MIME];
        var result = el('div', 'output-result'); // carries the Out[n]: prompt (CSS, not text)
        if (cell.count != null && o.output_type === 'execute_result') result.setAttribute('data-prompt', 'Out[' + cell.count + ']:');
        if (graph && o.output_type === 'display_data') {
          // gradpad.draw(t): the drawing is the output.
          result.appendChild(graphBox(graph));
        } else {
          pre.textContent = (o.data && o.data['text/plain']) || '';
          result.appendChild(pre);
          if (graph) result.appendChild(graphToggle(graph));
        }
        out.appendChild(result);
        return;
      } else if (o.output_type === 'error') {
        var lines = o.traceback && o.traceback.length ? o.traceback
          : [o.ename + (o.evalue ? ': ' + o.evalue : '')];
        if (lines.length > 1) pre.appendChild(document.createTextNode(lines.slice(0, -1).join('\n') + '\n'));
        pre.appendChild(el('strong', 'error-line', lines[lines.length - 1]));
      }
      out.appendChild(pre);
    });
  }

  function graphBox(json) {
    var box = el('div', 'output-graph');
    box.appendChild(GradpadGraph.render(json));
    return box;
  }

  /** A tensor with a grad_fn: its backward graph behind a toggle, drawn on first open. */
  function graphToggle(json) {
    var wrap = el('div', 'graph-toggle');
    var button = el('button', 'graph-button', 'Show graph');
    button.type = 'button';
    button.setAttribute('data-testid', 'graph-toggle');
    button.setAttribute('aria-expanded', 'false');
    var box = null;
    button.addEventListener('click', function () {
      if (!box) {
        box = graphBox(json);
        wrap.appendChild(box);
      } else {
        box.hidden = !box.hidden;
      }
      var open = !box.hidden;
      button.textContent = open ? 'Hide graph' : 'Show graph';
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    wrap.appendChild(button);
    return wrap;
  }

  function setPrompt(cell, text) {
    if (cell.prompt) cell.prompt.textContent = text;
  }

  /* ---------------- the kernel queue ---------------- */

  var client = null;
  var clientWaiters = [];
  var queue = [];
  var executionCount = 0;

  function whenClient() {
    if (!client && state.error) return Promise.reject(state.error);
    return client ? Promise.resolve(client) : new Promise(function (resolve, reject) {
      clientWaiters.push({ resolve: resolve, reject: reject });
    });
  }

  function setStatus(text, kind) {
    statusEl.textContent = text;
    statusEl.setAttribute('data-kind', kind);
  }

  function describeKernel() {
    return (client.backend === 'wasm' ? 'WebAssembly' : 'JavaScript') + (client.mode === 'worker' ? '' : ', in page');
  }

  function showKernelStatus() {
    if (state.error) return;
    if (!client) setStatus('Loading kernel\u2026', 'loading');
    else if (state.busy) setStatus('Running\u2026', 'busy');
    else setStatus('Ready \u00B7 ' + describeKernel(), 'ready');
  }

  function setBusy(busy) {
    state.busy = busy;
    if (!busy && typeof performance === 'object') state.timing.idleAt = performance.now();
    document.body.setAttribute('data-busy', busy ? 'true' : 'false');
    $('stop').disabled = !busy || !client || !client.canStop;
    showKernelStatus();
  }

  /*
   * One queue of kernel tasks (cell runs and restarts), run one at a time; busy is true from
   * the first queued task until the queue is empty. Tasks queued before the kernel is loaded
   * wait for it.
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
    whenClient().then(function () { return task.start(); }).then(pump, function (e) {
      // the kernel failed to load, or could not be restarted after Stop
      dropQueue();
      setBusy(false);
      fail(e);
    });
  }

  function runTask(cell) {
    var code = source(cell); // what the cell said when it was queued, as in Jupyter
    setPrompt(cell, 'In [*]:');
    cell.el.setAttribute('data-state', 'queued');
    return {
      cell: cell,
      start: function () {
        if (cell.removed) return Promise.resolve();
        cell.el.setAttribute('data-state', 'running');
        return client.run(code).then(function (outputs) {
          cell.count = outputs.interrupted ? null : ++executionCount;
          cell.outputs = outputs;
          cell.stale = false;
          setPrompt(cell, cell.count == null ? 'In [ ]:' : 'In [' + cell.count + ']:');
          renderOutputs(cell);
          var failed = outputs.some(function (o) { return o.output_type === 'error'; });
          cell.el.setAttribute('data-state', failed ? 'error' : 'done');
          scheduleSave();
        });
      }
    };
  }

  function runCells(list) {
    list.forEach(function (cell) {
      if (cell.type === 'markdown') {
        editMarkdown(cell, false);
      } else {
        schedule(runTask(cell));
      }
    });
  }

  // Pending runs are dropped, as Jupyter drops them on an interrupt or restart.
  function dropQueue() {
    queue.forEach(function (task) {
      if (task.cell) {
        setPrompt(task.cell, task.cell.count == null ? 'In [ ]:' : 'In [' + task.cell.count + ']:');
        task.cell.el.removeAttribute('data-state');
      }
    });
    queue = [];
  }

  // A new kernel: the counts start again and every output on the page is from the old one.
  function forgetKernel() {
    executionCount = 0;
    cells.forEach(function (cell) {
      if (cell.type !== 'code') return;
      cell.count = null;
      cell.stale = cell.outputs.length > 0;
      setPrompt(cell, 'In [ ]:');
      renderOutputs(cell);
    });
  }

  function restart(then) {
    dropQueue();
    // A running cell is interrupted first where the kernel allows it; else the restart waits.
    if (state.busy && client && client.canStop) client.stop().then(null, fail);
    schedule({
      start: function () {
        setStatus('Restarting\u2026', 'busy');
        return client.restart().then(function (outputs) {
          forgetKernel();
          if (!reportStartOutputs(outputs)) notice('Kernel restarted: variables were cleared.', 'info');
          if (then) then();
        });
      }
    });
  }

  // The kernel is asked for a KeyboardInterrupt where the page is cross-origin isolated; else,
  // or when it does not yield in time, its worker is replaced and the variables are gone.
  // Either way the cell's run resolves with a KeyboardInterrupt output.
  function stop() {
    if (!client || !client.canStop || !state.busy) return;
    dropQueue();
    setStatus('Stopping\u2026', 'busy');
    client.stop().then(function (r) {
      if (r && r.restarted === false) {
        notice('Interrupted (KeyboardInterrupt). The kernel kept its variables.', 'info');
        return;
      }
      forgetKernel();
      // isolation-sw.js now serves this site: after a reload the page is isolated (see loader.js).
      var reloadHelps = window.crossOriginIsolated !== true && typeof navigator === 'object'
        && navigator.serviceWorker && navigator.serviceWorker.controller;
      notice('Stopped. The kernel was restarted: variables were cleared. Run the cells above again to get them back.'
        + (reloadHelps ? ' Reload the page once, and from then on Stop will keep the variables.' : ''), 'info');
    }, fail);
  }

  /* ---------------- notices ---------------- */

  function notice(text, kind) {
    var box = $('notice-box');
    $('kernel-notice').textContent = text || '';
    box.setAttribute('data-kind', kind || 'error');
    box.hidden = !text;
  }

  // A kernel that started with a problem (e.g. a bad ?seed=) says so until the next restart.
  function reportStartOutputs(outputs) {
    var problem = outputs && outputs.length ? outputs.map(function (o) {
      return o.traceback && o.traceback.length ? o.traceback.join('\n') : o.ename + ': ' + o.evalue;
    }).join('\n') : '';
    notice(problem ? 'The kernel started with a problem: ' + problem : '', 'error');
    return !!problem;
  }

  function fail(e) {
    state.error = String(e);
    setStatus('The kernel failed to load: ' + e, 'error');
    clientWaiters.forEach(function (w) { w.reject(e); });
    clientWaiters = [];
  }

  var toastTimer = null;

  function toast(text, actionLabel, action) {
    var box = $('toast');
    clear(box);
    box.appendChild(el('span', null, text));
    if (actionLabel) {
      box.appendChild(button(actionLabel, actionLabel, 'toast-action', function () {
        box.hidden = true;
        action();
      }));
    }
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.hidden = true; }, 8000);
  }

  /* ---------------- saving ---------------- */

  var saveTimer = null;
  var saveWarned = false;

  function notebookData() {
    return {
      metadata: metadata,
      cells: cells.map(function (c) {
        return { type: c.type, source: source(c), outputs: c.outputs || [], count: c.count, id: c.id, metadata: c.metadata };
      })
    };
  }

  function scheduleSave() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, 400);
  }

  // sync: on leaving the page there is no time to compress a shared notebook's link.
  function saveNow(sync) {
    clearTimeout(saveTimer);
    saveTimer = null;
    var data = notebookData();
    if (state.shared) { // a shared notebook lives in its link; the user's own notebook is untouched
      if (sync === true) {
        setShareHash(GradpadStore.shareFragmentPlain(data));
      } else {
        GradpadStore.shareFragment(data).then(setShareHash);
      }
      return;
    }
    var error = GradpadStore.save(STORE_KEY, data);
    if (error && !saveWarned) {
      saveWarned = true;
      notice('Your edits cannot be saved in this browser (' + error + '). Use Download .ipynb to keep them.', 'error');
    }
  }

  function setShareHash(fragment) {
    if (state.shared) history.replaceState(null, '', '#' + fragment);
  }

  function flush() {
    if (saveTimer) saveNow(true);
  }

  /* ---------------- where the notebook comes from ---------------- */

  function original() {
    /* global GRADPAD_NOTEBOOK */
    return GradpadStore.fromIpynb(typeof GRADPAD_NOTEBOOK === 'object' ? GRADPAD_NOTEBOOK : { cells: [] });
  }

  function show(notebook, shared) {
    metadata = notebook.metadata || {};
    setShared(shared);
    setCells(notebook.cells);
  }

  function setShared(shared) {
    state.shared = shared;
    $('shared-banner').hidden = !shared;
  }

  function pageUrl() {
    return location.href.split('#')[0];
  }

  function leaveShared() {
    if (state.shared) history.replaceState(null, '', pageUrl());
    setShared(false);
  }

  function openShared() {
    setShared(true);
    return GradpadStore.fromShare(location.hash).then(function (nb) {
      show(nb, true);
    }, function (e) {
      notice('Could not open the shared notebook: ' + e.message + '. Showing your own notebook.', 'error');
      leaveShared();
      openOwn();
    });
  }

  function openOwn() {
    var nb = null;
    try {
      nb = GradpadStore.load(STORE_KEY);
    } catch (e) {
      notice('Your saved notebook could not be read (' + e.message + '); showing the original.', 'error');
    }
    show(nb || original(), false);
  }

  /* ---------------- toolbar actions ---------------- */

  function exportNotebook() {
    flush();
    var json = JSON.stringify(GradpadStore.toIpynb(notebookData(), true), null, 1) + '\n';
    var url = URL.createObjectURL(new Blob([json], { type: 'application/x-ipynb+json' }));
    var a = el('a');
    a.href = url;
    a.download = fileName();
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    closeMenu();
    return json;
  }

  function fileName() {
    var name = metadata.gradpad_name || 'autograd.ipynb';
    return /\.ipynb$/.test(name) ? name : name + '.ipynb';
  }

  function importFile(file) {
    closeMenu();
    var reader = new FileReader();
    reader.onload = function () {
      var nb;
      try {
        nb = GradpadStore.fromIpynb(String(reader.result));
      } catch (e) {
        notice('Could not open ' + file.name + ': ' + e.message, 'error');
        return;
      }
      if (!confirm('Replace the notebook on this page with ' + file.name + '?\nDownload the current one first to keep it.')) return;
      nb.metadata.gradpad_name = file.name;
      leaveShared();
      show(nb, false);
      saveNow();
      notice('', null);
    };
    reader.onerror = function () { notice('Could not read ' + file.name + '.', 'error'); };
    reader.readAsText(file);
  }

  function share() {
    closeMenu();
    flush();
    return GradpadStore.shareFragment(notebookData()).then(function (fragment) {
      var link = pageUrl() + '#' + fragment;
      var input = $('share-link');
      input.value = link;
      $('share-panel').hidden = false;
      $('share-copied').textContent = '';
      input.focus();
      input.select();
      return link;
    });
  }

  function copyShareLink() {
    var input = $('share-link');
    input.select();
    var done = function () { $('share-copied').textContent = 'Copied.'; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        $('share-copied').textContent = 'Press Ctrl+C (\u2318C) to copy.';
      });
    } else {
      $('share-copied').textContent = document.execCommand('copy') ? 'Copied.' : 'Press Ctrl+C (\u2318C) to copy.';
    }
  }

  function resetToOriginal() {
    closeMenu();
    if (!confirm('Replace this notebook with the original?\nYour edits will be lost: download the notebook first to keep them.')) return;
    leaveShared();
    show(original(), false);
    saveNow();
  }

  function keepShared() {
    if (!confirm('Make this shared notebook your own?\nIt replaces the notebook saved in this browser.')) return;
    leaveShared();
    saveNow();
  }

  function openMine() {
    flush();
    leaveShared();
    openOwn();
  }

  function closeMenu() {
    var menu = $('menu');
    if (menu) menu.open = false;
  }

  function on(testid, event, f) {
    $(testid).addEventListener(event, f);
  }

  on('run-all', 'click', function () { runCells(cells); });
  on('restart', 'click', function () { restart(); });
  on('restart-run-all', 'click', function () { restart(function () { runCells(cells); }); });
  on('stop', 'click', stop);
  on('add-code', 'click', function () { insert(null, 'code'); });
  on('add-text', 'click', function () { insert(null, 'markdown'); });
  on('export', 'click', exportNotebook);
  on('import', 'change', function (event) {
    var file = event.target.files && event.target.files[0];
    if (file) importFile(file);
    event.target.value = '';
  });
  on('share', 'click', share);
  on('share-copy', 'click', copyShareLink);
  on('share-close', 'click', function () { $('share-panel').hidden = true; });
  on('reset', 'click', resetToOriginal);
  on('keep-shared', 'click', keepShared);
  on('open-mine', 'click', openMine);
  on('notice-close', 'click', function () { notice('', null); });
  window.addEventListener('hashchange', function () {
    // The address has already changed: a shared notebook's pending edit cannot go into it.
    if (state.shared) clearTimeout(saveTimer); else flush();
    saveTimer = null;
    if (GradpadStore.isShare(location.hash)) {
      openShared(); // e.g. a share link pasted into this tab: only the fragment changed
    } else if (state.shared) {
      setShared(false); // back from a shared notebook to the page's own
      openOwn();
    }
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flush();
  });

  state.runAll = function () { runCells(cells); };
  state.save = flush;
  state.exportText = function () { return JSON.stringify(GradpadStore.toIpynb(notebookData(), true)); };
  state.share = share;

  /* ---------------- start ---------------- */

  if (GradpadStore.isShare(location.hash)) openShared(); else openOwn();

  showKernelStatus();
  (GradpadLoader.kernel || GradpadLoader.connect(GradpadLoader.pageOptions()))
    .then(function (c) {
      client = c;
      state.backend = c.backend;
      state.mode = c.mode;
      c.failures.forEach(function (f) { console.warn('gradpad: fell back from ' + f); });
      $('stop').title = !c.canStop ? 'Stop needs a Web Worker, which this browser did not allow'
        : window.crossOriginIsolated === true ? 'Stop the running cell (KeyboardInterrupt: variables are kept)'
        : $('stop').title;
      if (c.canStop) GradpadLoader.offerIsolation();
      reportStartOutputs(c.startOutputs);
      document.body.setAttribute('data-kernel', c.backend);
      state.timing.readyAt = typeof performance === 'object' ? performance.now() : null;
      clientWaiters.forEach(function (w) { w.resolve(c); });
      clientWaiters = [];
      setBusy(state.busy);
      state.ready = true;
      // For pages and tools that drive the notebook (e.g. bench/page-load.sh): no polling needed.
      if (typeof Event === 'function') window.dispatchEvent(new Event('gradpad:ready'));
    }, fail);
})();
