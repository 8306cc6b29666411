// The scheduler with a controllable clock. Each test lives in its own distant past year, so
// `runDueSchedules(clock)` only ever sees this file's articles, never those of parallel tests
// (they schedule relative to the real time).
import type { Actor } from '@/lib/auth/permissions';
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { createDb } from '@/lib/db';
import { findPublishedArticle } from '@/lib/data/article-page';
import { listSchedulingProblems } from '@/lib/data/review-queue';
import { runDueSchedules } from '@/lib/data/scheduler';
import { cancelSchedule, scheduleArticle } from '@/lib/data/workflow';
import { createStaff } from './users-fixtures';
import { makeStory } from './workflow-fixtures';

const db = createDb(process.env.DATABASE_URL!, 3);
afterAll(() => db.$disconnect());

let writer: Actor;
let editor: Actor;
beforeAll(async () => {
  writer = await createStaff(db, 'WRITER');
  editor = await createStaff(db, 'EDITOR');
});

const at = (year: number, minutes = 0) => new Date(Date.UTC(year, 0, 1, 9, minutes));

/** An article scheduled by `editor` for `when` (the clock at scheduling time is a day earlier). */
async function scheduled(when: Date) {
  const story = await makeStory(db, { status: 'IN_REVIEW', writerId: writer.id, section: 'culture/news' });
  await scheduleArticle(editor, story.id, when, { now: new Date(when.getTime() - 86_400_000) });
  return story;
}

describe('runDueSchedules', () => {
  it('publishes a scheduled article once it is due, and only then', async () => {
    const story = await scheduled(at(1991, 30));
    expect(await runDueSchedules(at(1991, 29))).toEqual({ published: [], failed: [] });
    expect(await findPublishedArticle('culture/news', story.slug)).toBeNull();

    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    const clock = at(1991, 30);
    const run = await runDueSchedules(new Date(clock.getTime() + 20_000));
    stop();
    expect(run).toEqual({ published: [story.id], failed: [] });
    expect(seen).toEqual(expect.arrayContaining([tags.article(story.id), tags.home, tags.feeds, tags.sitemaps, tags.search]));

    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.status).toBe('PUBLISHED');
    expect(row.publishedAt).toEqual(new Date(clock.getTime() + 20_000));
    expect(row.scheduledFor).toEqual(clock); // kept for the record
    const event = await db.articleEvent.findFirstOrThrow({ where: { articleId: story.id, type: 'PUBLISHED' } });
    expect(event).toMatchObject({ actorId: null, fromStatus: 'SCHEDULED', toStatus: 'PUBLISHED' });
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: story.id }, orderBy: { createdAt: 'desc' } });
    expect(revision.authorId).toBe(editor.id);
    expect(await findPublishedArticle('culture/news', story.slug)).not.toBeNull();

    // Idempotent: a later run finds nothing to do.
    expect(await runDueSchedules(at(1991, 59))).toEqual({ published: [], failed: [] });
    expect(await db.articleEvent.count({ where: { articleId: story.id, type: 'PUBLISHED' } })).toBe(1);
  });

  it('two workers at once publish each article exactly once', async () => {
    const stories = [];
    for (let i = 0; i < 6; i += 1) stories.push(await scheduled(at(1992, i)));
    const [a, b] = await Promise.all([runDueSchedules(at(1992, 10)), runDueSchedules(at(1992, 10))]);
    const all = [...a.published, ...b.published];
    expect(all.sort()).toEqual(stories.map((s) => s.id).sort());
    expect(new Set(all).size).toBe(all.length);
    expect([...a.failed, ...b.failed]).toEqual([]);
    const events = await db.articleEvent.groupBy({ by: ['articleId'], where: { articleId: { in: stories.map((s) => s.id) }, type: 'PUBLISHED' }, _count: true });
    expect(events.map((e) => e._count)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('catches up after downtime, oldest first, and respects the limit', async () => {
    const stories = [await scheduled(at(1993, 0)), await scheduled(at(1993, 5)), await scheduled(at(1993, 50))];
    const firstRun = await runDueSchedules(new Date(Date.UTC(1993, 0, 3)), { limit: 2 });
    expect(firstRun.published).toEqual([stories[0].id, stories[1].id]);
    const secondRun = await runDueSchedules(new Date(Date.UTC(1993, 0, 3)));
    expect(secondRun.published).toEqual([stories[2].id]);
  });

  it('records a failure, retries it on the next run, shows it as a problem, and recovers', async () => {
    const story = await scheduled(at(1994));
    // Someone emptied the headline after scheduling: the article cannot go live like this.
    await db.article.update({ where: { id: story.id }, data: { title: '  ' } });
    const first = await runDueSchedules(at(1994, 1));
    expect(first.published).toEqual([]);
    expect(first.failed).toEqual([{ id: story.id, error: expect.stringMatching(/Headline/) }]);
    await runDueSchedules(at(1994, 2));

    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({ status: 'SCHEDULED', scheduleTries: 2, scheduleError: expect.stringMatching(/Headline/) });
    expect(await db.articleEvent.count({ where: { articleId: story.id, type: 'SCHEDULE_FAILED' } })).toBe(2);
    // Editors hear about it once per failure streak, not on every retry.
    expect(await db.notification.count({ where: { articleId: story.id, userId: editor.id, type: 'SCHEDULE_FAILED' } })).toBe(1);
    expect((await listSchedulingProblems(editor)).map((p) => p.id)).toContain(story.id);

    await db.article.update({ where: { id: story.id }, data: { title: 'Fixed headline' } });
    expect((await runDueSchedules(at(1994, 3))).published).toEqual([story.id]);
    const fixed = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(fixed).toMatchObject({ status: 'PUBLISHED', scheduleTries: 0, scheduleError: null });
    expect((await listSchedulingProblems(editor)).map((p) => p.id)).not.toContain(story.id);
  });

  it('skips cancelled and trashed schedules', async () => {
    const cancelled = await scheduled(at(1995));
    const trashed = await scheduled(at(1995, 1));
    await cancelSchedule(editor, cancelled.id);
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
    expect(await runDueSchedules(at(1995, 30))).toEqual({ published: [], failed: [] });
    expect((await db.article.findUniqueOrThrow({ where: { id: cancelled.id } })).status).toBe('IN_REVIEW');
    expect((await db.article.findUniqueOrThrow({ where: { id: trashed.id } })).status).toBe('SCHEDULED');
  });
});
