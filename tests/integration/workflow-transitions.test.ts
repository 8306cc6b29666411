// Every workflow transition by every role, allowed and refused, and from every wrong state.
// A refused step must leave the article, its history and its notifications unchanged.
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';
import {
  addCorrection, cancelSchedule, claimReview, discardPendingEdits, publishArticle, publishPendingEdits, releaseReview,
  republishArticle, requestChanges, rescheduleArticle, scheduleArticle, submitForReview, unpublishArticle, withdrawSubmission,
} from '@/lib/data/workflow';
import { AuthRequiredError, ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import type { ArticleStatus } from '@/lib/generated/prisma/client';
import { createStaff } from './users-fixtures';
import { makeStory, paragraph, stateOf } from './workflow-fixtures';

const db = createDb(process.env.DATABASE_URL!, 3);
afterAll(() => db.$disconnect());

type Who = 'anonymous' | 'writer' | 'otherWriter' | 'editor' | 'admin' | 'deactivated';
const WHO: Who[] = ['anonymous', 'writer', 'otherWriter', 'editor', 'admin', 'deactivated'];
let actors: Record<Who, Actor | null>;
let claimer: Actor;

beforeAll(async () => {
  actors = {
    anonymous: null,
    writer: await createStaff(db, 'WRITER'),
    otherWriter: await createStaff(db, 'WRITER'),
    editor: await createStaff(db, 'EDITOR'),
    admin: await createStaff(db, 'ADMIN'),
    deactivated: await createStaff(db, 'EDITOR', { active: false }),
  };
  claimer = await createStaff(db, 'EDITOR');
});

const HOUR = 3_600_000;
const ALL_STATES: ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'];

interface Transition {
  name: string;
  from: ArticleStatus;
  to: ArticleStatus;
  event: string;
  allow: Who[];
  /** Story set-up beyond the status. */
  extra?: () => { claimedById?: string; pending?: Record<string, unknown> };
  call: (actor: Actor | null, id: string) => Promise<void>;
}

const WRITER_AND_EDITORS: Who[] = ['writer', 'editor', 'admin'];
const EDITORS: Who[] = ['editor', 'admin'];
const pending = () => ({ pending: { title: 'Pending headline', body: paragraph('Pending body.') } });

const TRANSITIONS: Transition[] = [
  { name: 'submitForReview', from: 'DRAFT', to: 'IN_REVIEW', event: 'SUBMITTED', allow: WRITER_AND_EDITORS, call: (a, id) => submitForReview(a, id) },
  { name: 'resubmit', from: 'CHANGES_REQUESTED', to: 'IN_REVIEW', event: 'SUBMITTED', allow: WRITER_AND_EDITORS, call: (a, id) => submitForReview(a, id) },
  { name: 'withdrawSubmission', from: 'IN_REVIEW', to: 'DRAFT', event: 'WITHDRAWN', allow: WRITER_AND_EDITORS, call: (a, id) => withdrawSubmission(a, id) },
  { name: 'claimReview', from: 'IN_REVIEW', to: 'IN_REVIEW', event: 'CLAIMED', allow: EDITORS, call: (a, id) => claimReview(a, id) },
  {
    name: 'releaseReview', from: 'IN_REVIEW', to: 'IN_REVIEW', event: 'CLAIMED', allow: EDITORS,
    extra: () => ({ claimedById: claimer.id }), call: (a, id) => releaseReview(a, id),
  },
  { name: 'requestChanges', from: 'IN_REVIEW', to: 'CHANGES_REQUESTED', event: 'CHANGES_REQUESTED', allow: EDITORS, call: (a, id) => requestChanges(a, id, 'Tighten the top.') },
  { name: 'publishArticle', from: 'IN_REVIEW', to: 'PUBLISHED', event: 'PUBLISHED', allow: EDITORS, call: (a, id) => publishArticle(a, id) },
  { name: 'publish a scheduled article now', from: 'SCHEDULED', to: 'PUBLISHED', event: 'PUBLISHED', allow: EDITORS, call: (a, id) => publishArticle(a, id) },
  { name: 'scheduleArticle', from: 'IN_REVIEW', to: 'SCHEDULED', event: 'SCHEDULED', allow: EDITORS, call: (a, id) => scheduleArticle(a, id, new Date(Date.now() + HOUR)) },
  { name: 'rescheduleArticle', from: 'SCHEDULED', to: 'SCHEDULED', event: 'SCHEDULED', allow: EDITORS, call: (a, id) => rescheduleArticle(a, id, new Date(Date.now() + 2 * HOUR)) },
  { name: 'cancelSchedule', from: 'SCHEDULED', to: 'IN_REVIEW', event: 'SCHEDULE_CANCELLED', allow: EDITORS, call: (a, id) => cancelSchedule(a, id) },
  { name: 'unpublishArticle', from: 'PUBLISHED', to: 'UNPUBLISHED', event: 'UNPUBLISHED', allow: EDITORS, call: (a, id) => unpublishArticle(a, id, 'Legal hold.') },
  { name: 'republishArticle', from: 'UNPUBLISHED', to: 'PUBLISHED', event: 'PUBLISHED', allow: EDITORS, call: (a, id) => republishArticle(a, id) },
  { name: 'publishPendingEdits', from: 'PUBLISHED', to: 'PUBLISHED', event: 'PENDING_PUBLISHED', allow: EDITORS, extra: pending, call: (a, id) => publishPendingEdits(a, id) },
  { name: 'discardPendingEdits', from: 'PUBLISHED', to: 'PUBLISHED', event: 'PENDING_DISCARDED', allow: EDITORS, extra: pending, call: (a, id) => discardPendingEdits(a, id) },
  { name: 'addCorrection', from: 'PUBLISHED', to: 'PUBLISHED', event: 'CORRECTED', allow: EDITORS, call: (a, id) => addCorrection(a, id, 'An earlier version misspelled the dean’s name.') },
];

/** The states from which a step is refused with a conflict (all but the ones it accepts). */
const ACCEPTS: Record<string, ArticleStatus[]> = {
  submitForReview: ['DRAFT', 'CHANGES_REQUESTED'], resubmit: ['DRAFT', 'CHANGES_REQUESTED'],
  withdrawSubmission: ['IN_REVIEW'], claimReview: ['IN_REVIEW'], releaseReview: ['IN_REVIEW'], requestChanges: ['IN_REVIEW'],
  publishArticle: ['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], 'publish a scheduled article now': ['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'],
  scheduleArticle: ['IN_REVIEW', 'UNPUBLISHED'], rescheduleArticle: ['SCHEDULED'], cancelSchedule: ['SCHEDULED'],
  unpublishArticle: ['PUBLISHED'], republishArticle: ['UNPUBLISHED'], publishPendingEdits: ['PUBLISHED'], discardPendingEdits: ['PUBLISHED'], addCorrection: ['PUBLISHED'],
};

describe.each(TRANSITIONS)('$name ($from → $to)', (t) => {
  it.each(WHO)('by %s', async (who) => {
    const story = await makeStory(db, { status: t.from, writerId: actors.writer!.id, ...(t.extra?.() ?? {}) });
    const before = await stateOf(db, story.id);
    const call = t.call(actors[who], story.id);
    if (t.allow.includes(who)) {
      await call;
      const after = await stateOf(db, story.id);
      expect(after.article.status).toBe(t.to);
      const event = await db.articleEvent.findFirstOrThrow({ where: { articleId: story.id }, orderBy: { createdAt: 'desc' } });
      expect(event).toMatchObject({ type: t.event, fromStatus: t.from, toStatus: t.to, actorId: actors[who]!.id });
      expect(after.events).toBe(before.events + 1);
    } else {
      await expect(call).rejects.toBeInstanceOf(who === 'anonymous' ? AuthRequiredError : ForbiddenError);
      expect(await stateOf(db, story.id)).toEqual(before);
    }
  });

  const wrong = ALL_STATES.filter((s) => !ACCEPTS[t.name].includes(s));
  if (wrong.length) {
    it.each(wrong)('is refused from %s, changing nothing', async (status) => {
      const story = await makeStory(db, { status, writerId: actors.writer!.id, ...(t.extra?.() ?? {}) });
      const before = await stateOf(db, story.id);
      await expect(t.call(actors.admin, story.id)).rejects.toBeInstanceOf(ConflictError);
      expect(await stateOf(db, story.id)).toEqual(before);
    });
  }
});

describe('guards beyond role and state', () => {
  it('refuses to submit an incomplete article and lists what is missing', async () => {
    const story = await makeStory(db, { status: 'DRAFT', writerId: actors.writer!.id });
    await db.article.update({ where: { id: story.id }, data: { title: '', dek: null } });
    const before = await stateOf(db, story.id);
    const error = await submitForReview(actors.writer, story.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/Headline.*Dek/);
    expect((error as ValidationError).fieldErrors.checklist).toEqual(['Headline', 'Dek (the summary under the headline)']);
    expect(await stateOf(db, story.id)).toEqual(before);
  });

  it('a writer cannot submit or withdraw a colleague’s article, but a co-author can', async () => {
    const story = await makeStory(db, { status: 'DRAFT', writerId: actors.writer!.id, coAuthorIds: [actors.otherWriter!.id] });
    await submitForReview(actors.otherWriter, story.id);
    await withdrawSubmission(actors.writer, story.id);
    expect((await stateOf(db, story.id)).article.status).toBe('DRAFT');
  });

  it('requesting changes needs a note; scheduling needs a future time', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    const before = await stateOf(db, story.id);
    await expect(requestChanges(actors.editor, story.id, '   ')).rejects.toBeInstanceOf(ValidationError);
    await expect(scheduleArticle(actors.editor, story.id, new Date(Date.now() - 60_000))).rejects.toThrow(/future/);
    await expect(scheduleArticle(actors.editor, story.id, new Date(Number.NaN))).rejects.toBeInstanceOf(ValidationError);
    expect(await stateOf(db, story.id)).toEqual(before);
  });

  it('a claimed article is decided by its reviewer: other editors are refused until it is released', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    await claimReview(actors.editor, story.id);
    const before = await stateOf(db, story.id);
    await expect(claimReview(actors.admin, story.id)).rejects.toThrow(/is reviewing this article/);
    await expect(publishArticle(actors.admin, story.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(requestChanges(actors.admin, story.id, 'No.')).rejects.toBeInstanceOf(ConflictError);
    expect(await stateOf(db, story.id)).toEqual(before);
    await releaseReview(actors.admin, story.id);
    await requestChanges(actors.admin, story.id, 'Needs a second source.');
    expect((await stateOf(db, story.id)).article).toMatchObject({ status: 'CHANGES_REQUESTED', claimedById: null });
  });

  it('refuses to approve an article that changed since the editor opened it', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    await db.article.update({ where: { id: story.id }, data: { version: { increment: 1 } } });
    const before = await stateOf(db, story.id);
    await expect(publishArticle(actors.editor, story.id, { expectedVersion: story.version })).rejects.toThrow(/changed since you opened it/);
    await expect(scheduleArticle(actors.editor, story.id, new Date(Date.now() + HOUR), { expectedVersion: story.version })).rejects.toBeInstanceOf(ConflictError);
    expect(await stateOf(db, story.id)).toEqual(before);
    await publishArticle(actors.editor, story.id, { expectedVersion: story.version + 1 });
  });

  it('nothing moves an article in the trash', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    await db.article.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
    const before = await stateOf(db, story.id);
    await expect(publishArticle(actors.editor, story.id)).rejects.toThrow(/trash/);
    await expect(scheduleArticle(actors.editor, story.id, new Date(Date.now() + HOUR))).rejects.toThrow(/trash/);
    await expect(withdrawSubmission(actors.editor, story.id)).rejects.toThrow(/trash/);
    expect(await stateOf(db, story.id)).toEqual(before);
  });

  it('two editors approving at once: exactly one wins, one PUBLISHED event', async () => {
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    const results = await Promise.allSettled([
      publishArticle(actors.editor, story.id, { expectedVersion: story.version }),
      publishArticle(actors.admin, story.id, { expectedVersion: story.version }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(await db.articleEvent.count({ where: { articleId: story.id, type: 'PUBLISHED' } })).toBe(1);
    expect((await stateOf(db, story.id)).article.version).toBe(story.version + 1);
  });

  it('publishing sets the first-published date once; republishing sets the updated date', async () => {
    const first = new Date('2026-01-10T12:00:00Z');
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: actors.writer!.id });
    await publishArticle(actors.editor, story.id, { now: first });
    await unpublishArticle(actors.editor, story.id, 'Checking a fact.');
    await republishArticle(actors.editor, story.id, { now: new Date('2026-01-11T12:00:00Z') });
    const { article } = await stateOf(db, story.id);
    expect(article.publishedAt).toEqual(first);
    expect(article.revisedAt).toEqual(new Date('2026-01-11T12:00:00Z'));
    const kinds = await db.revision.findMany({ where: { articleId: story.id }, select: { kind: true } });
    expect(kinds.every((r) => r.kind === 'STATUS')).toBe(true);
    expect(kinds).toHaveLength(3);
  });
});
