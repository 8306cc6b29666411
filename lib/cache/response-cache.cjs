// The response cache in front of Next's request handler (server.mjs). A reader page that Next
// served from its page cache (x-nextjs-cache: HIT) is the same for every reader, so its bytes
// are kept here and sent again as they are, without running Next's router, the proxy and the
// page-cache lookup on every request. Next stays the only source of truth:
// - an entry is only ever a copy of a HIT Next just sent for the same URL and encoding, or of
//   a response its route marked shared (`x-byline-shared: 1`: feeds, sitemaps and robots.txt,
//   built only from public cached data, the same for everyone until a public write);
// - every public write clears the whole cache, in this process (lib/cache/invalidate.ts) and
//   in the others through the signed revalidate endpoint, and again when its request ends;
// - a response captured while a write happened is not kept (the generation changed);
// - an entry lives at most MAX_AGE_MS (less if its s-maxage says so), so content with a time
//   limit (most read, search results) follows Next's own revalidation;
// - it holds at most MAX_BYTES; the oldest entries go first.
// Only document GETs/HEADs of public paths take part: no RSC or router requests, no staff
// areas, API or assets, and never a response that sets a cookie. When a URL that was cached
// before is being fetched from Next again (after a write or expiry), other requests for it
// wait for that one response instead of all rendering it at once.
// server.mjs and the app bundle share it through globalThis; CommonJS so both can load it.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NOT_READER_PAGE } = require('./reader-paths.cjs');

const MAX_AGE_MS = 60_000;
const MAX_BYTES = 24 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
const MAX_KNOWN = 10_000;
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
const HEADER = 'x-byline-response-cache';
const SHARED = 'x-byline-shared';

function createStore() {
  // known: keys that have been cached before; inFlight: key → requests waiting for Next's answer.
  return { entries: new Map(), bytes: 0, generation: 0, hits: 0, stores: 0, known: new Set(), inFlight: new Map() };
}

const holder = globalThis;
const store = (holder.bylineResponseCache ??= { state: createStore() }).state;

/** Clears every entry; called by every public write (invalidatePublic). */
function clear() {
  store.entries.clear();
  store.bytes = 0;
  store.generation += 1;
}
holder.bylineResponseCache.clear = clear;

/** The cache key of a request, or null when the request must go to Next. */
function keyOf(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url;
  if (!url || url[0] !== '/' || NOT_READER_PAGE.test(url) || url.includes('_rsc=')) return null;
  for (const name of ROUTER_HEADERS) if (req.headers[name] !== undefined) return null;
  return `${req.headers['accept-encoding'] ?? ''}\n${url}`;
}

function remove(key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.body.length;
}

function send(req, res, entry) {
  store.hits += 1;
  res.writeHead(entry.status, entry.headers);
  res.end(req.method === 'HEAD' ? undefined : entry.body);
}

/**
 * Answers `req` from the cache and returns true; or, when the same URL is already on its way
 * from Next and was cached before, parks it until that answer (then sends the new copy, or
 * calls `forward` if it was not kept) and returns true; otherwise returns false: Next answers.
 */
function serve(req, res, forward) {
  const key = keyOf(req);
  if (key === null) return false;
  const entry = store.entries.get(key);
  if (entry && entry.expires > Date.now()) {
    send(req, res, entry);
    return true;
  }
  if (entry) remove(key);
  const waiting = store.inFlight.get(key);
  if (waiting && forward && store.known.has(key)) {
    waiting.push({ req, res, forward });
    return true;
  }
  return false;
}

/** Hands the requests parked on `key` the copy just kept, or passes them on to Next. */
function release(key, waiting) {
  if (store.inFlight.get(key) === waiting) store.inFlight.delete(key);
  const entry = store.entries.get(key);
  // Emptied as it is read: two captures of one URL may share the list, each releasing it.
  for (const w of waiting.splice(0)) {
    if (entry) send(w.req, w.res, entry);
    else w.forward();
  }
}

/**
 * The Link header with each preload once. Next adds the preloads a page render reports to the
 * ones it already holds for the route, so a page rendered at request time lists its stylesheet
 * and fonts twice (about 700 bytes on every copy sent).
 */
function distinctLinks(value) {
  const links = (Array.isArray(value) ? value : [String(value)]).flatMap((v) => v.split(/,\s*(?=<)/));
  return [...new Set(links.map((l) => l.trim()))].join(', ');
}

function maxAgeMs(cacheControl) {
  const match = /(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl);
  return match ? Math.min(MAX_AGE_MS, Number(match[1]) * 1000) : 0;
}

/**
 * Watches Next's response to `req`: keeps a copy when it is a shared page-cache hit, and after
 * a write (any other method) that invalidated pages, clears again once Next has answered. Next
 * applies a server action's tag expiry at its end, so a page read between the first clear and
 * that moment may still be the old one: the second clear drops it, and its generation bump
 * stops such a read in flight from being kept.
 */
function capture(req, res) {
  if (req.method !== 'GET') {
    if (req.method === 'HEAD') return;
    const before = store.generation;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      if (store.generation !== before) clear();
    };
    res.once('finish', settle);
    res.once('close', settle);
    return;
  }
  const key = keyOf(req);
  if (key === null) return;
  const generation = store.generation;
  let waiting = store.inFlight.get(key);
  if (!waiting) store.inFlight.set(key, (waiting = []));
  let released = false;
  const done = () => {
    if (released) return;
    released = true;
    release(key, waiting);
  };
  res.once('close', done); // an aborted response must not strand the requests parked on it
  const chunks = [];
  let size = 0;
  const write = res.write;
  const end = res.end;
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_ENTRY_BYTES) return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    chunks.push(buffer);
  };
  res.write = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    res.write = write;
    res.end = end;
    keep();
    const result = end.call(this, chunk, encoding, callback);
    done();
    return result;
  };
  function keep() {
    if (generation !== store.generation || res.statusCode !== 200 || size > MAX_ENTRY_BYTES) return;
    if (res.getHeader('set-cookie') !== undefined) return;
    const shared = res.getHeader(SHARED) === '1';
    if (!shared && res.getHeader('x-nextjs-cache') !== 'HIT') return;
    const ttl = shared ? MAX_AGE_MS : maxAgeMs(String(res.getHeader('cache-control') ?? ''));
    if (ttl <= 0) return;
    const headers = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (!DROPPED_HEADERS.has(name) && value !== undefined) headers[name] = name === 'link' ? distinctLinks(value) : value;
    }
    const body = Buffer.concat(chunks, size);
    headers['content-length'] = String(body.length);
    headers[HEADER] = 'HIT';
    remove(key);
    store.entries.set(key, { status: 200, headers, body, expires: Date.now() + ttl });
    store.bytes += body.length;
    store.stores += 1;
    if (store.known.size >= MAX_KNOWN) store.known.clear();
    store.known.add(key);
    for (const [oldest] of store.entries) {
      if (store.bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }
}

/** Entry count, bytes and counters (for tests). */
function stats() {
  return { entries: store.entries.size, bytes: store.bytes, hits: store.hits, stores: store.stores, generation: store.generation };
}

module.exports = { serve, capture, clear, stats };
