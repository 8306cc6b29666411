import { createDb } from '@/lib/db';
import { findLatestArticles } from '@/lib/data/articles';

const db = createDb(process.env.DATABASE_URL!, 2);

afterAll(() => db.$disconnect());

describe('public article getters', () => {
  it('return published articles newest first', async () => {
    const articles = await findLatestArticles(30);
    expect(articles.length).toBe(30);
    const times = articles.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const a of articles) expect(a.url).toMatch(/^\/[a-z0-9-]+(\/[a-z0-9-]+)?\/[a-z0-9-]+$/);
  });

  it('list co-authors in byline order', async () => {
    const section = await db.section.findFirstOrThrow({ where: { path: 'life/food' } });
    const [first, second] = await Promise.all(['aiko-tanaka', 'jonah-feld'].map((slug) => db.user.findUniqueOrThrow({ where: { slug } })));
    const article = await db.article.create({
      data: {
        slug: `co-authored-${Date.now()}`, title: 'Co-authored', body: { type: 'doc', content: [] }, sectionId: section.id,
        createdById: first.id, status: 'PUBLISHED', publishedAt: new Date(),
        authors: { create: [{ userId: second.id, position: 1 }, { userId: first.id, position: 0 }] },
      },
    });
    try {
      const card = (await findLatestArticles(100)).find((a) => a.id === article.id);
      expect(card?.authors.map((a) => a.slug)).toEqual(['aiko-tanaka', 'jonah-feld']);
    } finally {
      await db.article.delete({ where: { id: article.id } });
    }
  });

  it('never return drafts, articles in review, unpublished or trashed ones', async () => {
    const section = await db.section.findFirstOrThrow({ where: { path: 'culture/news' } });
    const author = await db.user.findFirstOrThrow({ where: { email: 'writer@byline.local' } });
    const future = new Date(Date.now() + 60_000);
    const base = { body: { type: 'doc', content: [] }, sectionId: section.id, createdById: author.id, publishedAt: future };
    const hidden = await Promise.all(
      (['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SCHEDULED', 'UNPUBLISHED'] as const).map((status, i) =>
        db.article.create({ data: { ...base, slug: `hidden-${status.toLowerCase()}-${i}`, title: `Hidden ${status}`, status } }),
      ),
    );
    const trashed = await db.article.create({
      data: { ...base, slug: 'hidden-trashed', title: 'Hidden trashed', status: 'PUBLISHED', deletedAt: new Date() },
    });
    const visible = await db.article.create({
      data: { ...base, slug: 'visible-newest', title: 'Visible newest', status: 'PUBLISHED' },
    });
    try {
      const ids = (await findLatestArticles(100)).map((a) => a.id);
      expect(ids[0]).toBe(visible.id);
      for (const a of [...hidden, trashed]) expect(ids).not.toContain(a.id);
    } finally {
      await db.article.deleteMany({ where: { id: { in: [...hidden, trashed, visible].map((a) => a.id) } } });
    }
  });
});
