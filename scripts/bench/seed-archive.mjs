// Bulk archive for the benchmark, on top of the demo seed: tops the section tree up to
// 8 top-level sections × 4 subsections (40), the staff up to 300 authors, the tags up to
// 2,000, then adds published articles in set-based batches (one INSERT … SELECT FROM unnest
// per 1,000 rows). Secondary indexes on the article tables are dropped for the load and
// rebuilt after it with their exact definitions, which is what any bulk import does.
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { buildArticle, contributor, rng, slugify, tagName } from './content.mjs';

const TOP_LEVEL = 8;
const SUBSECTIONS = 4;
const AUTHORS = 300;
const TAGS = 2000;
const BATCH = 1000;
const COVERS = 6;
const COVER_WIDTHS = [480, 960, 1600];
const YEARS = 5;
const EXTRA_TOPS = ['Local', 'Arts', 'Money'];
const EXTRA_SUBS = ['briefs', 'analysis', 'photo-essays', 'explainers'];

const id = (prefix, n) => `${prefix}${n.toString(36).padStart(7, '0')}`;
const title = (slug) => slug.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

async function topUpSections(client) {
  const { rows } = await client.query(`SELECT id, path, "parentId" FROM "Section"`);
  const tops = rows.filter((s) => !s.parentId);
  let n = 0;
  for (const name of EXTRA_TOPS) {
    if (tops.length >= TOP_LEVEL) break;
    const slug = name.toLowerCase();
    const sid = id('bsec', n++);
    await client.query(
      `INSERT INTO "Section" (id, name, slug, path, description, position, "updatedAt") VALUES ($1,$2,$3,$3,$4,$5,now())`,
      [sid, name, slug, `${name} from Port Calder and Halvorsen.`, 100 + tops.length],
    );
    tops.push({ id: sid, path: slug, parentId: null });
  }
  for (const top of tops) {
    const children = rows.filter((s) => s.parentId === top.id).length;
    for (let i = 0, added = children; added < SUBSECTIONS && i < EXTRA_SUBS.length; i++) {
      const slug = EXTRA_SUBS[i];
      if (rows.some((s) => s.path === `${top.path}/${slug}`)) continue;
      await client.query(
        `INSERT INTO "Section" (id, name, slug, path, "parentId", position, "updatedAt") VALUES ($1,$2,$3,$4,$5,$6,now())`,
        [id('bsec', n++), title(slug), slug, `${top.path}/${slug}`, top.id, 50 + added],
      );
      added++;
    }
  }
  return (await client.query(`SELECT id, path, "parentId" FROM "Section" ORDER BY path`)).rows;
}

async function topUpPeople(client) {
  const { rows: [{ count }] } = await client.query(`SELECT count(*)::int AS count FROM "User"`);
  const people = Array.from({ length: Math.max(0, AUTHORS - count) }, (_, i) => contributor(i));
  if (people.length) {
    await client.query(
      `INSERT INTO "User" (id, email, name, slug, role, "jobTitle", bio, "updatedAt")
       SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::"Role"[], $6::text[], $7::text[])`,
      [people.map((_, i) => id('busr', i)), people.map((p) => p.email), people.map((p) => p.name), people.map((p) => p.slug),
        people.map(() => 'WRITER'), people.map((p) => p.jobTitle), people.map((p) => p.bio)],
    );
  }
  return (await client.query(`SELECT id FROM "User" ORDER BY id`)).rows.map((r) => r.id);
}

