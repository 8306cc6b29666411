// Load and timing measurements against the running server (127.0.0.1 only): autocannon runs
// with server RSS sampling, single timed requests, and the client JavaScript of a page.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

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

function cannon(url, { connections, duration, headers = {} }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers, timeout: 10 }, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

/** CPU time (ms, user + system) the process `pid` has used so far. */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
}

/**
 * Warm-up, then a measured run at `connections` for `duration` seconds while sampling the
 * server's RSS (`headers` go with every request). Returns { rps, p50, p99, errors, non2xx,
 * requests, rssMaxMb, cpuMsPerRequest, bytesPerResponse }: the server's own CPU time per
 * request, and the bytes of each response (headers and body) as received.
 */
export async function measure(url, { serverPid, connections = 32, duration = 15, warmup = 3, headers = {} }) {
  await cannon(url, { connections, duration: warmup, headers });
  let rssMaxMb = 0;
  const sampler = setInterval(() => {
    treeRssMb(serverPid).then((mb) => (rssMaxMb = Math.max(rssMaxMb, mb)), () => {});
  }, 500);
  try {
    const cpuBefore = cpuMs(serverPid);
    const r = await cannon(url, { connections, duration, headers });
    const cpu = cpuMs(serverPid) - cpuBefore;
    return {
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      requests: r.requests.total,
      rssMaxMb,
      cpuMsPerRequest: r.requests.total ? Math.round((cpu / r.requests.total) * 1000) / 1000 : null,
      bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : null,
    };
  } finally {
    clearInterval(sampler);
  }
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
