/*
 * gradpad store: notebooks as data, where they are kept, and how they travel.
 *  - A notebook here is {metadata, cells: [{type: 'code'|'markdown', source, outputs, count, id, metadata}]};
 *    fromIpynb/toIpynb convert from and to nbformat 4 (.ipynb). Imported outputs keep only their
 *    text (stream, text/plain results, errors): the page shows text and nothing else.
 *  - load/save: the browser's localStorage (the autosave); they report failure, never throw.
 *  - Share links: the cells' sources as JSON, compressed with CompressionStream('deflate-raw')
 *    where the browser has it (#nbz=...), else uncompressed (#nb=...), in base64url.
 * Nothing here touches the DOM.
 */
var GradpadStore = (function () {
  'use strict';

  var TYPES = { code: true, markdown: true };

  function text(value, what) {
    if (value == null) return '';
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every(function (s) { return typeof s === 'string'; })) return value.join('');
    throw new Error(what + ' is neither a string nor a list of strings');
  }

  function plainObject(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  }

  // Only the text of an output survives an import; anything else is dropped.
  function output(o) {
    if (!o || typeof o !== 'object') return null;
    if (o.output_type === 'stream') {
      return { output_type: 'stream', name: o.name === 'stderr' ? 'stderr' : 'stdout', text: text(o.text, 'a stream output') };
    }
    if (o.output_type === 'execute_result' || o.output_type === 'display_data') {
      var data = plainObject(o.data);
      if (data['text/plain'] == null) return null;
      return { output_type: o.output_type, data: { 'text/plain': text(data['text/plain'], 'a result') } };
    }
    if (o.output_type === 'error') {
      var tb = Array.isArray(o.traceback) ? o.traceback.filter(function (l) { return typeof l === 'string'; }) : [];
      return {
        output_type: 'error', ename: String(o.ename || 'Error'), evalue: String(o.evalue || ''),
        // Jupyter's own tracebacks carry terminal colour codes: strip them.
        traceback: tb.map(function (l) { return l.replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''); })
      };
    }
    return null;
  }

  /** Parses an .ipynb's text (or object); throws an Error saying what is wrong. */
  function fromIpynb(json) {
    var nb = typeof json === 'string' ? JSON.parse(json) : json;
    if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) {
      throw new Error('not a Jupyter notebook (no "cells" list; only nbformat 4 is supported)');
    }
    if (nb.nbformat !== undefined && nb.nbformat !== 4) {
      throw new Error('nbformat ' + nb.nbformat + ' is not supported (only 4)');
    }
    return {
      metadata: plainObject(nb.metadata),
      cells: nb.cells.map(function (c, i) {
        if (!c || typeof c !== 'object') throw new Error('cell ' + (i + 1) + ' is not an object');
        // Raw cells have no place of their own here: they become text cells.
        var type = TYPES[c.cell_type] ? c.cell_type : 'markdown';
        return {
          type: type,
          source: text(c.source, 'cell ' + (i + 1) + "'s source"),
          outputs: type === 'code' && Array.isArray(c.outputs) ? c.outputs.map(output).filter(Boolean) : [],
          count: null, // a count belongs to the kernel that made it, not to this page's kernel
          id: typeof c.id === 'string' ? c.id : null,
          metadata: plainObject(c.metadata)
        };
      })
    };
  }

  // nbformat's convention: source as a list of lines, each but the last ending in \n.
  function lines(s) {
    var parts = s.split('\n');
    var out = parts.slice(0, -1).map(function (l) { return l + '\n'; });
    if (parts[parts.length - 1]) out.push(parts[parts.length - 1]);
    return out;
  }

  function newId() {
    var s = '';
    for (var i = 0; i < 8; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'.charAt(Math.floor(Math.random() * 36));
    return s;
  }

  /** An nbformat 4.5 object; withOutputs false drops outputs (smaller autosaves). */
  function toIpynb(notebook, withOutputs) {
    var ids = {};
    var metadata = {};
    Object.keys(notebook.metadata || {}).forEach(function (k) { metadata[k] = notebook.metadata[k]; });
    if (!metadata.kernelspec) metadata.kernelspec = { display_name: 'Python 3', language: 'python', name: 'python3' };
    if (!metadata.language_info) metadata.language_info = { name: 'python' };
    return {
      cells: notebook.cells.map(function (c) {
        var id = c.id && !ids[c.id] && /^[a-zA-Z0-9_-]{1,64}$/.test(c.id) ? c.id : newId();
        ids[id] = true;
        var cell = { cell_type: c.type, id: id, metadata: c.metadata || {}, source: lines(c.source) };
        if (c.type === 'code') {
          var outputs = withOutputs === false ? [] : (c.outputs || []);
          cell.execution_count = withOutputs === false ? null : (c.count == null ? null : c.count);
          cell.outputs = outputs.map(function (o) {
            if (o.output_type === 'stream') return { output_type: 'stream', name: o.name, text: lines(o.text) };
            if (o.output_type === 'execute_result' || o.output_type === 'display_data') {
              // Other representations the kernel sent (e.g. an autograd graph's JSON) go along as they are.
              var data = {};
              Object.keys(o.data || {}).forEach(function (k) { data[k] = o.data[k]; });
              data['text/plain'] = lines(data['text/plain'] || '');
              var r = { output_type: o.output_type, metadata: {}, data: data };
              if (o.output_type === 'execute_result') r.execution_count = cell.execution_count;
              return r;
            }
            return { output_type: 'error', ename: o.ename, evalue: o.evalue, traceback: o.traceback || [] };
          });
        }
        return cell;
      }),
      metadata: metadata,
      nbformat: 4,
      nbformat_minor: 5
    };
  }

  /* ---- localStorage ---- */

  function storage() {
    try {
      return window.localStorage || null;
    } catch (e) { // a browser that forbids storage throws on access
      return null;
    }
  }

  /** The saved notebook, null if none; throws if one is saved but unreadable. */
  function load(key) {
    var s = storage();
    var saved = s && s.getItem(key);
    return saved ? fromIpynb(saved) : null;
  }

  /** Saves; falls back to a copy without outputs when storage is full. Returns an error message or null. */
  function save(key, notebook) {
    var s = storage();
    if (!s) return 'this browser does not allow saving';
    try {
      s.setItem(key, JSON.stringify(toIpynb(notebook, true)));
      return null;
    } catch (e) {
      try {
        s.setItem(key, JSON.stringify(toIpynb(notebook, false)));
        return null;
      } catch (e2) {
        return String(e2 && e2.message || e2);
      }
    }
  }

  function remove(key) {
    var s = storage();
    if (s) s.removeItem(key);
  }

  /* ---- share links ---- */

  function utf8(s) {
    if (typeof TextEncoder === 'function') return new TextEncoder().encode(s);
    var bin = unescape(encodeURIComponent(s));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  function fromUtf8(bytes) {
    if (typeof TextDecoder === 'function') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return decodeURIComponent(escape(binary(bytes)));
  }

  function binary(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return out;
  }

  function base64url(bytes) {
    return btoa(binary(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64url(s) {
    if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('the link holds characters base64url does not use');
    var bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  function canCompress() {
    return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function'
      && typeof Response === 'function' && typeof Blob === 'function';
  }

  function pipe(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer()
      .then(function (b) { return new Uint8Array(b); });
  }

  function shareJson(notebook) {
    return JSON.stringify(notebook.cells.map(function (c) { return [c.type === 'code' ? 'c' : 'm', c.source]; }));
  }

  /** The fragment without compression (synchronous; also the fallback). */
  function shareFragmentPlain(notebook) {
    return 'nb=' + base64url(utf8(shareJson(notebook)));
  }

  /** Promise of the fragment (without '#') that carries the notebook's cells. */
  function shareFragment(notebook) {
    if (!canCompress()) return Promise.resolve(shareFragmentPlain(notebook));
    return pipe(utf8(shareJson(notebook)), new CompressionStream('deflate-raw'))
      .then(function (bytes) { return 'nbz=' + base64url(bytes); });
  }

  /** Is this location.hash a share link? */
  function isShare(hash) {
    return /^#nbz?=/.test(hash || '');
  }

  /** Promise of the notebook in a share fragment ('#nbz=...'); rejects with a readable Error. */
  function fromShare(hash) {
    var m = /^#(nbz?)=(.*)$/.exec(hash);
    if (!m) return Promise.reject(new Error('not a share link'));
    var bytes;
    try {
      bytes = fromBase64url(m[2]);
    } catch (e) {
      return Promise.reject(new Error('the link is damaged (' + e.message + ')'));
    }
    var json;
    if (m[1] === 'nb') {
      json = Promise.resolve(bytes);
    } else if (canCompress()) {
      json = pipe(bytes, new DecompressionStream('deflate-raw'));
    } else {
      return Promise.reject(new Error('this browser cannot read compressed links (no DecompressionStream)'));
    }
    return json.then(function (b) {
      var cells = JSON.parse(fromUtf8(b));
      if (!Array.isArray(cells)) throw new Error('no cell list');
      return {
        metadata: {},
        cells: cells.map(function (c) {
          if (!Array.isArray(c) || typeof c[1] !== 'string') throw new Error('a cell is not [type, source]');
          return { type: c[0] === 'm' ? 'markdown' : 'code', source: c[1], outputs: [], count: null, id: null, metadata: {} };
        })
      };
    }).then(null, function (e) {
      throw new Error('the link is damaged (' + (e && e.message || e) + ')');
    });
  }

  return {
    fromIpynb: fromIpynb, toIpynb: toIpynb, load: load, save: save, remove: remove,
    shareFragment: shareFragment, shareFragmentPlain: shareFragmentPlain, isShare: isShare, fromShare: fromShare
  };
})();
