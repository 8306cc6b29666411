// The page cache handler (lib/cache/page-cache-handler.cjs) on Next's real FileSystemCache: a
// page whose tags were expired after it was rendered is never served again, whatever the
// skew between Date.now() (which Next stamps pages and expiries with) and performance.now()
// (which Next compares them with). It is handed back marked expired (lastModified -1), which
// makes Next render the page once, blocking, instead of serving the route's generic shell. A
// reader page never rendered is handed back the same way, as an empty entry that is never kept.
import { tmpdir } from 'node:os';

type Entry = { value: { kind: string; html: string; headers: Record<string, string> }; lastModified: number } | null;
type Cache = {
  get(key: string, ctx: { kind: string; isFallback?: boolean }): Promise<Entry>;
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

  it('hands back a page that Next itself found expired, marked expired', async () => {
    const plain = new NextCache(options);
    const ours = new PageCacheHandler(options);
    const k = key();
    await ours.set(k, page('tag:gone'), { cacheControl: { revalidate: false } });
    await tick();
    await ours.revalidateTag(['tag:gone'], { expire: 0 });
    await tick();
    expect(await plain.get(k, APP_PAGE)).toBeNull();
    const entry = await ours.get(k, APP_PAGE);
    expect(isExpired(entry)).toBe(true);
    expect(entry?.value.html).toBe('<p>page</p>');
  });

  it('hands back a reader page never rendered as an empty expired entry, and never keeps that entry', async () => {
    const plain = new NextCache(options);
    const ours = new PageCacheHandler(options);
    for (const path of ['/culture/news/some-story', '/author/maya-okafor', '/tag/music/_page/3', '/index']) {
      expect(await plain.get(path, APP_PAGE)).toBeNull();
      const entry = await ours.get(path, APP_PAGE);
      expect(isExpired(entry)).toBe(true);
      expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', html: '' });
    }
    // Not for the route's generic shell, other kinds, or pages outside the reader site.
    expect(await ours.get('/[...path]', { kind: 'APP_PAGE', isFallback: true })).toBeNull();
    expect(await ours.get('/feed.xml', { kind: 'APP_ROUTE' })).toBeNull();
    for (const path of ['/studio/articles/abc', '/preview/token123', '/login', '/_not-found']) expect(await ours.get(path, APP_PAGE)).toBeNull();
    // Next puts the previous entry back when a render fails: the empty one is dropped.
    const k = key();
    const empty = (await ours.get(k, APP_PAGE))!;
    await ours.set(k, empty.value, { cacheControl: { revalidate: 3 } });
    expect(await plain.get(k, APP_PAGE)).toBeNull();
    expect(isExpired(await ours.get(k, APP_PAGE))).toBe(true);
    // A real render is kept and served.
    await ours.set(k, page('article:9'), { cacheControl: { revalidate: false } });
    expect(isServed(await ours.get(k, APP_PAGE))).toBe(true);
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
