'use strict';
// A small static server for the benchmarks (loopback only): the built site at /, the benchmark
// page at /bench/, the workload texts at /workloads/, npm packages at /node_modules/. It logs
// every request (path, status, bytes sent, time), which the S1 payload measurement reads.
const http = require('http');
const fs = require('fs');
const path = require('path');

const BENCH = path.resolve(__dirname, '..');
const REPO = path.resolve(BENCH, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', // js-pytorch's browser bundle must be read as UTF-8
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ipynb': 'application/json; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

function start(options = {}) {
  const site = path.resolve(options.site || path.join(REPO, 'web/target/playground'));
  const mounts = [
    ['/bench/', path.join(BENCH, 'page')],
    ['/workloads/', path.join(BENCH, 'workloads')],
    ['/node_modules/', path.join(BENCH, 'node_modules')],
    ['/profile-build/', path.join(BENCH, 'results', 'profile-build')],
    ['/', site],
  ];
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = null;
    for (const [prefix, dir] of mounts) {
      if (url.pathname.startsWith(prefix)) {
        const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
        const p = path.resolve(dir, rel);
        if (p === dir || p.startsWith(dir + path.sep)) file = p;
        break;
      }
    }
    let status = 404;
    let body = Buffer.from('not found');
    let type = 'text/plain; charset=utf-8';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      status = 200;
      body = fs.readFileSync(file);
      type = TYPES[path.extname(file)] || 'application/octet-stream';
    }
    log.push({ t: Date.now(), path: url.pathname, file: status === 200 ? file : null, status, bytes: body.length });
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(options.port || 0, '127.0.0.1', () => {
      const base = 'http://127.0.0.1:' + server.address().port;
      resolve({ base, log, site, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

module.exports = { start, BENCH, REPO };
