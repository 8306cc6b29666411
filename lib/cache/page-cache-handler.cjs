// The page cache (ISR) behind `next start`: Next's own cache, kept in memory, with two rules
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
// next start loads this file itself, outside the app bundle, so it stays CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

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

module.exports = class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry || ctx?.kind === 'FETCH') return entry;
    if (typeof entry.lastModified !== 'number') return entry;
    return entry.lastModified < STARTED_AT || hasExpiredTag(entry) ? null : entry;
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
