// The benchmark: seeds a large archive into a fresh database, builds and starts the
// production server, measures it against the budget (bench/README.md) and writes
// bench/results/<date>-<articles>-<engine>.json. Only ever talks to 127.0.0.1.
// Usage: npm run bench -- [--articles 10000|100000] [--keep] [--skip-build] [--duration 15] [--rounds 15]
// BENCH_DATABASE_URL=postgresql://…/postgres uses that server (a new database per run),
// otherwise the embedded engine runs in a child process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from '../lib/embedded-pg.mjs';
import { applyMigrations } from '../lib/migrate.mjs';
import { StartError, nextBin, root, run, serverCommand, waitForOk } from '../lib/runtime.mjs';
import { startEmbeddedProcess } from '../../tests/setup/db.mjs';
import { invalidate, measure, measureRounds, median, pageWeight, timedGet } from './load.mjs';
import { printAndSave } from './report.mjs';
import { seedArchive } from './seed-archive.mjs';
import { pickTargets } from './targets.mjs';
import { ensureWrk } from './wrk.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const ARTICLES = Number(option('--articles', '10000'));
const DURATION = Number(option('--duration', '15'));
const ROUNDS = Number(option('--rounds', '15'));
const CONNECTIONS = 32;
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-bench';
const HARD_LIMIT_MS = 60 * 60_000; // every run is bounded, whatever hangs
const SECRET = 'bench-secret-not-for-production-0123456789abcdef';

const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const state = { db: null, twin: null, server: null, uploadDir: null, cleaning: null };

async function createDatabase(suffix = '') {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedProcess();
    return { url: embedded.url, engine: 'embedded', drop: () => embedded.stop(), name: 'in-memory' };
  }
  const name = `byline_bench_${Date.now().toString(36)}${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
  };
  return { url: url.toString(), engine: 'postgresql', drop, name };
}

function cleanup() {
  state.cleaning ??= (async () => {
    const { server, db, twin, uploadDir } = state;
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await Promise.race([new Promise((r) => server.once('exit', r)), new Promise((r) => setTimeout(r, 5_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (twin) await twin.drop().catch((e) => console.error(`Could not drop the demo-only database: ${e.message}`));
    if (db && !flag('--keep')) await db.drop().catch((e) => console.error(`Could not drop the database: ${e.message}`));
    else if (db) log(`Kept database ${db.url}`);
    if (uploadDir && !flag('--keep')) fs.rmSync(uploadDir, { recursive: true, force: true });
  })();
  return state.cleaning;
}

async function countArticles(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT count(*)::int AS n FROM "Article"')).rows[0].n;
  } finally {
    await client.end();
  }
}

/** Runs a TypeScript helper in its own process; resolves to its last stdout line as JSON. */
function helper(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions', 'react-server', '--import', 'tsx', script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${script} failed (exit ${code}): ${out.slice(-300)}`));
      }
    });
  });
}

async function uncached(baseUrl, urls) {
  const times = [];
  for (const { url, tags } of urls) {
    // Cached, as on a live site (a first request renders the page and stores it after
    // answering, so ask until the page cache answers: no render left running)…
    for (let i = 0; i < 10 && (await timedGet(`${baseUrl}${url}`)).cache !== 'HIT'; i++);
    await invalidate(baseUrl, SECRET, tags); // …until a write expires it
    const { ms, status } = await timedGet(`${baseUrl}${url}`);
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    times.push(ms);
  }
  return { median: Math.round(median(times) * 10) / 10, max: Math.round(Math.max(...times) * 10) / 10, samples: times.length };
}

