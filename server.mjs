// The production server (`npm start`, the browser tests and the benchmark run it): Next's own
// request handler, with the response cache (lib/cache/response-cache.cjs) in front of it so a
// reader page Next already holds whole is sent again without running its router each time.
// Usage: node server.mjs [-p PORT] (default PORT or 3000); `next build` must have run.
import http from 'node:http';
import { createRequire } from 'node:module';

// As `next start` does: production unless told otherwise, set before React is loaded.
process.env.NODE_ENV ||= 'production';
const { default: next } = await import('next');
const require = createRequire(import.meta.url);
const responseCache = require('./lib/cache/response-cache.cjs');

const args = process.argv.slice(2);
const port = Number(args.includes('-p') ? args[args.indexOf('-p') + 1] : (process.env.PORT ?? 3000));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`The port must be a number from 1 to 65535 (got "${port}").`);
  process.exit(1);
}

const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// Next adds a 'close' listener to the response for every render pass and cached function of a
// page render (its after() context); a page with many of them passes Node's default warning
// limit of 10 on one response, which is expected here, not a leak (they go with the response).
const CLOSE_LISTENERS = 64;

function forward(req, res) {
  res.setMaxListeners(CLOSE_LISTENERS);
  responseCache.capture(req, res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Internal Server Error');
  });
}

const server = http.createServer((req, res) => {
  if (!responseCache.serve(req, res, () => forward(req, res))) forward(req, res);
});
// Like `next start`: keep idle connections a little longer than common proxies do.
server.keepAliveTimeout = 5_000;
server.once('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use.` : `Cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`Byline is serving on http://localhost:${port}`));

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
