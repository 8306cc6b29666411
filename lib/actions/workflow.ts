'use server';
// Server actions for the editorial workflow and notifications (public endpoints: the data
// layer authorizes every step).
import { refresh } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/validation/form';
import * as run from './run-workflow';

type Runner = (actor: Awaited<ReturnType<typeof getCurrentActor>>, formData: FormData) => Promise<FormState>;

async function perform(runner: Runner, formData: FormData): Promise<FormState> {
  const state = await runner(await getCurrentActor(), formData);
  if (state.ok) {
    try {
      refresh();
    } catch {
      // Called outside a Server Action request (tests): nothing to refresh.
    }
  }
  return state;
}

export async function submitForReviewAction(_prev: FormState, formData: FormData) {
  return perform(run.runSubmitForReview, formData);
}
export async function withdrawSubmissionAction(_prev: FormState, formData: FormData) {
  return perform(run.runWithdrawSubmission, formData);
}
export async function claimReviewAction(_prev: FormState, formData: FormData) {
  return perform(run.runClaimReview, formData);
}
export async function releaseReviewAction(_prev: FormState, formData: FormData) {
  return perform(run.runReleaseReview, formData);
}
export async function requestChangesAction(_prev: FormState, formData: FormData) {
  return perform(run.runRequestChanges, formData);
}
export async function publishArticleAction(_prev: FormState, formData: FormData) {
  return perform(run.runPublishArticle, formData);
}
export async function republishArticleAction(_prev: FormState, formData: FormData) {
  return perform(run.runRepublishArticle, formData);
}
export async function scheduleArticleAction(_prev: FormState, formData: FormData) {
  return perform(run.runScheduleArticle, formData);
}
export async function rescheduleArticleAction(_prev: FormState, formData: FormData) {
  return perform(run.runRescheduleArticle, formData);
}
export async function cancelScheduleAction(_prev: FormState, formData: FormData) {
  return perform(run.runCancelSchedule, formData);
}
export async function unpublishArticleAction(_prev: FormState, formData: FormData) {
  return perform(run.runUnpublishArticle, formData);
}
export async function publishPendingEditsAction(_prev: FormState, formData: FormData) {
  return perform(run.runPublishPendingEdits, formData);
}
export async function discardPendingEditsAction(_prev: FormState, formData: FormData) {
  return perform(run.runDiscardPendingEdits, formData);
}
export async function addCorrectionAction(_prev: FormState, formData: FormData) {
  return perform(run.runAddCorrection, formData);
}
export async function markNotificationReadAction(_prev: FormState, formData: FormData) {
  return perform(run.runMarkNotificationRead, formData);
}
export async function markAllNotificationsReadAction(_prev: FormState, formData: FormData) {
  return perform(run.runMarkAllNotificationsRead, formData);
}
