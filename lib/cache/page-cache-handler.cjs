// The page cache (ISR) behind `next start`: Next's own cache, kept in memory, with one rule
// added. A rendered page written before this server process started (by `next build`, or by
// an earlier run) may predate a publish whose cache-tag expiry that process took with it, so
// it is rendered afresh on its first request instead of being served. Pages rendered by this
// process are served until a write expires one of their cache tags (lib/cache/invalidate.ts).
// next start loads this file itself, outside the app bundle, so it stays CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

const STARTED_AT = Date.now();

module.exports = class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry || ctx?.kind === 'FETCH') return entry;
    return typeof entry.lastModified === 'number' && entry.lastModified < STARTED_AT ? null : entry;
  }
};
