// The page cache handler (lib/cache/page-cache-handler.cjs) on Next's real FileSystemCache: a
// page whose tags were expired after it was rendered is never served again, whatever the
// skew between Date.now() (which Next stamps pages and expiries with) and performance.now()
// (which Next compares them with). It is handed back marked expired (lastModified -1), which
// makes Next render the page once, blocking, instead of serving the route's generic shell.
import { tmpdir } from 'node:os';

type Entry = { value: { kind: string; headers: Record<string, string> }; lastModified: number } | null;
type Cache = {
  get(key: string, ctx: { kind: string }): Promise<Entry>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
};
type CacheClass = new (ctx: object) => Cache;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const PageCacheHandler = require('@/lib/cache/page-cache-handler.cjs') as CacheClass;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NextCache = (require('next/dist/server/lib/incremental-cache/file-system-cache') as { default: CacheClass }).default;

const options = { flushToDisk: false, serverDistDir: tmpdir(), revalidatedTags: [], maxMemoryCacheSize: 4 * 1024 * 1024 };
const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html: '<p>page</p>',
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
});
const APP_PAGE = { kind: 'APP_PAGE' };
const isExpired = (entry: Entry) => entry !== null && entry.lastModified === -1;
const isServed = (entry: Entry) => entry !== null && entry.lastModified > 0;
const tick = () => new Promise((r) => setTimeout(r, 3));
let n = 0;
const key = () => `/page-${++n}`;

/** Runs `fn` with performance.now() 50 ms behind the wall clock. */
async function withSlowMonotonicClock<T>(fn: () => Promise<T>): Promise<T> {
  const real = performance.now.bind(performance);
  const spy = jest.spyOn(performance, 'now').mockImplementation(() => real() - 50);
  try {
    return await fn();
  } finally {
    spy.mockRestore();
  }
}

describe('page cache handler', () => {
  it('serves a page it rendered until one of its tags expires', async () => {
    const cache = new PageCacheHandler(options);
    const k = key();
    await cache.set(k, page('section:science,article:1'), { cacheControl: { revalidate: false } });
    expect((await cache.get(k, APP_PAGE))?.value.kind).toBe('APP_PAGE');
    expect(isServed(await cache.get(k, APP_PAGE))).toBe(true);
    await cache.revalidateTag(['article:2'], { expire: 0 });
    expect(isServed(await cache.get(k, APP_PAGE))).toBe(true);
    await cache.revalidateTag(['article:1'], { expire: 0 });
    const stale = await cache.get(k, APP_PAGE);
    expect(isExpired(stale)).toBe(true);
    expect(stale?.value.headers['x-next-cache-tags']).toBe('section:science,article:1');
    await tick();
    await cache.set(k, page('section:science,article:1'), { cacheControl: { revalidate: false } });
    expect(isServed(await cache.get(k, APP_PAGE))).toBe(true);
  });

  it('hands back a page that Next itself found expired, marked expired, and null for an unknown one', async () => {
    const plain = new NextCache(options);
    const ours = new PageCacheHandler(options);
    const k = key();
    await ours.set(k, page('tag:gone'), { cacheControl: { revalidate: false } });
    await tick();
    await ours.revalidateTag(['tag:gone'], { expire: 0 });
    await tick();
    expect(await plain.get(k, APP_PAGE)).toBeNull();
    expect(isExpired(await ours.get(k, APP_PAGE))).toBe(true);
    expect(await ours.get(key(), APP_PAGE)).toBeNull();
  });

  it('drops an expired page even when the monotonic clock runs behind the wall clock', async () => {
    const plain = new NextCache(options);
    const ours = new PageCacheHandler(options);
    const [a, b] = [key(), key()];
    await plain.set(a, page('section:health'), { cacheControl: { revalidate: false } });
    await ours.set(b, page('section:health'), { cacheControl: { revalidate: false } });
    await tick();
    const [fromPlain, fromOurs] = await withSlowMonotonicClock(async () => {
      await ours.revalidateTag(['section:health'], { expire: 0 });
      return [await plain.get(a, APP_PAGE), await ours.get(b, APP_PAGE)];
    });
    // Next's own check still hands out the expired page as fresh in that window; ours does not.
    expect(isServed(fromPlain)).toBe(true);
    expect(isExpired(fromOurs)).toBe(true);
  });

  it('keeps stale-while-revalidate expiries to Next (a later expire time)', async () => {
    const cache = new PageCacheHandler(options);
    const k = key();
    await cache.set(k, page('tag:later'), { cacheControl: { revalidate: false } });
    await tick();
    await cache.revalidateTag(['tag:later'], { expire: 3600 });
    expect(isServed(await cache.get(k, APP_PAGE))).toBe(true);
  });
});
