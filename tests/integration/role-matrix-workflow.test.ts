// The workflow part of the role matrix: every role × every workflow data function, runner and
// server action, allow and deny. A deny must leave the database unchanged. Keys follow the
// main matrix ('data/<module>#<fn>', 'actions/<module>#<fn>'); its coverage check reads them.
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';
import type { ArticleStatus } from '@/lib/generated/prisma/client';
import * as actions from '@/lib/actions/workflow';
import * as run from '@/lib/actions/run-workflow';
import * as notifications from '@/lib/data/notifications';
import * as queue from '@/lib/data/review-queue';
import * as timeline from '@/lib/data/timeline';
import * as workflow from '@/lib/data/workflow';
import { utcToZonedLocal } from '@/lib/validation/workflow';
import { describeRows, EDITORS, OWNER, STAFF, WHO, type MatrixRow, type Who } from './role-matrix-harness';
import { createStaff, formData } from './users-fixtures';
import { makeStory, paragraph, stateOf } from './workflow-fixtures';

let currentActor: Actor | null = null;
jest.mock('@/lib/auth/session', () => ({
  getCurrentActor: async () => currentActor,
  readSessionClaims: async () => null,
  SESSION_COOKIES: [],
}));

const db = createDb(process.env.DATABASE_URL!, 3);
afterAll(() => db.$disconnect());

/**
 * Workflow exports that take no acting user: pure helpers and the scheduler's system steps
 * (tested in scheduler.test.ts; they run outside any request, in instrumentation.ts).
 */
export const SYSTEM_EXPORTS = ['data/workflow#snapshotOf', 'data/workflow#publicTagsFor', 'data/workflow#publishDueArticle', 'data/scheduler#runDueSchedules'];

let actors: Record<Who, Actor | null>;
let claimer: Actor;

beforeAll(async () => {
  actors = {
    anonymous: null,
    writer: await createStaff(db, 'WRITER'),
    otherWriter: await createStaff(db, 'WRITER'),
    editor: await createStaff(db, 'EDITOR'),
    admin: await createStaff(db, 'ADMIN'),
    deactivated: await createStaff(db, 'ADMIN', { active: false }),
  };
  claimer = await createStaff(db, 'EDITOR');
});

interface Fx { id: string }
type Row = MatrixRow<Fx> & Required<Pick<MatrixRow<Fx>, 'setup' | 'snapshot'>>;

const story = (status: ArticleStatus, extra: { claimed?: boolean; pending?: boolean } = {}) => async () =>
  makeStory(db, {
    status,
    writerId: actors.writer!.id,
    ...(extra.claimed ? { claimedById: claimer.id } : {}),
    ...(extra.pending ? { pending: { title: 'Pending headline', body: paragraph('Pending body.') } } : {}),
  });
const articleState = (fx: Fx) => stateOf(db, fx.id);
const later = () => new Date(Date.now() + 3_600_000);
/** One fresh unread notification per actor, made before the call so a deny can be checked. */
let ownNotifications: Record<string, string> = {};
const notificationsForAll = async () => {
  ownNotifications = {};
  for (const a of Object.values(actors)) {
    if (a) ownNotifications[a.id] = (await db.notification.create({ data: { userId: a.id, type: 'TEST', message: 'Matrix' }, select: { id: true } })).id;
  }
  return { id: '' };
};
const ownNotification = async (a: Actor | null) => (a ? ownNotifications[a.id] : 'none');
const notificationState = () => db.notification.findMany({ where: { userId: { in: WHO.map((w) => actors[w]?.id ?? '') } }, orderBy: { id: 'asc' } });

/** One step, three ways: the data function, its runner and its server action. */
function step(
  name: string, allow: Who[], setup: () => Promise<Fx>,
  data: (a: Actor | null, id: string) => Promise<unknown>,
  runner: (a: Actor | null, f: FormData) => Promise<unknown>,
  action: (prev: { ok: boolean }, f: FormData) => Promise<unknown>,
  fields: () => Record<string, string> = () => ({}),
): Record<string, Row> {
  const form = (fx: Fx) => formData({ articleId: fx.id, ...fields() });
  const runnerName = `run${name[0].toUpperCase()}${name.slice(1)}`;
  return {
    [`data/workflow#${name}`]: { allow, setup, snapshot: articleState, call: (a, fx) => data(a, fx.id) },
    [`actions/run-workflow#${runnerName}`]: { allow, setup, snapshot: articleState, call: (a, fx) => runner(a, form(fx)) },
    [`actions/workflow#${name}Action`]: {
      allow, setup, snapshot: articleState,
      call: (a, fx) => {
        currentActor = a;
        return action({ ok: false }, form(fx));
      },
    },
  };
}

const read = (allow: Who[], call: Row['call'], setup: Row['setup'] = async () => ({ id: '' })): Row => ({ allow, setup, call, snapshot: async () => null });

