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
 * Plain ES2015 without async/await: HtmlUnit runs this file too.
 */
function gradpadKernelHost(scope, loadScript) {
  'use strict';

  if (!loadScript) {
    loadScript = function (url) {
      return new Promise(function (resolve) {
        scope.importScripts(url);
        resolve();
      });
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

  function loadJs(urls) {
    // The build is a UMD module: with a global `exports` object present it puts its exports
    // there instead of onto the global object (no stray `run`/`start`/`main` globals).
    scope.exports = {};
    return loadScript(urls.js).then(function () {
      var k = scope.exports;
      delete scope.exports;
      if (!k || typeof k.run !== 'function' || typeof k.start !== 'function') {
        throw new Error('kernel/gradpad.js did not export run() and start()');
      }
      k.main([]);
      return k;
    }, function (e) {
      delete scope.exports;
      throw e;
    });
  }

  function wasmBytesFromB64(urls) {
    return loadScript(urls.wasmB64).then(function () {
      var b64 = scope.GRADPAD_WASM_B64;
      delete scope.GRADPAD_WASM_B64; // the decoded bytes are all we keep
      if (typeof b64 !== 'string') {
        throw new Error('kernel/gradpad.wasm.b64.js did not define the module');
      }
      return decodeBase64(b64);
    });
  }

  function loadWasm(msg) {
    var urls = msg.urls;
    var runtime = scope.TeaVM && scope.TeaVM.wasmGC ? Promise.resolve() : loadScript(urls.wasmRuntime);
    return runtime.then(function () {
      var load = function (source) { return scope.TeaVM.wasmGC.load(source); };
      if (msg.wasmBytes) {
        return load(new Uint8Array(msg.wasmBytes));
      }
      if (msg.wasmSource === 'url') {
        // Streaming compile over http; a host with a wrong MIME type still gets the base64 copy.
        return load(urls.wasm).catch(function (e) {
          return wasmBytesFromB64(urls).then(load, function () { throw e; });
        });
      }
      return wasmBytesFromB64(urls).then(load);
    }).then(function (teavm) {
      var k = teavm.exports;
      if (typeof k.run !== 'function' || typeof k.start !== 'function') {
        throw new Error('kernel/gradpad.wasm did not export run() and start()');
      }
      return k;
    });
  }

  function tryBackends(msg, index, failures) {
    if (index >= msg.backends.length) {
      return Promise.reject(new Error('no kernel build could be loaded: ' + failures.join('; ')));
    }
    var name = msg.backends[index];
    var loading = name === 'wasm' ? loadWasm(msg) : loadJs(msg.urls);
    return loading.then(function (k) {
      api = k;
      backend = name;
      return { backend: name, failures: failures, startOutputs: host.start(msg.seed) };
    }, function (e) {
      return tryBackends(msg, index + 1, failures.concat([name + ': ' + e]));
    });
  }

  var host = {
    init: function (msg) {
      return tryBackends(msg, 0, []);
    },
    start: function (seed) {
      return call(function () { return api.start(seed == null ? '' : String(seed)); });
    },
    run: function (code) {
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
        host.init(m).then(function (r) {
          scope.postMessage({ type: 'ready', backend: r.backend, failures: r.failures,
            startOutputs: r.startOutputs });
        }, function (e) {
          scope.postMessage({ type: 'failed', error: String(e) });
        });
      } else if (m.type === 'run') {
        scope.postMessage({ type: 'result', id: m.id, outputs: host.run(m.code) });
      } else if (m.type === 'start') {
        scope.postMessage({ type: 'result', id: m.id, outputs: host.start(m.seed) });
      }
    };
  }
  return host;
}

// Started as a worker script (not loaded into a page as a fallback): serve the page.
if (typeof importScripts === 'function' && typeof document === 'undefined') {
  gradpadKernelHost(self);
}
