// Demo content: sections, staff, authors, tags and articles. Idempotent: records are found
// by their natural keys (path, email, slug) and only missing ones are created.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { countWords, documentText } from '@/lib/content/doc-text';
import { doc } from './doc';
import { COVER_SIZE, COVER_WIDTHS, drawCover } from './covers';
import { articlesA } from './content/articles-a';
import { articlesB } from './content/articles-b';
import { authors } from './content/authors';
import { sections } from './content/sections';
import type { SeedArticle, SeedSection } from './types';

/** Demo sign-ins, printed by `npm start`. */
export const DEMO_PASSWORD = 'byline-demo-2026';
export const DEMO_ACCOUNTS = [
  { role: 'WRITER', slug: 'maya-okafor', email: 'writer@byline.local' },
  { role: 'EDITOR', slug: 'daniel-reyes', email: 'editor@byline.local' },
  { role: 'ADMIN', slug: 'priya-natarajan', email: 'admin@byline.local' },
] as const;

export const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const DAY = 86_400_000;

async function seedSections(db: Db, list: SeedSection[], parent: { id: string; path: string } | null) {
  const ids = new Map<string, string>();
  for (const [position, s] of list.entries()) {
    const sectionPath = parent ? `${parent.path}/${s.slug}` : s.slug;
    const row = await db.section.upsert({
      where: { path: sectionPath },
      update: {},
      create: { name: s.name, slug: s.slug, path: sectionPath, description: s.description, position, parentId: parent?.id ?? null },
      select: { id: true },
    });
    ids.set(sectionPath, row.id);
    if (s.children) {
      for (const [k, v] of await seedSections(db, s.children, { id: row.id, path: sectionPath })) ids.set(k, v);
    }
  }
  return ids;
}

async function seedUsers(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const a of authors) {
    const demo = DEMO_ACCOUNTS.find((d) => d.slug === a.slug);
    const email = demo?.email ?? a.email;
    const row = await db.user.upsert({
      where: { email },
      update: {},
      create: {
        email,
        name: a.name,
        slug: a.slug,
        role: demo?.role ?? 'WRITER',
        passwordHash: demo ? passwordHash : null,
        jobTitle: a.jobTitle,
        bio: a.bio,
        website: a.website ?? null,
        xHandle: a.xHandle ?? null,
        instagramHandle: a.instagramHandle ?? null,
        tiktokHandle: a.tiktokHandle ?? null,
        blueskyHandle: a.blueskyHandle ?? null,
      },
      select: { id: true },
    });
    ids.set(a.slug, row.id);
  }
  return ids;
}

async function seedCover(db: Db, article: SeedArticle, uploadRoot: string) {
  const storageKey = `seed-${article.slug}`;
  const existing = await db.media.findUnique({ where: { storageKey }, select: { id: true, alt: true } });
  const { description, files } = await drawCover(article.slug);
  const media =
    existing ??
    (await db.media.create({
      data: {
        storageKey,
        mimeType: 'image/webp',
        size: files.get(COVER_WIDTHS[COVER_WIDTHS.length - 1])!.length,
        width: COVER_SIZE.width,
        height: COVER_SIZE.height,
        variants: COVER_WIDTHS,
        alt: description,
        credit: 'Illustration: Byline graphics desk',
        originalName: `${article.slug}.webp`,
      },
      select: { id: true, alt: true },
    }));
  const dir = path.join(uploadRoot, media.id);
  await fs.mkdir(dir, { recursive: true });
  for (const [width, data] of files) await fs.writeFile(path.join(dir, `${width}.webp`), data);
  return media;
}

