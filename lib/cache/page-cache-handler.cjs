// The page cache (ISR) behind `next start`: Next's own cache, kept in memory, with these rules
// added.
// - A rendered page written before this server process started (by `next build`, or by an
//   earlier run) may predate a publish whose cache-tag expiry that process took with it, so it
//   is rendered afresh on its first request instead of being served.
// - A page whose cache tags were expired (lib/cache/invalidate.ts, `expire: 0`) after it was
//   rendered is never served again. Next records the expiry with Date.now() but compares it
//   with performance.timeOrigin + performance.now(); when that clock runs behind the wall
//   clock, the page counts as only stale for those milliseconds and a reader right after a
//   write (an unpublish, a correction) gets the old page while the new one renders in the
//   background. Here both sides are read from Date.now(), the clock pages are stamped with.
// - Such a page is handed back marked expired (lastModified -1), not as missing: Next then
//   renders it once, blocking, and answers with the result (x-nextjs-cache: REVALIDATED).
//   For a missing page of a dynamic route Next instead answers with the route's generic
//   shell, renders the rest of the page for that request with a runtime prefetch render
//   embedded in it, and renders the page again in the background for the cache: three
//   renders, and a first answer half as large again as the page.
// - A reader page this process never rendered is handed back the same way: an empty entry
//   marked expired, so its first visit is that one blocking render too. The empty entry is
//   never stored (set() drops it) nor served: Next only ever sends what it just rendered.
// next start loads this file itself, outside the app bundle, so it stays CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NOT_READER_PAGE } = require('./reader-paths.cjs');

const STARTED_AT = Date.now();
const TAGS_HEADER = 'x-next-cache-tags';
/** tag → Date.now() of its latest immediate expiry; shared by every handler instance. */
const expiredAt = new Map();

/** True when one of the entry's tags was expired at or after the entry was written. */
function hasExpiredTag(entry) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  if (typeof header !== 'string' || expiredAt.size === 0) return false;
  for (const tag of header.split(',')) {
    const at = expiredAt.get(tag);
    if (at !== undefined && at >= entry.lastModified) return true;
  }
  return false;
}

/** The entry marked as expired: Next re-renders it before answering, and never serves it. */
function expired(entry) {
  return { ...entry, lastModified: -1 };
}

const PAGE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const NEVER_RENDERED = 'x-byline-never-rendered';

/** An entry for a reader page not rendered yet: expired, so Next renders it before answering. */
function neverRendered() {
  return {
    lastModified: -1,
    value: { kind: 'APP_PAGE', html: '', rscData: undefined, headers: { [NEVER_RENDERED]: '1' }, status: 200, postponed: undefined, segmentData: undefined },
  };
}

module.exports = class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (ctx?.kind === 'FETCH') return entry;
    if (!entry) {
      // Next's own check answers null for a page whose tags expired, and a dynamic route then
      // serves its generic shell and renders the page twice (the shell's dynamic part, then
      // the page for the cache). Handed back as expired, the page is rendered once, blocking.
      const kept = FileSystemCache.memoryCache?.get(key);
      if (kept && PAGE_KINDS.has(kept.value?.kind)) return expired(kept);
      return ctx?.kind === 'APP_PAGE' && !ctx.isFallback && !NOT_READER_PAGE.test(key) ? neverRendered() : null;
    }
    if (typeof entry.lastModified !== 'number') return entry;
    return entry.lastModified < STARTED_AT || hasExpiredTag(entry) ? expired(entry) : entry;
  }

  async set(key, data, ctx) {
    // Next puts the previous entry back when a render fails; an empty one must not be kept.
    if (data?.headers?.[NEVER_RENDERED]) return;
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (!durations || durations.expire === 0) {
      const now = Date.now();
      for (const tag of list) expiredAt.set(tag, now);
    }
    return super.revalidateTag(tags, durations);
  }
};
