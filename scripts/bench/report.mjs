// Turns a benchmark run into one table (figure | value | budget | pass/fail) and writes the
// JSON result to bench/results/<date>-<articles>-<engine>.json.
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../lib/runtime.mjs';

const CACHED_PAGES = ['section', 'sectionDeep', 'article', 'author', 'tag'];
const ms = (v) => (v === null || v === undefined ? '–' : `${Math.round(v * 10) / 10} ms`);
const verdict = (ok) => (ok === null ? 'info' : ok ? 'pass' : 'FAIL');

/**
 * A page's requests/s as a share of the reference page's: the median over the rounds of the
 * ratio of the two slices in the same round (load.mjs), so a slow stretch of the machine,
 * which lowers both pages of a round, does not count as the page's. Falls back to the ratio
 * of the medians for results without slices.
 */
export function refRatio(r, ref) {
  const a = r.slices ?? [];
  const b = ref.slices ?? [];
  if (a.length === 0 || a.length !== b.length) return r.rps / ref.rps;
  const ratios = a.map((s, i) => s.rps / b[i].rps).sort((x, y) => x - y);
  const mid = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
}

export function rows(results) {
  const out = [];
  const add = (figure, value, budget, ok) => out.push({ figure, value, budget, result: verdict(ok) });
  const large = results.articles >= 100_000;
  const ref = results.load.reference;
  add(`seed ${results.articles} articles`, `${results.seed.seconds.toFixed(1)} s`, '< 300 s at 100,000', large ? results.seed.seconds < 300 : null);
  const small = results.buildSmall;
  const runs = (b) => (b?.runs?.length > 1 ? `, best of ${b.runs.join(' / ')} s` : '');
  add(
    'next build',
    results.buildSeconds === null ? 'skipped' : `${results.buildSeconds} s (${results.buildArticles} articles${runs(results.build)})`,
    small ? `≈ ${small.seconds} s (${small.articles} articles, same run${runs(small)}) ±25%` : 'same at any archive size',
    small && results.buildSeconds ? Math.abs(results.buildSeconds - small.seconds) <= small.seconds * 0.25 : null,
  );
  for (const [name, r] of Object.entries(results.load)) {
    const cached = CACHED_PAGES.includes(name);
    const ratio = refRatio(r, ref);
    const value = name === 'reference' ? String(r.rps) : `${r.rps} (${ratio.toFixed(2)} × ref)`;
    const rpsBudget = cached ? '≥ 0.8 × ref (median of per-round ratios)' : name === 'reference' ? 'reference' : '–';
    add(`${name} req/s`, value, rpsBudget, cached ? ratio >= 0.8 : null);
    const worst = r.p99Max !== undefined && r.slices?.length > 1 ? ` (worst slice ${ms(r.p99Max)})` : '';
    add(`${name} p50 / p99`, `${ms(r.p50)} / ${ms(r.p99)}${worst}`, cached ? 'p99 < 50 ms' : name === 'search' ? 'p99 < 150 ms at 100,000' : '–',
      cached ? r.p99 < 50 : name === 'search' && large ? r.p99 < 150 : null);
    add(`${name} errors / non-2xx`, `${r.errors} / ${r.non2xx}`, '0', r.errors === 0 && r.non2xx === 0);
    if (r.cpuMsPerRequest !== undefined) {
      const kb = (r.bytesPerResponse / 1024).toFixed(1);
      add(`${name} server CPU / response`, `${r.cpuMsPerRequest.toFixed(3)} ms per request, ${kb} kB, ${((r.rps * r.bytesPerResponse) / 1e6).toFixed(0)} MB/s`, '–', null);
    }
  }
  const ac = results.autocannon;
  if (ac?.reference && ac.article) {
    add('autocannon: reference / article req/s', `${ac.reference.rps} / ${ac.article.rps} (${(ac.article.rps / ac.reference.rps).toFixed(2)}×)`, 'info (decodes every body)', null);
    add('autocannon: reference / article p99', `${ms(ac.reference.p99)} / ${ms(ac.article.p99)}`, '–', null);
  }
  const rss = Math.max(...[...Object.values(results.load), ...Object.values(ac ?? {})].map((r) => r.rssMaxMb));
  add('server RSS under load (max)', `${rss} MB`, '< 400 MB', rss < 400);
  const u = results.uncached;
  add('uncached article (median of 20)', ms(u.article.median), '< 60 ms at 100,000', large ? u.article.median < 60 : null);
  add('uncached section page 1 (median)', ms(u.section.median), '–', null);
  add(`uncached deep section ?page=${results.targets.deepPage} (median)`, ms(u.sectionDeep.median), '< 100 ms at 100,000', large ? u.sectionDeep.median < 100 : null);
  const q = results.queries;
  const dataMax = Math.max(...Object.values(q).map((c) => c.data));
  const detail = Object.entries(q).map(([k, c]) => `${k} ${c.data}`).join(', ');
  add('queries per uncached page (data, max)', `${dataMax} (${detail})`, '≤ 5', dataMax <= 5);
  const proxyMax = Math.max(...Object.values(q).map((c) => c.proxy));
  add('  + proxy route check / header nav', `${proxyMax} / ${q.front.nav}`, 'info (proxy memo 2 s; nav cached)', null);
  const a0 = q.article0.data;
  const a1 = q.article1.data;
  add('article queries: 1 author+1 tag vs 3+4', `${a0} vs ${a1}`, 'equal', a0 === a1);
  const fresh = results.freshness.runs.map((r) => r.visibleMs);
  const worst = fresh.includes(-1) ? Infinity : Math.max(...fresh);
  add(`publish → visible (${fresh.length} runs)`, `median ${ms(fresh.sort((x, y) => x - y)[Math.floor((fresh.length - 1) / 2)])}, max ${ms(worst)}`, '< 1000 ms', worst < 1000);
  const d = results.draftSaves;
  add('draft save p50 / p99', d.measured ? `${ms(d.p50)} / ${ms(d.p99)}` : `not measured: ${d.reason}`, 'p99 < 100 ms', d.measured ? d.p99 < 100 : null);
  const w = results.weight;
  const ratio = w.article.jsBytes / w.reference.jsBytes;
  add('article client JS vs /about', `${(w.article.jsBytes / 1024).toFixed(1)} kB vs ${(w.reference.jsBytes / 1024).toFixed(1)} kB (${ratio.toFixed(2)}×)`, '≤ 1.15×', ratio <= 1.15);
  add('article HTML', `${(w.article.htmlBytes / 1024).toFixed(1)} kB`, '< 100 kB', w.article.htmlBytes < 100 * 1024);
  return out;
}

export function printAndSave(results) {
  const table = rows(results);
  results.table = table;
  const widths = ['figure', 'value', 'budget', 'result'].map((k) => Math.max(k.length, ...table.map((r) => String(r[k]).length)));
  const line = (r) => ['figure', 'value', 'budget', 'result'].map((k, i) => String(r[k]).padEnd(widths[i])).join(' | ');
  console.log(`\nByline benchmark: ${results.articles} articles on ${results.engine}, Node.js ${results.host.node}, ${results.date.slice(0, 16)}Z, load ${results.host.load.map((l) => l.toFixed(1)).join(' ')}${results.loadTool ? `, load tool ${results.loadTool}` : ''}`);
  console.log(line({ figure: 'figure', value: 'value', budget: 'budget', result: 'result' }));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of table) console.log(line(r));
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.date.slice(0, 10)}-${results.articles}-${results.engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, file)}`);
}
