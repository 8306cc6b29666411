import { createDb, queryStats } from '@/lib/db';
import { findSearchResults, normalizeSearchQuery, SEARCH_QUERY_MAX_LENGTH, splitHighlights, type SearchResult } from '@/lib/data/search';
import { PAGE_SIZE } from '@/lib/data/shapes';
import { ValidationError } from '@/lib/errors';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const SECOND_SUMMIT = '/news/politics/student-senate-calls-second-summit-on-housing';
const slugs = (items: SearchResult[]) => items.map((r) => r.article.url.split('/').pop());
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('full-text search', () => {
  it('finds every published article about a summit, with highlighted snippets', async () => {
    const { items, total } = await findSearchResults('summit', 1);
    expect(total).toBeGreaterThanOrEqual(4);
    expect(slugs(items)).toEqual(
      expect.arrayContaining([
        'student-senate-calls-second-summit-on-housing',
        'ferrow-peak-trail-race-summit',
        'ice-core-team-polar-research-summit-helsinki',
      ]),
    );
    for (const r of items) {
      const marks = [...r.title, ...r.snippet].filter((s) => s.match);
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(m.text).toMatch(/^summits?$/i);
      expect(text(r.snippet)).not.toMatch(/[\u0001\u0002]/);
      expect(r.article.publishedAt).toBeInstanceOf(Date);
      expect(r.article.section.path).toBeTruthy();
    }
  });

  it('excludes negated words: "summit -helsinki" drops both Helsinki articles', async () => {
    const all = slugs((await findSearchResults('summit', 1)).items);
    const helsinki = all.filter((s) => /helsinki|climate|delegation/.test(s ?? ''));
    expect(helsinki.length).toBeGreaterThanOrEqual(2);
    const { items, total } = await findSearchResults('summit -helsinki', 1);
    expect(total).toBe(all.length - helsinki.length);
    expect(slugs(items)).toEqual(expect.arrayContaining(['ferrow-peak-trail-race-summit', 'student-senate-calls-second-summit-on-housing']));
    for (const r of items) expect(`${r.article.title} ${text(r.snippet)}`).not.toMatch(/helsinki/i);
  });

  it('ranks an exact phrase match first for a quoted query', async () => {
    const { items } = await findSearchResults('"second summit"', 1);
    expect(items[0].article.url).toBe(SECOND_SUMMIT);
    expect(items[0].title.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(['second', 'summit']);
    // Words of the phrase far apart do not make a match.
    for (const r of items) expect(text(r.snippet) + r.article.title).toMatch(/second/i);
  });

  it('ranks headline matches above body-only matches', async () => {
    const { items } = await findSearchResults('summit', 1);
    const firstBodyOnly = items.findIndex((r) => !r.title.some((s) => s.match));
    const lastTitle = items.map((r) => r.title.some((s) => s.match)).lastIndexOf(true);
    expect(firstBodyOnly === -1 || lastTitle < firstBodyOnly).toBe(true);
  });

  it('never errors on empty, punctuation-only, odd or very long queries', async () => {
    const odd = ['', '   ', '!!!', '&&', "'", '"', '-', '(', ')', ':*', '|', '!', 'a & | !', '"""', '-"', 'OR', 'the', '\u0000', '\\', '%_', '<script>'];
    for (const q of odd) {
      const result = await findSearchResults(q, 1);
      expect(result).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
    }
    const long = await findSearchResults(`${'summit '.repeat(500)}!!!`, 1);
    expect(long.total).toBeGreaterThan(0);
    await expect(findSearchResults('"unterminated summit', 1)).resolves.toMatchObject({ total: expect.any(Number) });
    await expect(findSearchResults('summit OR helsinki -"polar research"', 1)).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it('caps and cleans queries before searching', () => {
    expect(Array.from(normalizeSearchQuery('x'.repeat(5000)))).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
    const words = normalizeSearchQuery('summit '.repeat(100));
    expect(words.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX_LENGTH);
    expect(words.split(' ').every((w) => w === 'summit')).toBe(true);
    expect(Array.from(normalizeSearchQuery('😀'.repeat(300)))).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
    expect(normalizeSearchQuery('  second\u0000 \n summit\u0001 ')).toBe('second summit');
    expect(normalizeSearchQuery(['first', 'second'])).toBe('first');
    expect(normalizeSearchQuery(undefined)).toBe('');
  });

  it('splits highlight markers into segments', () => {
    expect(splitHighlights('a \u0001b\u0002 c \u0001d\u0002')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(splitHighlights('plain')).toEqual([{ text: 'plain', match: false }]);
  });

  it('paginates: pages do not overlap and a page past the end is empty', async () => {
    const q = 'students';
    const first = await findSearchResults(q, 1);
    expect(first.total).toBeGreaterThan(PAGE_SIZE);
    expect(first.items).toHaveLength(PAGE_SIZE);
    const pageCount = Math.ceil(first.total / PAGE_SIZE);
    expect(first.pageCount).toBe(pageCount);
    const last = await findSearchResults(q, pageCount);
    expect(last.items).toHaveLength(first.total - (pageCount - 1) * PAGE_SIZE);
    const ids = new Set([...first.items, ...last.items].map((r) => r.article.id));
    expect(ids.size).toBe(first.items.length + last.items.length);
    await expect(findSearchResults(q, pageCount + 1)).resolves.toMatchObject({ items: [], total: first.total, pageCount });
    await expect(findSearchResults(q, 0)).rejects.toBeInstanceOf(ValidationError);
  });

  it('uses a constant number of queries', async () => {
    const count = async (q: string) => {
      const before = queryStats.count;
      await findSearchResults(q, 1);
      return queryStats.count - before;
    };
    const many = await count('students');
    expect(many).toBeLessThanOrEqual(8);
    expect(await count('"second summit"')).toBe(many);
    expect(await count('!!!')).toBeLessThanOrEqual(many);
  });

  it('only finds published, untrashed articles and never turns text into markup', async () => {
    const section = await db.section.findFirstOrThrow({ where: { path: 'news/campus' } });
    const writer = await db.user.findFirstOrThrow({ where: { email: 'writer@byline.local' } });
    const make = (slug: string, extra: object) =>
      db.article.create({
        data: {
          slug,
          title: `<b>Zephyrquokka</b> report ${slug}`,
          dek: 'A dek',
          body: { type: 'doc', content: [] },
          bodyText: 'Notes about the zephyrquokka with a stray \u0001 marker <img src=x onerror=alert(1)>.',
          sectionId: section.id,
          createdById: writer.id,
          publishedAt: new Date(),
          authors: { create: { userId: writer.id } },
          ...extra,
        },
      });
    const rows = await Promise.all([
      make('zq-live', { status: 'PUBLISHED' }),
      make('zq-draft', { status: 'DRAFT' }),
      make('zq-review', { status: 'IN_REVIEW' }),
      make('zq-scheduled', { status: 'SCHEDULED' }),
      make('zq-unpublished', { status: 'UNPUBLISHED' }),
      make('zq-trashed', { status: 'PUBLISHED', deletedAt: new Date() }),
    ]);
    try {
      const { items, total } = await findSearchResults('zephyrquokka', 1);
      expect(total).toBe(1);
      expect(slugs(items)).toEqual(['zq-live']);
      expect(items[0].title).toEqual([
        { text: '<b>', match: false },
        { text: 'Zephyrquokka', match: true },
        { text: '</b> report zq-live', match: false },
      ]);
      expect(text(items[0].snippet)).toContain('<img src=x');
      expect(text(items[0].snippet)).not.toMatch(/[\u0001\u0002]/);
    } finally {
      await db.article.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    }
  });
});
