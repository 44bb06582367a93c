/*
 * gradpad loader: starts the kernel for the page.
 *  - Build: Wasm GC where the browser validates a GC-typed module, else the JS build; a Wasm
 *    build that fails to load falls back to JS. ?backend=js (or =wasm) forces one build.
 *  - Place: a dedicated Web Worker (the page stays responsive and Stop works). Over file://,
 *    where Chromium refuses worker URLs, a Blob worker built from the source of already loaded
 *    scripts (Wasm build only). If the browser refuses both, the kernel runs in the page.
 *  - Source of the Wasm module: its URL over http (streaming compile), a base64 .js copy over
 *    file:// (browsers do not fetch a .wasm from disk).
 * Exposes GradpadLoader.connect(options) -> Promise of a kernel client:
 *   {backend, mode, canStop, run(code) -> Promise<outputs[]>, restart(), stop()}.
 */
var GradpadLoader = (function () {
  'use strict';

  // (module (type (struct))): valid only where the engine has Wasm GC.
  var GC_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0];

  function hasWasmGc() {
    try {
      return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array(GC_PROBE));
    } catch (e) {
      return false;
    }
  }

  // Absolute URLs: a worker resolves relative ones against its own script, not the page.
  // base: the site's folder (default: the page's); the embed script passes its own folder.
  function kernelUrls(base) {
    function abs(rel) {
      return new URL(rel, base || document.baseURI).href;
    }
    return {
      host: abs('js/kernel-host.js'),
      newWorker: abs('js/new-worker.js'),
      js: abs('kernel/gradpad.js'),
      wasm: abs('kernel/gradpad.wasm'),
      wasmRuntime: abs('kernel/gradpad.wasm-runtime.js'),
      wasmB64: abs('kernel/gradpad.wasm.b64.js'),
      wasmRuntimeFn: abs('kernel/gradpad.wasm-runtime.fn.js')
    };
  }

  function chooseBackends(forced) {
    if (forced === 'js') return ['js'];
    if (forced === 'wasm') return ['wasm'];
    return hasWasmGc() ? ['wasm', 'js'] : ['js'];
  }

  function interrupted() {
    var outputs = [{ output_type: 'error', ename: 'KeyboardInterrupt', evalue: '',
      traceback: ['KeyboardInterrupt: execution stopped; the kernel was restarted and its variables are gone'] }];
    outputs.interrupted = true; // the run never completed: the notebook gives it no execution count
    return outputs;
  }

  function parseOutputs(json) {
    try {
      return JSON.parse(json);
    } catch (e) {
      return [{ output_type: 'error', ename: 'InternalError', evalue: 'unreadable kernel output: ' + e,
        traceback: ['InternalError: unreadable kernel output: ' + e] }];
    }
  }

  // done(error) once the script ran (the kernel host's loadScript contract)
  function addScript(url, done) {
    var s = document.createElement('script');
    s.src = url;
    s.onload = function () { done(null); };
    s.onerror = function () { done(new Error('could not load ' + url)); };
    document.head.appendChild(s);
  }

  function loadScriptTag(url) {
    return new Promise(function (resolve, reject) {
      addScript(url, function (error) {
        if (error) reject(error); else resolve();
      });
    });
  }

  /* ---- kernel in a dedicated worker ---- */

  // Resolves to a new Worker, or rejects where the browser refuses it (file:// in Chromium).
  function newWorker(init) {
    window.gradpadWorkerRequest = { url: init.workerUrl };
    return loadScriptTag(init.urls.newWorker).then(function () {
      var request = window.gradpadWorkerRequest;
      delete window.gradpadWorkerRequest;
      if (!request.worker) {
        throw request.error || new Error('no worker');
      }
      return request.worker;
    });
  }

  // How long Stop waits for a KeyboardInterrupt before it replaces the worker.
  var STOP_GRACE_MS = 1500;

  // A worker made by the script's top-level code (see the end of this file), used once.
  var early = null;

  function startWorker(init) {
    var worker = early && init.workerUrl === init.urls.host ? Promise.resolve(early) : newWorker(init);
    early = null;
    return worker.then(function (w) {
      return handshake(w, init);
    });
  }

  function handshake(worker, init) {
    return new Promise(function (resolve, reject) {
      var settled = false;
      worker.onmessage = function (event) {
        var m = event.data;
        if (m.type === 'ready' && !settled) {
          settled = true;
          resolve({ worker: worker, ready: m });
        } else if (m.type === 'failed' && !settled) {
          settled = true;
          worker.terminate();
          reject(new Error(m.error));
        }
      };
      worker.onerror = function (event) {
        if (!settled) {
          settled = true;
          worker.terminate();
          reject(new Error('the kernel worker failed to start: ' + (event.message || 'unknown error')));
        }
      };
      worker.postMessage(init);
    });
  }

  function workerClient(init, started) {
    var worker = started.worker;
    var nextId = 0;
    var pending = {};

    function listen() {
      worker.onmessage = function (event) {
        var m = event.data;
        var p = pending[m.id];
        if (m.type === 'result' && p) { // results of stopped runs find no entry: ignored
          delete pending[m.id];
          p(parseOutputs(m.outputs));
        }
      };
      worker.onerror = function (event) {
        event.preventDefault();
        failAll([{ output_type: 'error', ename: 'InternalError', evalue: 'the kernel worker crashed: ' + event.message,
          traceback: ['InternalError: the kernel worker crashed: ' + event.message] }]);
      };
    }

    function failAll(outputs) {
      var ids = Object.keys(pending);
      var waiting = ids.map(function (id) { return pending[id]; });
      pending = {};
      waiting.forEach(function (p) { p(outputs); });
    }

    // Resolves once the current worker is up; Stop replaces it with a fresh one.
    var workerReady = Promise.resolve();

    function request(message) {
      return workerReady.then(function () {
        return new Promise(function (resolve) {
          message.id = ++nextId;
          pending[message.id] = resolve;
          worker.postMessage(message);
        });
      });
    }

    listen();
    var client = {
      backend: started.ready.backend,
      mode: 'worker',
      canStop: true,
      failures: started.ready.failures,
      startOutputs: parseOutputs(started.ready.startOutputs),
      run: function (code) { return request({ type: 'run', code: code }); },
      restart: function () { return request({ type: 'start', seed: init.seed }); },
      canInterrupt: !!init.interrupt,
      // Stop: where a shared flag exists, ask the kernel for a KeyboardInterrupt and wait a
      // moment for the run to end with it (variables kept); otherwise, or if the kernel does
      // not yield in time, end the worker and start another. Resolves to {restarted}.
      stop: function () {
        if (init.interrupt && Object.keys(pending).length > 0) {
          var flag = new Int32Array(init.interrupt);
          Atomics.store(flag, 0, 1);
          return new Promise(function (resolve) {
            var waited = 0;
            (function poll() {
              if (Object.keys(pending).length === 0) {
                resolve({ restarted: false });
              } else if (waited >= STOP_GRACE_MS) {
                resolve(restartWorker());
              } else {
                waited += 50;
                setTimeout(poll, 50);
              }
            })();
          });
        }
        return restartWorker();
      }
    };
    function restartWorker() {
      worker.terminate();
      failAll(interrupted());
      var again = {};
      Object.keys(init).forEach(function (k) { again[k] = init[k]; });
      again.backends = [client.backend];
      workerReady = startWorker(again).then(function (s) {
        worker = s.worker;
        listen();
      });
      return workerReady.then(function () { return { restarted: true }; });
    }
    return client;
  }

  /*
   * Over file:// a worker cannot load our files, so the page loads them as scripts and hands
   * the worker their source: the kernel host's and the Wasm runtime's function text, and the
   * module's bytes in the init message. Resolves to a client, or rejects.
   */
  function startBlobWorker(init) {
    var urls = init.urls;
    return loadHostScript(init).then(function () {
      return loadScriptTag(urls.wasmRuntimeFn);
    }).then(function () {
      return loadScriptTag(urls.wasmB64);
    }).then(function () {
      /* global gradpadWasmRuntime */
      var b64 = window.GRADPAD_WASM_B64;
      delete window.GRADPAD_WASM_B64;
      var bin = atob(b64);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var source = '(' + gradpadWasmRuntime + ')();\n(' + gradpadKernelHost + ')(self);\n';
      var blobInit = {};
      Object.keys(init).forEach(function (k) { blobInit[k] = init[k]; });
      blobInit.backends = ['wasm'];
      blobInit.wasmBytes = bytes.buffer; // copied into each worker (Stop starts a new one)
      blobInit.workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      return startWorker(blobInit).then(function (started) { return workerClient(blobInit, started); });
    });
  }

  /* ---- kernel in the page (no worker) ---- */

  // The page itself needs the kernel host's code only for a Blob worker or an in-page kernel.
  function loadHostScript(init) {
    return typeof gradpadKernelHost === 'function' ? Promise.resolve() : loadScriptTag(init.urls.host);
  }

  function pageClient(init) {
    var host;
    return loadHostScript(init).then(function () {
      host = gradpadKernelHost(window, addScript);
      return new Promise(function (resolve, reject) {
        host.init(init, function (error, ready) {
          if (error) reject(error); else resolve(ready);
        });
      });
    }).then(function (ready) {
      // Give the browser a moment to paint "busy" before the kernel blocks the page.
      function later(f) {
        return new Promise(function (resolve) { setTimeout(function () { resolve(f()); }, 0); });
      }
      return {
        backend: ready.backend,
        mode: 'page',
        canStop: false,
        failures: ready.failures,
        startOutputs: parseOutputs(ready.startOutputs),
        run: function (code) { return later(function () { return parseOutputs(host.run(code)); }); },
        restart: function () { return later(function () { return parseOutputs(host.start(init.seed)); }); },
        stop: function () { return Promise.resolve(); }
      };
    });
  }

  /**
   * options: {seed: string ('' = non-deterministic), backend: 'js'|'wasm'|null,
   *           base: URL of the folder holding js/ and kernel/ (optional; default the page's)}
   * earlyWorker: a kernel host worker already constructed, or null.
   */
  function connect(options, earlyWorker) {
    early = earlyWorker || null;
    var urls = kernelUrls(options.base);
    var offline = location.protocol === 'file:';
    var init = {
      type: 'init',
      backends: chooseBackends(options.backend),
      urls: urls,
      workerUrl: urls.host,
      wasmSource: offline ? 'b64' : 'url',
      seed: options.seed || ''
    };
    // Where the page is cross-origin isolated, Stop can ask the kernel itself for a
    // KeyboardInterrupt (keeping its variables) through a shared flag.
    if (typeof SharedArrayBuffer === 'function' && window.crossOriginIsolated === true) {
      init.interrupt = new SharedArrayBuffer(4);
    }
    var viaWorker = startWorker(init).then(function (started) {
      return workerClient(init, started);
    });
    if (offline && init.backends[0] === 'wasm') {
      viaWorker = viaWorker.catch(function (e) {
        console.info('gradpad: trying a Blob worker (' + e + ')');
        return startBlobWorker(init);
      });
    }
    return viaWorker.catch(function (e) {
      if (typeof console !== 'undefined') {
        console.info('gradpad: running the kernel in the page (' + e + ')');
      }
      return pageClient(init);
    });
  }

  // The page's options, from its URL: ?seed=N seeds the kernel, ?backend=js|wasm forces a build.
  function pageOptions() {
    var params = new URLSearchParams(location.search);
    return { seed: params.get('seed') || '', backend: params.get('backend') };
  }

  /**
   * Registers isolation-sw.js (see there) where it can help: a page over http(s) that is not
   * cross-origin isolated, so that Stop keeps the variables from the next load on. Resolves to
   * whether the service worker is now installed. base: as for connect.
   */
  function offerIsolation(base) {
    var sw = typeof navigator === 'object' ? navigator.serviceWorker : null;
    if (window.crossOriginIsolated === true || window.isSecureContext !== true || !sw
        || typeof sw.register !== 'function' || !/^https?:$/.test(location.protocol)) {
      return Promise.resolve(false);
    }
    return sw.register(new URL('isolation-sw.js', base || document.baseURI).href).then(function () {
      return true;
    }, function (e) {
      console.info('gradpad: no service worker (' + e + '): Stop will restart the kernel');
      return false;
    });
  }

  return {
    connect: connect,
    hasWasmGc: hasWasmGc,
    pageOptions: pageOptions,
    offerIsolation: offerIsolation,
    hostUrl: function () { return kernelUrls().host; },
    // Whether the page's kernel starts as the Wasm build, fetched over http(s).
    preloadsWasm: function () {
      return /^https?:$/.test(location.protocol) && chooseBackends(pageOptions().backend)[0] === 'wasm';
    }
  };
})();

/*
 * The kernel starts loading as soon as this script runs, while the rest of the page builds
 * itself; notebook.js takes GradpadLoader.kernel. The worker is constructed right here, in the
 * script's top-level code: HtmlUnit delivers messages only from workers made that way, and it
 * saves the round trip for js/new-worker.js. Over file:// Chromium refuses it (the loader then
 * tries a Blob worker).
 */
var gradpadEarlyWorker = null;
// The embed script (gradpad-embed.js) loads this file on a host page and connects itself.
if (!window.gradpadEmbed) {
  try {
    // Named for the Wasm build, the worker starts loading it before the page's init message
    // arrives (see kernel-host.js).
    gradpadEarlyWorker = GradpadLoader.preloadsWasm()
      ? new Worker(GradpadLoader.hostUrl(), { name: 'gradpad-wasm' })
      : new Worker(GradpadLoader.hostUrl());
  } catch (e) {
    gradpadEarlyWorker = null;
  }
  GradpadLoader.kernel = GradpadLoader.connect(GradpadLoader.pageOptions(), gradpadEarlyWorker);
  gradpadEarlyWorker = null;
}
