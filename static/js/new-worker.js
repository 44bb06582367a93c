/*
 * Constructs the kernel's worker in a script's top-level code, on purpose: HtmlUnit gives a
 * Worker constructed inside any function that function's scope as its parent, and then cannot
 * deliver the worker's messages ("UnsupportedOperationException: TODO"). loader.js sets
 * gradpadWorkerRequest.url, adds this script to the page, and reads .worker or .error after it ran.
 */
try {
  gradpadWorkerRequest.worker = new Worker(gradpadWorkerRequest.url);
} catch (e) {
  gradpadWorkerRequest.error = e;
}
