import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import { applyMigrations } from '../../scripts/lib/migrate.mjs';
import { createScratchDatabase } from '../setup/db.mjs';

async function counts(db: Db) {
  const [users, sections, tags, articles, media, events, revisions] = await Promise.all([
    db.user.count(),
    db.section.count(),
    db.tag.count(),
    db.article.count(),
    db.media.count(),
    db.articleEvent.count(),
    db.revision.count(),
  ]);
  return { users, sections, tags, articles, media, events, revisions };
}

describe('demo seed', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let db: Db;
  const uploadRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-seed-'));

  beforeAll(async () => {
    scratch = await createScratchDatabase('byline_seed');
    await applyMigrations(scratch.url, { log: () => {} });
    db = createDb(scratch.url, 2);
  });
  afterAll(async () => {
    await db.$disconnect();
    await scratch.drop();
    fs.rmSync(uploadRoot, { recursive: true, force: true });
  });

  it('creates the demo newsroom and is idempotent', async () => {
    const first = await seed(db, { uploadRoot });
    const after = await counts(db);
    expect(first.articlesCreated).toBe(after.articles);

    const second = await seed(db, { uploadRoot });
    expect(second.articlesCreated).toBe(0);
    expect(await counts(db)).toEqual(after);

    expect(await db.article.count({ where: { status: 'PUBLISHED' } })).toBeGreaterThanOrEqual(60);
    expect(await db.article.count({ where: { status: 'DRAFT' } })).toBeGreaterThan(0);
    expect(await db.article.count({ where: { status: 'IN_REVIEW' } })).toBeGreaterThan(0);
    expect(await db.section.count({ where: { parentId: null } })).toBeGreaterThanOrEqual(6);
    expect(await db.section.findUnique({ where: { path: 'culture/news' } })).toMatchObject({ name: 'News' });

    const authors = await db.user.findMany({ where: { authorships: { some: {} } } });
    expect(authors.length).toBeGreaterThanOrEqual(8);
    for (const a of authors) {
      expect(a.bio?.length).toBeGreaterThan(40);
      expect([a.website, a.xHandle, a.instagramHandle, a.tiktokHandle, a.blueskyHandle].filter(Boolean).length).toBeGreaterThan(0);
    }
    const roles = await db.user.findMany({ where: { passwordHash: { not: null } }, select: { role: true } });
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(['WRITER', 'EDITOR', 'ADMIN']));

    const cover = await db.media.findFirstOrThrow();
    for (const w of cover.variants) expect(fs.existsSync(path.join(uploadRoot, cover.id, `${w}.webp`))).toBe(true);
  });

  it('writes bodies with quotes, links and quoted social posts', async () => {
    const bodies = (await db.article.findMany({ where: { status: 'PUBLISHED' }, select: { body: true } })).map((a) =>
      JSON.stringify(a.body),
    );
    expect(bodies.filter((b) => b.includes('"blockquote"')).length).toBeGreaterThan(30);
    expect(bodies.filter((b) => b.includes('"socialPost"')).length).toBeGreaterThan(10);
    expect(bodies.filter((b) => b.includes('"link"')).length).toBeGreaterThan(30);
  });
});
