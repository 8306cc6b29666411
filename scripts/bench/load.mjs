// Load and timing measurements against the running server (127.0.0.1 only): wrk runs (and
// autocannon runs for comparison) with server RSS and CPU sampling, single timed requests, and
// the client JavaScript of a page.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { wrk } from './wrk.mjs';

const exec = promisify(execFile);

/** Resident memory (MB) of `pid` and all its descendants. */
export async function treeRssMb(pid) {
  const { stdout } = await exec('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return Math.round(rows.filter(([p]) => tree.has(p)).reduce((t, [, , rss]) => t + rss, 0) / 1024);
}

// autocannon, in the shape wrk's figures come in. It turns every response body into a JS
// string (utf8 decoding, on the load generator's core), which makes its requests/s depend on
// the size and the characters of a page more than on the server: kept as a comparison only.
function cannon(url, { connections, duration, headers = {} }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers, timeout: 10 }, (err, r) => {
      if (err) return reject(err);
      resolve({
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        requests: r.requests.total,
        bytes: r.throughput.total,
      });
    });
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const TOOLS = { wrk, autocannon: cannon };

const CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

/** CPU time (ms, user + system) the process `pid` has used so far. */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
}

/**
 * Warm-up, then a measured run at `connections` for `duration` seconds with `tool` (wrk, or
 * autocannon for comparison) while sampling the server's RSS (`headers` go with every request).
 * Returns { tool, rps, p50, p99, errors, non2xx, requests, bytes, cpuMs, rssMaxMb,
 * cpuMsPerRequest, bytesPerResponse }: the server's own CPU time in all and per request, and
 * the bytes of the responses (headers and bodies) as received.
 */
export async function measure(url, { serverPid, connections = 32, duration = 15, warmup = 3, headers = {}, tool = 'wrk' }) {
  const load = TOOLS[tool];
  if (warmup > 0) await load(url, { connections, duration: warmup, headers });
  let rssMaxMb = 0;
  const sampler = setInterval(() => {
    treeRssMb(serverPid).then((mb) => (rssMaxMb = Math.max(rssMaxMb, mb)), () => {});
  }, 500);
  try {
    const cpuBefore = cpuMs(serverPid);
    const r = await load(url, { connections, duration, headers });
    const cpu = cpuMs(serverPid) - cpuBefore;
    return { tool, ...r, cpuMs: cpu, rssMaxMb, ...perRequest(cpu, r.bytes, r.requests) };
  } finally {
    clearInterval(sampler);
  }
}

function perRequest(cpu, bytes, requests) {
  return {
    cpuMsPerRequest: requests ? Math.round((cpu / requests) * 1000) / 1000 : null,
    bytesPerResponse: requests ? Math.round(bytes / requests) : null,
  };
}

/**
 * Measures every target for `duration` seconds in all, as `rounds` interleaved slices (target
 * A, B, C…, then A, B, C… again): a few seconds of noise on this shared 2-core machine then
 * touches one slice of several pages instead of the whole run of one page, and each page is
 * compared with the reference under the same conditions. The first round warms every page up
 * (`warmup` seconds each); later slices start at once. Per target: the medians of the slices'
 * requests/s, p50 and p99 (the budget is on medians), the worst slice's p99, sums of errors and
 * requests, the largest RSS, and the server's CPU and bytes per request over all slices;
 * `slices` keeps each slice.
 * @param {{ name: string, url: string, fullUrl: string, headers?: Record<string, string> }[]} targets
 * @param {{ serverPid: number, connections?: number, duration?: number, rounds?: number, warmup?: number, log?: (line: string) => void }} options
 * @returns {Promise<Record<string, any>>}
 */
export async function measureRounds(targets, { serverPid, connections = 32, duration = 15, rounds = 15, warmup = 3, log = () => {} }) {
  const slices = Object.fromEntries(targets.map((t) => [t.name, []]));
  const seconds = Math.max(1, Math.round(duration / rounds));
  for (let round = 0; round < rounds; round++) {
    for (const t of targets) {
      log(`Load ${round + 1}/${rounds}: ${t.name} ${t.url}`);
      const r = await measure(t.fullUrl, { serverPid, connections, duration: seconds, warmup: round === 0 ? warmup : 0, headers: t.headers });
      slices[t.name].push(r);
    }
  }
  const result = {};
  for (const t of targets) {
    const s = slices[t.name];
    const sum = (key) => s.reduce((total, r) => total + r[key], 0);
    const requests = sum('requests');
    result[t.name] = {
      url: t.url,
      ...(t.headers ? { headers: t.headers } : {}),
      tool: s[0].tool,
      rps: median(s.map((r) => r.rps)),
      p50: median(s.map((r) => r.p50)),
      p99: median(s.map((r) => r.p99)),
      p99Max: Math.max(...s.map((r) => r.p99)),
      errors: sum('errors'),
      non2xx: sum('non2xx'),
      requests,
      rssMaxMb: Math.max(...s.map((r) => r.rssMaxMb)),
      ...perRequest(sum('cpuMs'), sum('bytes'), requests),
      slices: s.map(({ rps, p50, p99, requests: n }) => ({ rps, p50, p99, requests: n })),
    };
  }
  return result;
}

/** Milliseconds for one full GET (headers and the whole streamed body), and its status. */
export async function timedGet(url) {
  const start = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = await res.text();
  return { ms: performance.now() - start, status: res.status, body, cache: res.headers.get('x-nextjs-cache') };
}

/** Expires cache tags on the server the way another process of the deployment does. */
export async function invalidate(baseUrl, secret, tags) {
  const body = JSON.stringify({ tags });
  const signature = crypto.createHmac('sha256', secret).update(body).digest('hex');
  const res = await fetch(`${baseUrl}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-byline-signature': signature },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 204) throw new Error(`Invalidation refused: HTTP ${res.status}`);
}

/** Bytes of the JavaScript a page loads through <script src> (deduplicated), and its HTML size. */
export async function pageWeight(baseUrl, path) {
  const { body: html } = await timedGet(`${baseUrl}${path}`);
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
  let jsBytes = 0;
  for (const src of sources) {
    const res = await fetch(new URL(src, baseUrl), { signal: AbortSignal.timeout(10_000) });
    jsBytes += (await res.arrayBuffer()).byteLength;
  }
  return { htmlBytes: Buffer.byteLength(html), jsBytes, scripts: sources.length };
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
