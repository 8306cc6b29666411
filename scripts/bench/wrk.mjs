// The load generator of the benchmark: wrk (Debian package `wrk`), one thread, keep-alive
// connections, against 127.0.0.1 only. Its summary comes back as JSON from a Lua `done` hook.
// wrk reads each response with its C parser and throws the body away; it is installed here
// when missing (apt-get, as root), or WRK_PATH names the binary.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartError } from '../lib/runtime.mjs';

const exec = promisify(execFile);

// Prints one JSON line at the end of a run: counts, bytes and latency percentiles (µs).
const REPORT_LUA = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nBYLINE-WRK {"requests":%d,"bytes":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d}\\n',
    summary.requests, summary.bytes, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status))
end
`;

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

let binary = null;

/**
 * The wrk binary: WRK_PATH, or `wrk` on the PATH, installed with apt-get when missing. Looked
 * up once per process (every load slice runs wrk).
 */
export function ensureWrk(log = console.log) {
  binary ??= process.env.WRK_PATH || onPath('wrk') || install(log);
  return binary;
}

function install(log) {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new StartError('The benchmark needs wrk: install the Debian package (apt-get install wrk) or set WRK_PATH.');
  }
  log('Installing wrk (apt-get install wrk)…');
  const aptInstall = () => execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore' });
  try {
    aptInstall();
  } catch {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      aptInstall();
    } catch {
      throw new StartError('wrk could not be installed with apt-get; install it by hand or set WRK_PATH.');
    }
  }
  const installed = onPath('wrk');
  if (!installed) throw new StartError('apt-get reported success but wrk is not on the PATH.');
  return installed;
}

let scriptFile = null;
function reportScript() {
  if (!scriptFile || !fs.existsSync(scriptFile)) {
    scriptFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'byline-wrk-')), 'report.lua');
    fs.writeFileSync(scriptFile, REPORT_LUA);
  }
  return scriptFile;
}

/** Parses the JSON line REPORT_LUA prints into the benchmark's load figures. */
export function parseWrkReport(stdout) {
  const line = stdout.split('\n').find((l) => l.startsWith('BYLINE-WRK '));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout.slice(-500)}`);
  const s = JSON.parse(line.slice('BYLINE-WRK '.length));
  const seconds = s.durationUs / 1e6;
  return {
    rps: seconds > 0 ? Math.round(s.requests / seconds) : 0,
    p50: Math.round(s.p50Us / 100) / 10,
    p99: Math.round(s.p99Us / 100) / 10,
    errors: s.connect + s.read + s.write + s.timeout,
    non2xx: s.status,
    requests: s.requests,
    bytes: s.bytes,
  };
}

/** One wrk run: `connections` keep-alive connections on one thread for `duration` seconds. */
export async function wrk(url, { connections, duration, headers = {} }) {
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', reportScript()];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  const { stdout } = await exec(ensureWrk(), args, { timeout: (duration + 30) * 1000, maxBuffer: 1024 * 1024 });
  return parseWrkReport(stdout);
}