async function main() {
  for (const [name, value] of [['--articles', ARTICLES], ['--duration', DURATION], ['--rounds', ROUNDS]]) {
    if (!Number.isInteger(value) || value < 1) throw new StartError(`${name} must be a whole number above 0 (got "${option(name)}").`);
  }
  const results = { date: new Date().toISOString(), articles: ARTICLES, host: { cpus: os.cpus().length, node: process.version, load: os.loadavg() } };
  results.loadTool = `${ensureWrk(log)}, 1 thread`; // before anything slow: a missing tool fails fast
  state.uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-bench-uploads-'));
  state.db = await createDatabase();
  results.engine = state.db.engine;
  log(`Database: ${state.db.engine} (${state.db.name})`);
  await applyMigrations(state.db.url);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: state.db.url,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    BYLINE_INTERNAL_URL: baseUrl,
    UPLOAD_DIR: state.uploadDir,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  };
  const skipBuild = flag('--skip-build') && fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'));
  log('Seeding the demo content and staff…');
  const seedDemo = (url) => run(process.execPath, ['--import', 'tsx', 'prisma/seed/run.ts'], { env: { ...env, DATABASE_URL: url }, label: 'Demo seed', quiet: true });
  await seedDemo(state.db.url);
  const demoArticles = await countArticles(state.db.url);
  // Build time must not grow with the archive: the same build against a twin database with
  // the demo content only and against this one with the archive loaded, alternately, three
  // times each; the fastest of each counts. Alternating keeps the machine's drift (it has slow
  // stretches of minutes, and the archive load leaves the disk cache and PostgreSQL busier
  // for a while) out of the comparison; the first build of a run also warms the compiler.
  if (!skipBuild) {
    state.twin = await createDatabase('_demo');
    await applyMigrations(state.twin.url);
    await seedDemo(state.twin.url);
  }
  log(`Seeding ${ARTICLES} archive articles…`);
  results.seed = await seedArchive({ url: state.db.url, articles: ARTICLES, uploadDir: state.uploadDir, log });
  log(`Seeded in ${results.seed.seconds.toFixed(1)} s`);
  results.buildArticles = demoArticles + ARTICLES;
  if (skipBuild) {
    log(`Reusing the build in ${DIST_DIR}`);
    results.buildSeconds = null;
  } else {
    const BUILDS = 3;
    const runs = { small: [], big: [] };
    for (let i = 1; i <= BUILDS; i++) {
      for (const [kind, url, articles] of [['small', state.twin.url, demoArticles], ['big', state.db.url, results.buildArticles]]) {
        log(`next build into ${DIST_DIR} (${articles} articles, ${i} of ${BUILDS})…`);
        const start = Date.now();
        await run(process.execPath, [nextBin(), 'build'], { env: { ...env, DATABASE_URL: url }, label: 'next build', quiet: true });
        runs[kind].push(Math.round((Date.now() - start) / 100) / 10);
        log(`Built in ${runs[kind][i - 1]} s`);
      }
    }
    // The last build ran against the archive database, the one the server uses below.
    results.buildSmall = { articles: demoArticles, seconds: Math.min(...runs.small), runs: runs.small };
    results.build = { seconds: Math.min(...runs.big), runs: runs.big };
    results.buildSeconds = results.build.seconds;
    await state.twin.drop();
    state.twin = null;
  }

  state.server = spawn(process.execPath, serverCommand(port), { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!(await waitForOk(`${baseUrl}/api/health`, 120_000, () => state.server.exitCode === null))) throw new StartError('The production server did not start.');
  log(`Server on ${baseUrl} (pid ${state.server.pid})`);

  const t = await pickTargets(state.db.url, ARTICLES);
  results.targets = t;
  for (const url of Object.values(t.urls)) {
    const { status } = await timedGet(`${baseUrl}${url}`);
    if (status !== 200) throw new Error(`${url} answered ${status} before the run`);
  }

  // Every page, and the article as browsers ask for it (gzip; not budgeted: the other rows are
  // uncompressed, the stricter case), in interleaved rounds (load.mjs).
  const targets = Object.entries(t.urls).map(([name, url]) => ({ name, url, fullUrl: `${baseUrl}${url}` }));
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };
  targets.push({ name: 'articleGzip', url: t.urls.article, fullUrl: `${baseUrl}${t.urls.article}`, headers: gzip });
  results.rounds = ROUNDS;
  results.load = await measureRounds(targets, { serverPid: state.server.pid, connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, log });
  // The reference and the article once more with autocannon, for comparison (not budgeted): it
  // decodes every body into a string on the load generator's core (load.mjs).
  results.autocannon = {};
  for (const name of ['reference', 'article']) {
    log(`Load (autocannon, for comparison): ${name} ${t.urls[name]}`);
    results.autocannon[name] = { url: t.urls[name], ...(await measure(`${baseUrl}${t.urls[name]}`, { serverPid: state.server.pid, connections: CONNECTIONS, duration: DURATION, tool: 'autocannon' })) };
  }

  log('Uncached path (median of 20)…');
  results.uncached = {
    article: await uncached(baseUrl, t.uncachedArticles.map((a) => ({ url: a.url, tags: [`article:${a.id}`] }))),
    section: await uncached(baseUrl, Array.from({ length: 20 }, () => ({ url: t.urls.section, tags: [`section:${t.topSectionId}`] }))),
    sectionDeep: await uncached(baseUrl, Array.from({ length: 20 }, () => ({ url: t.urls.sectionDeep, tags: [`section:${t.topSectionId}`] }))),
  };

  log('Freshness: publish → visible…');
  results.freshness = await helper('scripts/bench/publish-one.ts', [t.freshnessSection, '5'], env);
  log('Queries per uncached page…');
  results.queries = await helper('scripts/bench/query-counts.ts', [JSON.stringify(t.queryTargets)], env);
  log('Studio draft saves…');
  results.draftSaves = await helper('scripts/bench/draft-saves.ts', ['200'], env);
  log('Page weight…');
  results.weight = { reference: await pageWeight(baseUrl, t.urls.reference), article: await pageWeight(baseUrl, t.urls.article) };
  printAndSave(results);
}

const deadline = setTimeout(() => {
  console.error(`The benchmark ran past ${HARD_LIMIT_MS / 60_000} minutes; stopping.`);
  cleanup().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(async () => {
    await cleanup();
    clearTimeout(deadline);
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(error instanceof StartError ? error.message : error);
    await cleanup();
    process.exit(1);
  });
