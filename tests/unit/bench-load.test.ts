// The benchmark's load generator (scripts/bench/wrk.mjs and load.mjs), run against a real HTTP
// server on 127.0.0.1 that counts what reaches it: wrk's figures must be the server's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { measureRounds } from '../../scripts/bench/load.mjs';
import { ensureWrk, parseWrkReport, wrk } from '../../scripts/bench/wrk.mjs';

const body = Buffer.from(`<!doctype html><p>${'Byline — the news · '.repeat(400)}</p>`);
let served = 0;
let failed = 0;
let server: http.Server;
let base = '';

beforeAll(async () => {
  ensureWrk(() => {}); // installs the Debian package when it is missing
  server = http.createServer((req, res) => {
    if (req.url === '/fail') {
      failed += 1;
      res.writeHead(503, { 'content-type': 'text/plain', 'content-length': '4' });
      res.end('busy');
      return;
    }
    served += 1;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('wrk reports the requests the server answered, their bytes and latency', async () => {
  served = 0;
  const r = await wrk(`${base}/page`, { connections: 4, duration: 1 });
  expect(r.requests).toBeGreaterThan(100);
  // Requests still open when the run ends reach the server but are not counted by wrk.
  expect(served).toBeGreaterThanOrEqual(r.requests);
  expect(served - r.requests).toBeLessThanOrEqual(4);
  expect(r.bytes / r.requests).toBeGreaterThan(body.length);
  expect(r.bytes / r.requests).toBeLessThan(body.length + 300);
  expect(r.rps).toBeGreaterThan(50);
  expect(r.errors).toBe(0);
  expect(r.non2xx).toBe(0);
  expect(r.p50).toBeGreaterThan(0);
  expect(r.p99).toBeGreaterThanOrEqual(r.p50);
});

test('responses that are not 2xx are counted as such', async () => {
  failed = 0;
  const r = await wrk(`${base}/fail`, { connections: 2, duration: 1 });
  expect(r.requests).toBeGreaterThan(0);
  expect(r.non2xx).toBe(r.requests);
  expect(failed).toBeGreaterThanOrEqual(r.requests);
});

test('a server that cannot be reached fails the run with wrk\'s reason', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await expect(wrk(`http://127.0.0.1:${port}/`, { connections: 2, duration: 1 })).rejects.toThrow(/unable to connect/);
});

test('a run without the summary line is an error, not a zero', () => {
  expect(() => parseWrkReport('Running 1s test @ http://127.0.0.1/\n')).toThrow(/no summary/);
});

interface Slice {
  rps: number;
  p99: number;
  requests: number;
}
interface Row extends Slice {
  tool: string;
  p99Max: number;
  bytesPerResponse: number;
  rssMaxMb: number;
  headers?: Record<string, string>;
  slices: Slice[];
}

test('interleaved rounds give each target its median slice and the sums of all slices', async () => {
  served = 0;
  const log: string[] = [];
  const targets = [
    { name: 'a', url: '/a', fullUrl: `${base}/a` },
    { name: 'b', url: '/b', fullUrl: `${base}/b`, headers: { 'accept-encoding': 'gzip' } },
  ];
  const r: Record<string, Row> = await measureRounds(targets, { serverPid: process.pid, connections: 2, duration: 3, rounds: 3, warmup: 1, log: (l: string) => void log.push(l) });
  expect(log).toEqual(['Load 1/3: a /a', 'Load 1/3: b /b', 'Load 2/3: a /a', 'Load 2/3: b /b', 'Load 3/3: a /a', 'Load 3/3: b /b']);
  for (const name of ['a', 'b']) {
    const t = r[name];
    expect(t.slices).toHaveLength(3);
    const rps = t.slices.map((s) => s.rps).sort((x, y) => x - y);
    expect(t.rps).toBe(rps[1]);
    expect(t.requests).toBe(t.slices.reduce((n, s) => n + s.requests, 0));
    expect(t.p99Max).toBe(Math.max(...t.slices.map((s) => s.p99)));
    expect(t.bytesPerResponse).toBeGreaterThan(body.length);
    expect(t.rssMaxMb).toBeGreaterThan(10);
    expect(t.tool).toBe('wrk');
  }
  expect(r.b.headers).toEqual({ 'accept-encoding': 'gzip' });
  // Warm-ups and slices all reached the server.
  expect(served).toBeGreaterThan(r.a.requests + r.b.requests);
});

describe('share of the reference page', () => {
  const row = (rps: number[]) => ({ rps: [...rps].sort((a, b) => a - b)[Math.floor(rps.length / 2)], slices: rps.map((r) => ({ rps: r })) });

  it('is the median of the per-round ratios, so a slow round lowers neither page alone', async () => {
    const { refRatio } = await import('../../scripts/bench/report.mjs');
    // Round 3 was slow for both pages: the ratio of medians (800 / 1000) says 0.8, the page
    // served 0.9 of the reference in every round.
    const ref = row([1000, 1000, 400, 1000, 1000]);
    const page = row([900, 900, 360, 900, 900]);
    expect(refRatio(page, ref)).toBeCloseTo(0.9, 5);
    expect(refRatio(row([1, 2, 3, 4]), row([2, 2, 2, 2]))).toBeCloseTo(1.25, 5);
  });

  it('falls back to the ratio of the medians without matching slices', async () => {
    const { refRatio } = await import('../../scripts/bench/report.mjs');
    expect(refRatio({ rps: 800 }, { rps: 1000 })).toBeCloseTo(0.8, 5);
    expect(refRatio(row([1, 2, 3]), row([1, 2]))).toBeCloseTo(1, 5);
  });
});
