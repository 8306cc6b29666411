import 'server-only';
// Bodies of the workflow actions, taking the actor explicitly so tests can call them. The data
// layer authorizes, checks the state, and invalidates public pages itself.
import type { Actor } from '@/lib/auth/permissions';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/data/notifications';
import {
  addCorrection, cancelSchedule, claimReview, discardPendingEdits, publishArticle, publishPendingEdits, releaseReview,
  republishArticle, requestChanges, rescheduleArticle, scheduleArticle, submitForReview, unpublishArticle, withdrawSubmission,
} from '@/lib/data/workflow';
import { formatDateTime } from '@/lib/format/date';
import { handleForm, type FormState } from '@/lib/validation/form';
import { articleStepSchema, noteStepSchema, notificationIdSchema, reasonStepSchema, scheduleStepSchema } from '@/lib/validation/workflow';

const versionOf = (v: number | null) => (v === null ? {} : { expectedVersion: v });

type Step = (actor: Actor | null, articleId: string, options: { expectedVersion?: number }) => Promise<void>;

function plainStep(step: Step, done: string) {
  return (actor: Actor | null, formData: FormData): Promise<FormState> =>
    handleForm(articleStepSchema, formData, async ({ articleId, expectedVersion }) => {
      await step(actor, articleId, versionOf(expectedVersion));
      return done;
    });
}

export const runSubmitForReview = plainStep(submitForReview, 'Submitted for review. The editors have been notified.');
export const runWithdrawSubmission = plainStep(withdrawSubmission, 'Withdrawn from review; the article is a draft again.');
export const runClaimReview = plainStep(claimReview, 'You are reviewing this article.');
export const runReleaseReview = plainStep(releaseReview, 'Released; another editor can pick it up.');
export const runPublishArticle = plainStep(publishArticle, 'Approved and published.');
export const runRepublishArticle = plainStep(republishArticle, 'Republished at the same address.');
export const runCancelSchedule = plainStep(cancelSchedule, 'Schedule cancelled; the article is back in review.');
export const runPublishPendingEdits = plainStep(publishPendingEdits, 'The pending edits are live.');
export const runDiscardPendingEdits = plainStep(discardPendingEdits, 'Pending edits discarded; the published version stays.');

export async function runRequestChanges(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(noteStepSchema, formData, async ({ articleId, expectedVersion, note }) => {
    await requestChanges(actor, articleId, note, versionOf(expectedVersion));
    return 'Changes requested. The writer has been notified.';
  });
}

export async function runScheduleArticle(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(scheduleStepSchema, formData, async ({ articleId, expectedVersion, at }) => {
    await scheduleArticle(actor, articleId, at, versionOf(expectedVersion));
    return `Scheduled for ${formatDateTime(at)}.`;
  });
}

export async function runRescheduleArticle(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(scheduleStepSchema, formData, async ({ articleId, expectedVersion, at }) => {
    await rescheduleArticle(actor, articleId, at, versionOf(expectedVersion));
    return `Rescheduled for ${formatDateTime(at)}.`;
  });
}

export async function runUnpublishArticle(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(reasonStepSchema, formData, async ({ articleId, expectedVersion, reason }) => {
    await unpublishArticle(actor, articleId, reason, versionOf(expectedVersion));
    return 'Unpublished. The article is gone from every public page.';
  });
}

export async function runAddCorrection(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(noteStepSchema, formData, async ({ articleId, note }) => {
    await addCorrection(actor, articleId, note);
    return 'Correction published.';
  });
}

export async function runMarkNotificationRead(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(notificationIdSchema, formData, async ({ notificationId }) => {
    await markNotificationRead(actor, notificationId);
    return 'Marked as read.';
  });
}

export async function runMarkAllNotificationsRead(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(notificationIdSchema.partial(), formData, async () => {
    const count = await markAllNotificationsRead(actor);
    return count === 1 ? '1 notification marked as read.' : `${count} notifications marked as read.`;
  });
}
