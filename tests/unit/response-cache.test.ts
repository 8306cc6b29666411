// The response cache in front of Next (lib/cache/response-cache.cjs), run in a real HTTP server
// whose handler answers the way Next does (headers and all) and counts what reaches it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cache = require('@/lib/cache/response-cache.cjs') as {
  serve(req: http.IncomingMessage, res: http.ServerResponse, forward?: () => void): boolean;
  capture(req: http.IncomingMessage, res: http.ServerResponse): void;
  clear(): void;
  stats(): { entries: number; bytes: number; hits: number; stores: number; generation: number };
};

interface Answer {
  status?: number;
  cache?: string;
  cacheControl?: string;
  cookie?: string;
  shared?: boolean;
  body?: string;
  /** Milliseconds before the handler answers (a render in flight). */
  delay?: number;
  link?: string;
}

let answer: (req: http.IncomingMessage) => Answer = () => ({});
let handled = 0;
let server: http.Server;
let base = '';

beforeAll(async () => {
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    cache.capture(req, res);
    handled += 1;
    const a = answer(req);
    const send = () => {
      res.statusCode = a.status ?? 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (a.shared) {
        res.setHeader('x-byline-shared', '1');
        res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
      } else {
        res.setHeader('x-nextjs-cache', a.cache ?? 'HIT');
        res.setHeader('cache-control', a.cacheControl ?? 's-maxage=2592000, stale-while-revalidate=28944000');
      }
      if (a.cookie) res.setHeader('set-cookie', a.cookie);
      if (a.link) res.setHeader('link', a.link);
      const body = a.body ?? `<html>${req.url} #${handled}</html>`;
      // Written in two parts, as a streamed response is.
      res.write(body.slice(0, 5));
      res.end(body.slice(5));
    };
    if (a.delay) setTimeout(send, a.delay);
    else send();
  };
  server = http.createServer((req, res) => {
    if (!cache.serve(req, res, () => handle(req, res))) handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  cache.clear();
  answer = () => ({});
  handled = 0;
});

async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(base + path, init);
  return { status: res.status, fromCache: res.headers.get('x-byline-response-cache') === 'HIT', body: await res.text(), headers: res.headers };
}

