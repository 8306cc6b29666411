// Human words for the workflow's states and events, shared by the studio's workflow views.
import type { WorkflowState } from '@/lib/data/review-queue';
import type { TimelineEntry } from '@/lib/data/timeline';

type ArticleStatus = WorkflowState['status'];
type ArticleEventType = Extract<TimelineEntry, { kind: 'event' }>['type'];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

export const EVENT_LABELS: Record<ArticleEventType, string> = {
  CREATED: 'Created',
  SUBMITTED: 'Submitted for review',
  WITHDRAWN: 'Withdrawn from review',
  CLAIMED: 'Claimed for review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
  SCHEDULED: 'Scheduled',
  SCHEDULE_CANCELLED: 'Schedule cancelled',
  SCHEDULE_FAILED: 'Scheduled publishing failed',
  UNPUBLISHED: 'Unpublished',
  PENDING_PUBLISHED: 'Pending edits published',
  PENDING_DISCARDED: 'Pending edits discarded',
  CORRECTED: 'Correction added',
  TRASHED: 'Moved to the trash',
  RESTORED: 'Restored from the trash',
  REVISION_RESTORED: 'Revision restored',
};

/** "3 h 5 min", "2 days": how long something has been waiting. */
export function waitingTime(since: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** Mirrors RELEASE_NOTE in lib/data/workflow.ts (a server-only module). */
export const RELEASE_NOTE_TEXT = 'Released the review for another editor.';
