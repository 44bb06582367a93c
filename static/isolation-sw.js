'use strict';
/*
 * gradpad's service worker: cross-origin isolation on static hosts that cannot send headers.
 *
 * Stop keeps the kernel's variables only on a cross-origin-isolated page (a SharedArrayBuffer
 * flag asks the kernel for a KeyboardInterrupt); elsewhere it must replace the kernel's worker.
 * Isolation needs two response headers, COOP and COEP, which `gradpad serve` sends but GitHub
 * Pages and most static hosts cannot. The page registers this worker once its kernel is ready
 * (never over file://, never where the host already isolates it); from the next load on, the
 * worker answers the site's own requests from the network with those headers added. It caches
 * nothing and changes no body: offline use and updates work as before.
 *
 * It sits at the site's root so that its scope is the site's folder and nothing above it.
 */
self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return; // the browser handles it as if there were no service worker
  }
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
    return; // fetch() would throw on this combination (DevTools makes such requests)
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.status === 0) {
      return response; // an opaque redirect: the browser follows it
    }
    var headers = new Headers(response.headers);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
    if (!headers.has('Cross-Origin-Resource-Policy')) {
      headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    }
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: headers
    });
  }));
});