describe('response cache', () => {
  it('sends a page-cache hit again without asking the handler, byte for byte', async () => {
    const first = await get('/culture');
    const second = await get('/culture');
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    expect(second.body).toBe(first.body);
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)));
    expect(handled).toBe(1);
    const head = await fetch(`${base}/culture`, { method: 'HEAD' });
    expect([head.status, head.headers.get('x-byline-response-cache'), await head.text()]).toEqual([200, 'HIT', '']);
    expect(handled).toBe(1);
  });

  it('lists each preload of the Link header once in the copy it keeps', async () => {
    const font = '</f.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2"';
    const style = '</s.css>; rel=preload; as="style"';
    answer = () => ({ link: `${font}, ${style},${font}, ${style}` });
    const first = await get('/culture');
    const second = await get('/culture');
    expect(first.headers.get('link')).toBe(`${font}, ${style},${font}, ${style}`);
    expect([second.fromCache, second.headers.get('link')]).toEqual([true, `${font}, ${style}`]);
  });

  it('keys on the whole URL and the accepted encodings', async () => {
    await get('/culture?page=2');
    expect((await get('/culture?page=3')).fromCache).toBe(false);
    expect((await get('/culture?page=2')).fromCache).toBe(true);
    expect((await get('/culture?page=2', { headers: { 'accept-encoding': 'gzip' } })).fromCache).toBe(false);
  });

  it('keeps nothing but shared page-cache hits with status 200 and no cookie', async () => {
    const cases: [string, Answer][] = [
      ['/miss', { cache: 'MISS' }],
      ['/stale', { cache: 'STALE' }],
      ['/gone', { status: 404 }],
      ['/private', { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' }],
      ['/cookie', { cookie: 'session=1; Path=/; HttpOnly' }],
    ];
    for (const [path, a] of cases) {
      answer = () => a;
      await get(path);
      expect([path, (await get(path)).fromCache]).toEqual([path, false]);
    }
    expect(cache.stats().entries).toBe(0);
  });

  it('never answers router, RSC, action or staff requests, nor other methods', async () => {
    const requests: [string, RequestInit][] = [
      ['/culture', { headers: { rsc: '1' } }],
      ['/culture', { headers: { rsc: '1', 'next-router-prefetch': '1' } }],
      ['/culture?_rsc=abc', {}],
      ['/studio', {}],
      ['/studio/articles', {}],
      ['/api/health', {}],
      ['/login', {}],
      ['/preview/abcdefghijklmnopqrstuvwxyz', {}],
      ['/_next/static/chunk.js', {}],
    ];
    for (const [path, init] of requests) {
      await get(path, init);
      expect([path, (await get(path, init)).fromCache]).toEqual([path, false]);
    }
    await get('/culture');
    expect((await get('/culture', { method: 'POST', body: 'x' })).fromCache).toBe(false);
    expect(cache.stats().entries).toBe(1);
  });

  it('forgets everything on a clear, and an entry after its s-maxage (at most a minute)', async () => {
    await get('/a');
    answer = () => ({ cacheControl: 's-maxage=1, stale-while-revalidate=10' });
    await get('/b');
    expect([(await get('/a')).fromCache, (await get('/b')).fromCache]).toEqual([true, true]);
    await new Promise((r) => setTimeout(r, 1_100));
    expect([(await get('/a')).fromCache, (await get('/b')).fromCache]).toEqual([true, false]);
    cache.clear();
    expect((await get('/a')).fromCache).toBe(false);
  });

  it('does not keep a response that was in flight when a write cleared the cache', async () => {
    answer = () => ({ delay: 150 });
    const inFlight = get('/slow');
    await new Promise((r) => setTimeout(r, 50));
    cache.clear(); // a publish while the old page is being sent
    await inFlight;
    answer = () => ({});
    expect((await get('/slow')).fromCache).toBe(false);
  });

  it('clears again when a write request ends after invalidating, dropping pages read meanwhile', async () => {
    await get('/culture');
    answer = (req) => {
      if (req.method !== 'POST') return {};
      cache.clear(); // the write invalidates at once (invalidatePublic)…
      return { delay: 100 }; // …and Next applies the tag expiry as the action ends
    };
    const write = get('/studio/articles/1', { method: 'POST', body: 'publish' });
    await new Promise((r) => setTimeout(r, 30));
    await get('/culture'); // read between the two: may still be the old page…
    expect(cache.stats().entries).toBe(1);
    await write;
    await new Promise((r) => setTimeout(r, 20));
    expect(cache.stats().entries).toBe(0); // …and is gone once the write has answered
  });

  it('keeps responses their route marks shared (feeds, sitemaps), without a page-cache header', async () => {
    answer = () => ({ shared: true });
    const first = await get('/feed.xml');
    const second = await get('/feed.xml');
    expect([first.fromCache, second.fromCache, second.body]).toEqual([false, true, first.body]);
    answer = () => ({ shared: true, status: 404 });
    await get('/nope/feed.xml');
    expect((await get('/nope/feed.xml')).fromCache).toBe(false);
  });

  it('lets a crowd asking for a page cached before wait for one answer from the handler', async () => {
    await get('/front');
    cache.clear(); // a publish: the page must come from the handler again
    handled = 0;
    answer = () => ({ delay: 100 });
    const crowd = await Promise.all(Array.from({ length: 20 }, () => get('/front')));
    expect(handled).toBe(1);
    expect(new Set(crowd.map((r) => r.body)).size).toBe(1);
    expect(crowd.filter((r) => r.fromCache)).toHaveLength(19);
  });

  it('passes the crowd on to the handler when the one answer cannot be kept', async () => {
    await get('/front');
    cache.clear();
    handled = 0;
    let calls = 0;
    answer = () => (calls++ === 0 ? { delay: 100, cache: 'MISS' } : {});
    const crowd = await Promise.all(Array.from({ length: 5 }, () => get('/front')));
    expect(crowd.every((r) => r.status === 200 && !r.fromCache)).toBe(true);
    expect(handled).toBe(5);
  });

  it('stays within its byte budget, dropping the oldest entries first', async () => {
    const big = 'x'.repeat(1800 * 1024);
    answer = () => ({ body: big });
    for (let i = 0; i < 30; i++) await get(`/big/${i}`);
    const { entries, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(24 * 1024 * 1024);
    expect(entries).toBeLessThan(30);
    expect((await get('/big/29')).fromCache).toBe(true);
    expect((await get('/big/0')).fromCache).toBe(false);
  });
});
