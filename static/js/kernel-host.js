/*
 * gradpad kernel host: loads one TeaVM build of the kernel (Wasm GC or JS) and answers the
 * page's requests. It runs as a dedicated Web Worker script (the normal case), inside a Blob
 * worker built from this function's source (file:// pages, where browsers refuse worker URLs),
 * or in the page itself when a browser allows no worker at all.
 *
 * Messages (page -> host -> page); every kernel answer is an nbformat outputs JSON string:
 *   {type:'init', backends:['wasm','js'], urls:{...}, wasmSource:'url'|'b64', wasmBytes?, seed}
 *       -> {type:'ready', backend, failures:[...], startOutputs} | {type:'failed', error}
 *   {type:'run', id, code}    -> {type:'result', id, outputs}
 *   {type:'start', id, seed}  -> {type:'result', id, outputs}   (restart: a fresh kernel)
 *
 * Plain ES2015 with callbacks, no async/await: HtmlUnit runs this file too.
 */
function gradpadKernelHost(scope, loadScript) {
  'use strict';

  // loadScript(url, done) calls done(error) once the script ran. In a worker importScripts is
  // synchronous. Callbacks rather than Promises: HtmlUnit's workers never run Promise reactions.
  if (!loadScript) {
    loadScript = function (url, done) {
      try {
        scope.importScripts(url);
      } catch (e) {
        done(e);
        return;
      }
      done(null);
    };
  }

  var api = null;
  var backend = null;

  function errorJson(ename, evalue) {
    return JSON.stringify([{ output_type: 'error', ename: ename, evalue: evalue,
      traceback: [ename + ': ' + evalue] }]);
  }

  function decodeBase64(b64) {
    if (typeof Uint8Array.fromBase64 === 'function') {
      return Uint8Array.fromBase64(b64);
    }
    var bin = scope.atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      bytes[i] = bin.charCodeAt(i);
    }
    return bytes;
  }

  function checkExports(k, file) {
    if (!k || typeof k.run !== 'function' || typeof k.start !== 'function') {
      throw new Error(file + ' did not export run() and start()');
    }
    return k;
  }

  // done(error, kernelExports)
  function loadJs(urls, done) {
    // The build is a UMD module: with a global `exports` object present it puts its exports
    // there instead of onto the global object (no stray `run`/`start`/`main` globals).
    scope.exports = {};
    loadScript(urls.js, function (error) {
      var k = scope.exports;
      delete scope.exports;
      if (error) {
        done(error);
        return;
      }
      try {
        checkExports(k, 'kernel/gradpad.js').main([]);
      } catch (e) {
        done(e);
        return;
      }
      done(null, k);
    });
  }

  function wasmBytesFromB64(urls, done) {
    loadScript(urls.wasmB64, function (error) {
      var b64 = scope.GRADPAD_WASM_B64;
      delete scope.GRADPAD_WASM_B64; // the decoded bytes are all we keep
      if (error || typeof b64 !== 'string') {
        done(error || new Error('kernel/gradpad.wasm.b64.js did not define the module'));
        return;
      }
      var bytes;
      try {
        bytes = decodeBase64(b64);
      } catch (e) {
        done(e);
        return;
      }
      done(null, bytes);
    });
  }

  // The Wasm build loaded as soon as this worker starts (see preload), or null:
  // {wasm: its URL, settled, error, k: the kernel's exports, waiting: [callbacks]}.
  var preloaded = null;

  function loadWasm(msg, done) {
    var urls = msg.urls;
    var pre = preloaded;
    if (pre && !msg.wasmBytes && msg.wasmSource === 'url' && pre.wasm === urls.wasm) {
      preloaded = null;
      // A failed preload proves nothing about this request: it then loads the usual way.
      var use = function () {
        if (pre.error) loadWasm(msg, done); else done(null, pre.k);
      };
      if (pre.settled) use(); else pre.waiting.push(use);
      return;
    }
    function instantiate(source, next) {
      var loading;
      try {
        loading = scope.TeaVM.wasmGC.load(source);
      } catch (e) {
        next(e);
        return;
      }
      loading.then(function (teavm) {
        var k;
        try {
          k = checkExports(teavm.exports, 'kernel/gradpad.wasm');
        } catch (e) {
          next(e);
          return;
        }
        next(null, k);
      }, function (e) { next(e || new Error('the Wasm module did not load')); });
    }
    function fromB64() {
      wasmBytesFromB64(urls, function (error, bytes) {
        if (error) done(error); else instantiate(bytes, done);
      });
    }
    // Over http the module downloads while the runtime script loads (both start at once); its
    // bytes compile whatever MIME type the host sends. If the download fails: the base64 copy.
    var download = null;
    if (!msg.wasmBytes && msg.wasmSource === 'url' && typeof scope.fetch === 'function') {
      download = scope.fetch(urls.wasm).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + urls.wasm);
        return r.arrayBuffer();
      });
      download.then(null, function () {}); // handled below, once the runtime is there
    }
    function withRuntime() {
      if (msg.wasmBytes) {
        instantiate(new Uint8Array(msg.wasmBytes), done);
      } else if (download) {
        download.then(function (bytes) { instantiate(new Uint8Array(bytes), done); }, fromB64);
      } else {
        fromB64();
      }
    }
    if (scope.TeaVM && scope.TeaVM.wasmGC) {
      withRuntime();
    } else {
      loadScript(urls.wasmRuntime, function (error) {
        if (error) done(error); else withRuntime();
      });
    }
  }

  // done(error, {backend, failures, startOutputs}): the first build that loads wins.
  function tryBackends(msg, index, failures, done) {
    if (index >= msg.backends.length) {
      done(new Error('no kernel build could be loaded: ' + failures.join('; ')));
      return;
    }
    var name = msg.backends[index];
    var load = name === 'wasm' ? loadWasm : function (m, cb) { loadJs(m.urls, cb); };
    load(msg, function (error, k) {
      if (error) {
        tryBackends(msg, index + 1, failures.concat([name + ': ' + error]), done);
        return;
      }
      api = k;
      backend = name;
      done(null, { backend: name, failures: failures, startOutputs: host.start(msg.seed) });
    });
  }

  // A SharedArrayBuffer flag the page sets to ask for a KeyboardInterrupt (only on
  // cross-origin-isolated pages); the kernel polls it through self.gradpadInterrupted.
  var interruptFlag = null;

  var host = {
    /*
     * Starts downloading, compiling and instantiating the Wasm build right away (urls as in the
     * init message). The page's init message reaches a worker only once the page's main thread
     * is free again, which while the page renders itself is tens of milliseconds after this
     * worker could have started; init then takes what this loaded (or loads it again if it failed).
     */
    preload: function (urls) {
      var pre = { wasm: urls.wasm, settled: false, error: null, k: null, waiting: [] };
      loadWasm({ urls: urls, wasmSource: 'url' }, function (error, k) {
        pre.settled = true;
        pre.error = error;
        pre.k = k;
        pre.waiting.splice(0).forEach(function (f) { f(); });
      });
      preloaded = pre; // only now: the load above must not wait for itself
    },
    init: function (msg, done) {
      if (msg.interrupt && typeof Atomics !== 'undefined') {
        interruptFlag = new Int32Array(msg.interrupt);
        scope.gradpadInterrupted = function () { return Atomics.exchange(interruptFlag, 0, 0) === 1; };
      }
      tryBackends(msg, 0, [], done);
    },
    start: function (seed) {
      return call(function () { return api.start(seed == null ? '' : String(seed)); });
    },
    run: function (code) {
      if (interruptFlag) Atomics.store(interruptFlag, 0, 0); // a stale request must not stop this run
      return call(function () { return api.run(String(code)); });
    }
  };

  // Java exceptions are already outputs; what reaches here is a Wasm trap or a JS engine error.
  function call(f) {
    if (!api) {
      return errorJson('InternalError', 'the kernel is not loaded');
    }
    try {
      var json = f();
      return typeof json === 'string' ? json : errorJson('InternalError', 'the kernel returned ' + json);
    } catch (e) {
      return errorJson('InternalError', 'the ' + backend + ' kernel crashed: ' + e
        + ' (restart the kernel if it misbehaves)');
    }
  }

  if (typeof scope.importScripts === 'function' && typeof scope.postMessage === 'function'
      && typeof scope.document === 'undefined') {
    scope.onmessage = function (event) {
      var m = event.data;
      if (m.type === 'init') {
        host.init(m, function (error, r) {
          if (error) {
            scope.postMessage({ type: 'failed', error: String(error) });
          } else {
            scope.postMessage({ type: 'ready', backend: r.backend, failures: r.failures,
              startOutputs: r.startOutputs });
          }
        });
      } else if (m.type === 'run') {
        scope.postMessage({ type: 'result', id: m.id, outputs: host.run(m.code) });
      } else if (m.type === 'start') {
        scope.postMessage({ type: 'result', id: m.id, outputs: host.start(m.seed) });
      }
    };
    // The loader names the worker it starts with the page 'gradpad-wasm' when the page will ask
    // for the Wasm build over http(s): it loads at once, from the files next to this script's
    // folder (the loader's URLs).
    if (scope.name === 'gradpad-wasm' && typeof URL === 'function' && /^https?:$/.test(scope.location.protocol)) {
      var site = new URL('..', scope.location.href);
      host.preload({
        wasm: new URL('kernel/gradpad.wasm', site).href,
        wasmRuntime: new URL('kernel/gradpad.wasm-runtime.js', site).href,
        wasmB64: new URL('kernel/gradpad.wasm.b64.js', site).href
      });
    }
  }
  return host;
}

// Started as a worker script (not loaded into a page as a fallback): serve the page.
if (typeof importScripts === 'function' && typeof document === 'undefined') {
  gradpadKernelHost(self);
}