const ROWS: Record<string, Row> = {
  ...step('submitForReview', OWNER, story('DRAFT'), (a, id) => workflow.submitForReview(a, id), run.runSubmitForReview, actions.submitForReviewAction),
  ...step('withdrawSubmission', OWNER, story('IN_REVIEW'), (a, id) => workflow.withdrawSubmission(a, id), run.runWithdrawSubmission, actions.withdrawSubmissionAction),
  ...step('claimReview', EDITORS, story('IN_REVIEW'), (a, id) => workflow.claimReview(a, id), run.runClaimReview, actions.claimReviewAction),
  ...step('releaseReview', EDITORS, story('IN_REVIEW', { claimed: true }), (a, id) => workflow.releaseReview(a, id), run.runReleaseReview, actions.releaseReviewAction),
  ...step('requestChanges', EDITORS, story('IN_REVIEW'), (a, id) => workflow.requestChanges(a, id, 'Needs work.'), run.runRequestChanges, actions.requestChangesAction, () => ({ note: 'Needs work.' })),
  ...step('publishArticle', EDITORS, story('IN_REVIEW'), (a, id) => workflow.publishArticle(a, id), run.runPublishArticle, actions.publishArticleAction),
  ...step('republishArticle', EDITORS, story('UNPUBLISHED'), (a, id) => workflow.republishArticle(a, id), run.runRepublishArticle, actions.republishArticleAction),
  ...step('scheduleArticle', EDITORS, story('IN_REVIEW'), (a, id) => workflow.scheduleArticle(a, id, later()), run.runScheduleArticle, actions.scheduleArticleAction, () => ({ at: utcToZonedLocal(later()) })),
  ...step('rescheduleArticle', EDITORS, story('SCHEDULED'), (a, id) => workflow.rescheduleArticle(a, id, later()), run.runRescheduleArticle, actions.rescheduleArticleAction, () => ({ at: utcToZonedLocal(later()) })),
  ...step('cancelSchedule', EDITORS, story('SCHEDULED'), (a, id) => workflow.cancelSchedule(a, id), run.runCancelSchedule, actions.cancelScheduleAction),
  ...step('unpublishArticle', EDITORS, story('PUBLISHED'), (a, id) => workflow.unpublishArticle(a, id, 'Legal.'), run.runUnpublishArticle, actions.unpublishArticleAction, () => ({ reason: 'Legal.' })),
  ...step('publishPendingEdits', EDITORS, story('PUBLISHED', { pending: true }), (a, id) => workflow.publishPendingEdits(a, id), run.runPublishPendingEdits, actions.publishPendingEditsAction),
  ...step('discardPendingEdits', EDITORS, story('PUBLISHED', { pending: true }), (a, id) => workflow.discardPendingEdits(a, id), run.runDiscardPendingEdits, actions.discardPendingEditsAction),
  ...step('addCorrection', EDITORS, story('PUBLISHED'), (a, id) => workflow.addCorrection(a, id, 'Fixed a name.'), run.runAddCorrection, actions.addCorrectionAction, () => ({ note: 'Fixed a name.' })),
  'data/review-queue#listReviewQueue': read(EDITORS, (a) => queue.listReviewQueue(a)),
  'data/review-queue#listScheduledArticles': read(EDITORS, (a) => queue.listScheduledArticles(a)),
  'data/review-queue#listSchedulingProblems': read(EDITORS, (a) => queue.listSchedulingProblems(a)),
  'data/review-queue#getWorkflowState': read(OWNER, (a, fx) => queue.getWorkflowState(a, fx.id), story('DRAFT')),
  'data/timeline#getArticleTimeline': read(OWNER, (a, fx) => timeline.getArticleTimeline(a, fx.id), story('IN_REVIEW')),
  'data/notifications#listNotifications': read(STAFF, (a) => notifications.listNotifications(a)),
  'data/notifications#countUnreadNotifications': read(STAFF, (a) => notifications.countUnreadNotifications(a)),
  'data/notifications#markNotificationRead': {
    allow: STAFF, setup: notificationsForAll, snapshot: notificationState,
    call: async (a) => notifications.markNotificationRead(a, await ownNotification(a)),
  },
  'data/notifications#markAllNotificationsRead': { allow: STAFF, setup: notificationsForAll, snapshot: notificationState, call: (a) => notifications.markAllNotificationsRead(a) },
  'actions/run-workflow#runMarkNotificationRead': {
    allow: STAFF, setup: notificationsForAll, snapshot: notificationState,
    call: async (a) => run.runMarkNotificationRead(a, formData({ notificationId: await ownNotification(a) })),
  },
  'actions/run-workflow#runMarkAllNotificationsRead': {
    allow: STAFF, setup: notificationsForAll, snapshot: notificationState, call: (a) => run.runMarkAllNotificationsRead(a, formData({})),
  },
  'actions/workflow#markNotificationReadAction': {
    allow: STAFF, setup: notificationsForAll, snapshot: notificationState,
    call: async (a) => {
      currentActor = a;
      return actions.markNotificationReadAction({ ok: false }, formData({ notificationId: await ownNotification(a) }));
    },
  },
  'actions/workflow#markAllNotificationsReadAction': {
    allow: STAFF, setup: notificationsForAll, snapshot: notificationState,
    call: (a) => {
      currentActor = a;
      return actions.markAllNotificationsReadAction({ ok: false }, formData({}));
    },
  },
};


describe('workflow role matrix', () => {
  it('covers every exported function of the workflow modules', () => {
    const modules: Record<string, Record<string, unknown>> = {
      'data/workflow': workflow, 'data/review-queue': queue, 'data/timeline': timeline, 'data/notifications': notifications,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      'data/scheduler': require('@/lib/data/scheduler'), 'actions/run-workflow': run, 'actions/workflow': actions,
    };
    const missing = Object.entries(modules).flatMap(([mod, exports]) =>
      Object.entries(exports).filter(([, v]) => typeof v === 'function').map(([fn]) => `${mod}#${fn}`).filter((k) => !ROWS[k] && !SYSTEM_EXPORTS.includes(k)),
    );
    expect(missing).toEqual([]);
  });

  describeRows(ROWS, () => actors);
});
