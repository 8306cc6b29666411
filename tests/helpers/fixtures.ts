// Test fixtures on the seeded database: actors for each role and throwaway articles.
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';

export const testDb = createDb(process.env.DATABASE_URL!, 3);

export async function actorFor(email: string): Promise<Actor> {
  const u = await testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, active: true, name: true } });
  return u;
}

let counter = 0;

/** Creates an article by the demo writer in `sectionPath` with the given status. */
export async function makeArticle(sectionPath: string, status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'UNPUBLISHED', extra: { title?: string; publishedAt?: Date } = {}) {
  const section = await testDb.section.findUniqueOrThrow({ where: { path: sectionPath } });
  const writer = await testDb.user.findUniqueOrThrow({ where: { email: 'writer@byline.local' } });
  counter += 1;
  const slug = `fixture-${Date.now().toString(36)}-${process.pid}-${counter}`;
  return testDb.article.create({
    data: {
      slug,
      title: extra.title ?? `Fixture article ${counter}`,
      dek: 'A fixture.',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fixture body.' }] }] },
      bodyText: 'Fixture body.',
      sectionId: section.id,
      status,
      publishedAt: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? (extra.publishedAt ?? new Date()) : null,
      createdById: writer.id,
      authors: { create: [{ userId: writer.id, position: 0 }] },
    },
    select: { id: true, slug: true, version: true, sectionId: true },
  });
}

/** A comparable picture of an article and its history, to assert "nothing changed". */
export async function articleState(id: string) {
  const [article, events, revisions] = await Promise.all([
    testDb.article.findUniqueOrThrow({ where: { id } }),
    testDb.articleEvent.count({ where: { articleId: id } }),
    testDb.revision.count({ where: { articleId: id } }),
  ]);
  return { article, events, revisions };
}