async function seedArticle(db: Db, a: SeedArticle, ctx: SeedContext, index: number) {
  const sectionId = ctx.sections.get(a.section);
  if (!sectionId) throw new Error(`Unknown section ${a.section} in ${a.slug}`);
  const exists = await db.article.findUnique({ where: { sectionId_slug: { sectionId, slug: a.slug } }, select: { id: true } });
  if (exists) return false;
  const authorIds = a.authors.map((slug) => {
    const id = ctx.users.get(slug);
    if (!id) throw new Error(`Unknown author ${slug} in ${a.slug}`);
    return id;
  });
  const when = new Date(ctx.now - a.daysAgo * DAY);
  const published = a.status === 'PUBLISHED';
  // Quoted posts are dated just before the story, wherever the seed runs in time.
  const body = doc(
    a.body.map((node, i) =>
      node.type === 'socialPost'
        ? { ...node, attrs: { ...node.attrs, date: new Date(when.getTime() - (6 + i) * 3_600_000).toISOString().slice(0, 10) } }
        : node,
    ),
  );
  const bodyText = documentText(body);
  const cover = published && index % 7 !== 3 ? await seedCover(db, a, ctx.uploadRoot) : null;
  const editorId = ctx.users.get('daniel-reyes')!;
  const tagIds = [];
  for (const name of a.tags) {
    const slug = slugify(name);
    const tag = await db.tag.upsert({ where: { slug }, update: {}, create: { name, slug }, select: { id: true } });
    tagIds.push(tag.id);
  }
  const events: { type: 'CREATED' | 'SUBMITTED' | 'APPROVED' | 'PUBLISHED' | 'CHANGES_REQUESTED'; actorId: string; note?: string; at: number; from?: SeedArticle['status']; to?: SeedArticle['status'] }[] = [
    { type: 'CREATED', actorId: authorIds[0], at: -2 * DAY, to: 'DRAFT' },
  ];
  if (a.status !== 'DRAFT') events.push({ type: 'SUBMITTED', actorId: authorIds[0], at: -DAY, from: 'DRAFT', to: 'IN_REVIEW' });
  if (a.status === 'CHANGES_REQUESTED')
    events.push({ type: 'CHANGES_REQUESTED', actorId: editorId, at: 0, note: a.reviewNote ?? 'Please tighten the top.', from: 'IN_REVIEW', to: 'CHANGES_REQUESTED' });
  if (published) events.push({ type: 'PUBLISHED', actorId: editorId, at: 0, from: 'IN_REVIEW', to: 'PUBLISHED' });

  await db.article.create({
    data: {
      slug: a.slug,
      title: a.title,
      dek: a.dek,
      body: body as object,
      bodyText,
      wordCount: countWords(bodyText),
      sectionId,
      status: a.status,
      publishedAt: published ? when : null,
      coverImageId: cover?.id ?? null,
      coverAlt: cover?.alt ?? null,
      coverCredit: cover ? 'Illustration: Byline graphics desk' : null,
      createdById: authorIds[0],
      createdAt: new Date(when.getTime() - 2 * DAY),
      updatedAt: when,
      authors: { create: authorIds.map((userId, position) => ({ userId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
      events: {
        create: events.map((e) => ({
          type: e.type,
          actorId: e.actorId,
          note: e.note ?? null,
          fromStatus: e.from ?? null,
          toStatus: e.to ?? null,
          createdAt: new Date(when.getTime() + e.at),
        })),
      },
      revisions: {
        create: {
          authorId: authorIds[0],
          kind: 'STATUS',
          version: 1,
          createdAt: when,
          snapshot: { title: a.title, dek: a.dek, body, sectionId, tags: a.tags, authors: a.authors } as object,
        },
      },
      ...(published && a.daysAgo < 7
        ? { views: { create: { day: new Date(new Date(ctx.now).toISOString().slice(0, 10)), count: 40 + ((index * 37) % 260) } } }
        : {}),
    },
  });
  return true;
}

interface SeedContext {
  now: number;
  uploadRoot: string;
  sections: Map<string, string>;
  users: Map<string, string>;
}

export interface SeedResult {
  articlesCreated: number;
}

/** Seeds the demo content; safe to run again (creates only what is missing). */
export async function seed(db: Db, options: { uploadRoot: string; now?: Date; log?: (line: string) => void }): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const ctx: SeedContext = {
    now: (options.now ?? new Date()).getTime(),
    uploadRoot: options.uploadRoot,
    sections: await seedSections(db, sections, null),
    users: await seedUsers(db),
  };
  let articlesCreated = 0;
  const all = [...articlesA, ...articlesB];
  for (const [i, a] of all.entries()) {
    if (await seedArticle(db, a, ctx, i)) articlesCreated += 1;
  }
  log(`Seeded ${ctx.sections.size} sections, ${ctx.users.size} people, ${articlesCreated} new articles (${all.length} in the demo set).`);
  return { articlesCreated };
}
