import 'server-only';
// Promotes due SCHEDULED articles to PUBLISHED. Runs inside the app (instrumentation.ts) on
// every instance: each article is claimed with FOR UPDATE SKIP LOCKED and published in its own
// transaction, so two workers never publish the same article and one slow article never holds
// up the others. Anything overdue (after downtime) is caught up oldest first. A failure is
// recorded on the article (tries, error, SCHEDULE_FAILED event) and retried on the next run.
import { invalidatePublic } from '@/lib/cache/invalidate';
import { missingForSubmit } from '@/lib/content/checklist';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { publishDueArticle } from './workflow';

export interface ScheduleRunResult {
  published: string[];
  failed: { id: string; error: string }[];
}

/** Thrown inside the publishing transaction to roll it back with a reason worth showing. */
class ScheduleProblem extends AppError {}

/**
 * Publishes every article whose scheduled time is at or before `now`, up to `limit` per run.
 * System entry point: no user acts; events are attributed to the scheduler and revisions to
 * the editor who scheduled the article.
 */
export async function runDueSchedules(now: Date = new Date(), { limit = 50 }: { limit?: number } = {}): Promise<ScheduleRunResult> {
  const db = getDb();
  const result: ScheduleRunResult = { published: [], failed: [] };
  const attempted: string[] = [];
  while (attempted.length < limit) {
    let claimedId: string | null = null;
    try {
      const affected = await db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Article"
          WHERE status = 'SCHEDULED' AND "scheduledFor" <= ${now} AND "deletedAt" IS NULL
            AND NOT (id = ANY(${attempted}::text[]))
          ORDER BY "scheduledFor" ASC, id ASC
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return null;
        claimedId = rows[0].id;
        return publishDueArticle(tx, claimedId, now, (article) => {
          const missing = missingForSubmit(article);
          if (missing.length) throw new ScheduleProblem(`Missing before it can go live: ${missing.join('; ')}.`);
        });
      });
      if (claimedId === null) break;
      attempted.push(claimedId);
      if (affected) {
        result.published.push(claimedId);
        invalidatePublic(affected);
      }
    } catch (error) {
      if (claimedId === null) throw error;
      attempted.push(claimedId);
      const message = error instanceof ScheduleProblem ? error.message : 'Publishing failed unexpectedly; it will be retried.';
      if (!(error instanceof ScheduleProblem)) console.error(`Scheduled publish of ${claimedId} failed:`, error);
      await recordFailure(claimedId, message, now);
      result.failed.push({ id: claimedId, error: message });
    }
  }
  return result;
}

/** Leaves the article SCHEDULED with the failure on it, so the next run retries it. */
async function recordFailure(articleId: string, message: string, now: Date) {
  await getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; scheduleTries: number; createdById: string }[]>`
      SELECT id, "scheduleTries", "createdById" FROM "Article" WHERE id = ${articleId} AND status = 'SCHEDULED' FOR UPDATE`;
    if (rows.length === 0) return;
    await tx.article.update({ where: { id: articleId }, data: { scheduleTries: { increment: 1 }, scheduleError: message } });
    await tx.articleEvent.create({
      data: { articleId, actorId: null, type: 'SCHEDULE_FAILED', fromStatus: 'SCHEDULED', toStatus: 'SCHEDULED', note: message, createdAt: now },
    });
    // Tell the editors once per failure streak, not on every retry.
    if (rows[0].scheduleTries === 0) {
      const editors = await tx.user.findMany({ where: { role: { in: ['EDITOR', 'ADMIN'] }, active: true }, select: { id: true } });
      await tx.notification.createMany({
        data: editors.map((e) => ({ userId: e.id, articleId, type: 'SCHEDULE_FAILED', message: `A scheduled article could not be published: ${message}` })),
      });
    }
  });
}