async function topUpTags(client) {
  const { rows: [{ count }] } = await client.query(`SELECT count(*)::int AS count FROM "Tag"`);
  const list = Array.from({ length: Math.max(0, TAGS - count) }, (_, i) => tagName(i));
  if (list.length) {
    await client.query(`INSERT INTO "Tag" (id, name, slug) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      list.map((_, i) => id('btag', i)), list.map((t) => t.name), list.map((t) => t.slug),
    ]);
  }
  return (await client.query(`SELECT id FROM "Tag" ORDER BY id`)).rows.map((r) => r.id);
}

/** A handful of shared cover images (WebP variants written into the upload folder). */
async function makeCovers(client, uploadDir) {
  const ids = [];
  const palette = ['#0f766e', '#1e3a8a', '#9f1239', '#14532d', '#581c87', '#334155'];
  for (let i = 0; i < COVERS; i++) {
    const mid = id('bmed', i);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="100%" height="100%" fill="${palette[i]}"/><circle cx="${300 + i * 200}" cy="450" r="320" fill="#fef3c7" fill-opacity="0.5"/></svg>`;
    const dir = path.join(uploadDir, mid);
    await fs.mkdir(dir, { recursive: true });
    let size = 0;
    for (const w of COVER_WIDTHS) {
      const buf = await sharp(Buffer.from(svg)).resize({ width: w }).webp({ quality: 70 }).toBuffer();
      await fs.writeFile(path.join(dir, `${w}.webp`), buf);
      size = buf.length;
    }
    await client.query(
      `INSERT INTO "Media" (id, "storageKey", "mimeType", size, width, height, variants, alt, credit) VALUES ($1,$2,'image/webp',$3,1600,900,$4,$5,$6)`,
      [mid, `bench-${mid}`, size, COVER_WIDTHS, 'Abstract illustration in two colours', 'Illustration: Byline graphics desk'],
    );
    ids.push(mid);
  }
  return ids;
}

// Heavier top-level sections get more stories (news and sports more than letters), as in
// a real paper; subsections share their top's articles with the top-level page itself.
function sectionWeights(sections) {
  const tops = sections.filter((s) => !s.parentId);
  return sections.map((s) => {
    const top = s.parentId ? tops.findIndex((t) => t.id === s.parentId) : tops.indexOf(s);
    return { id: s.id, weight: (s.parentId ? 3 : 1) * (1 + (tops.length - top) / 2) };
  });
}

function weightedPicker(items) {
  const total = items.reduce((t, i) => t + i.weight, 0);
  const cumulative = [];
  let acc = 0;
  for (const i of items) cumulative.push((acc += i.weight / total));
  return (x) => items[Math.min(items.length - 1, cumulative.findIndex((c) => x <= c))].id;
}

async function indexesToRebuild(client) {
  const { rows } = await client.query(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
    WHERE i.schemaname = 'public' AND i.tablename IN ('Article', 'ArticleAuthor', 'ArticleTag')
      AND NOT x.indisunique AND NOT x.indisprimary`);
  return rows;
}

/**
 * Seeds `articles` published articles; returns timing and counts. `log` gets progress lines.
 * @param {{ url: string, articles: number, uploadDir: string, log?: (s: string) => void }} options
 */
export async function seedArchive({ url, articles, uploadDir, log = () => {} }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const sections = await topUpSections(client);
    const users = await topUpPeople(client);
    const tagIds = await topUpTags(client);
    const covers = await makeCovers(client, uploadDir);
    const pickSection = weightedPicker(sectionWeights(sections));
    const indexes = await indexesToRebuild(client);
    for (const ix of indexes) await client.query(`DROP INDEX "${ix.name}"`);
    log(`${sections.length} sections, ${users.length} people, ${tagIds.length} tags; loading ${articles} articles…`);

    const now = Date.now() - 3_600_000; // the newest archive story is an hour old
    const span = YEARS * 365 * 86_400_000;
    for (let from = 0; from < articles; from += BATCH) {
      const cols = { id: [], slug: [], title: [], dek: [], body: [], text: [], words: [], cover: [], section: [], at: [], by: [] };
      const aa = { article: [], user: [], position: [] };
      const at = { article: [], tag: [] };
      for (let n = from; n < Math.min(articles, from + BATCH); n++) {
        const r = rng(n * 7919 + 17);
        const a = buildArticle(n + 1);
        const aid = id('bart', n);
        // Publication dates: newest first by index, with jitter, spread over five years.
        const when = new Date(now - (n / articles) * span - Math.floor(r() * 3_600_000));
        cols.id.push(aid);
        cols.slug.push(`${slugify(a.title)}-${n.toString(36)}`);
        cols.title.push(a.title);
        cols.dek.push(a.dek);
        cols.body.push(JSON.stringify(a.body));
        cols.text.push(a.bodyText);
        cols.words.push(a.wordCount);
        cols.cover.push(r() < 0.7 ? covers[n % covers.length] : null);
        cols.section.push(pickSection(r()));
        cols.at.push(when.toISOString());
        // Authors: a long tail (a few prolific staff writers); tags: Zipf-like popularity.
        const people = new Set();
        const authorCount = 1 + Math.floor(r() * r() * 3);
        while (people.size < authorCount) people.add(users[Math.floor(users.length * r() ** 2)]);
        [...people].forEach((u, i) => {
          aa.article.push(aid);
          aa.user.push(u);
          aa.position.push(i);
        });
        const labels = new Set();
        const tagCount = 1 + Math.floor(r() * 4);
        while (labels.size < tagCount) labels.add(tagIds[Math.floor(tagIds.length * r() ** 3)]);
        for (const t of labels) {
          at.article.push(aid);
          at.tag.push(t);
        }
        cols.by.push([...people][0]);
      }
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO "Article" (id, slug, title, dek, body, "bodyText", "wordCount", "coverImageId", "coverAlt", "coverCredit",
                               "sectionId", status, "publishedAt", "createdById", "createdAt", "updatedAt")
         SELECT u.id, u.slug, u.title, u.dek, u.body::jsonb, u.txt, u.words, u.cover,
                CASE WHEN u.cover IS NULL THEN NULL ELSE 'Abstract illustration in two colours' END, NULL,
                u.section, 'PUBLISHED', u.at, u.by, u.at, u.at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[],
                     $10::timestamptz[], $11::text[]) AS u(id, slug, title, dek, body, txt, words, cover, section, at, by)`,
        [cols.id, cols.slug, cols.title, cols.dek, cols.body, cols.text, cols.words, cols.cover, cols.section, cols.at, cols.by],
      );
      await client.query(`INSERT INTO "ArticleAuthor" ("articleId", "userId", position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [aa.article, aa.user, aa.position]);
      await client.query(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT * FROM unnest($1::text[], $2::text[])`, [at.article, at.tag]);
      await client.query('COMMIT');
      if ((from / BATCH) % 10 === 9) log(`  ${from + BATCH} articles (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    log(`Rebuilding ${indexes.length} indexes…`);
    for (const ix of indexes) await client.query(ix.def);
    // Steady state, as autovacuum leaves it: statistics and the visibility map (index-only scans).
    await client.query('VACUUM ANALYZE');
    // …and the loaded pages written out now, not by the checkpointer during the next build.
    // (It needs a superuser or pg_checkpoint; without, the run goes on and says so.)
    await client.query('CHECKPOINT').catch((error) => log(`No CHECKPOINT after the load: ${error.message}`));
    return { seconds: (Date.now() - started) / 1000, sections: sections.length, authors: users.length, tags: tagIds.length };
  } finally {
    await client.end().catch(() => {});
  }
}
