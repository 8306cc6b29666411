// A standalone embedded PostgreSQL for tests and tools that cannot host PGlite in their own
// process (Jest workers). Prints one JSON line {url, port}; stops on SIGTERM or stdin close.
// Usage: node scripts/embedded-pg-server.mjs [--port N] [--data-dir DIR]
import { startEmbeddedPostgres } from './lib/embedded-pg.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = arg('--port') ? Number(arg('--port')) : undefined;
const server = await startEmbeddedPostgres({ dataDir: arg('--data-dir') ?? null, port });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
