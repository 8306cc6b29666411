import 'server-only';
// Studio reads for the editorial workflow: the review queue, the schedule, scheduling
// problems, and one article's workflow state for the editor sidebar. Never cached.
import type { Actor } from '@/lib/auth/permissions';
import { can, requirePermission } from '@/lib/auth/permissions';
import { preSubmitChecklist, type ChecklistItem } from '@/lib/content/checklist';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { ArticleStatus, Prisma } from '@/lib/generated/prisma/client';
import { articlePath } from './shapes';

export interface QueueItem {
  id: string;
  title: string;
  section: { id: string; name: string; path: string };
  authors: string[];
  submittedAt: Date;
  claimedBy: { id: string; name: string } | null;
}

export interface ScheduledItem {
  id: string;
  title: string;
  section: string;
  authors: string[];
  scheduledFor: Date;
  scheduleTries: number;
  scheduleError: string | null;
}

export type ClaimFilter = 'all' | 'claimed' | 'unclaimed' | 'mine';

const itemSelect = {
  id: true,
  title: true,
  updatedAt: true,
  claimedBy: { select: { id: true, name: true } },
  section: { select: { id: true, name: true, path: true } },
  authors: { orderBy: { position: 'asc' }, select: { user: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

const untitled = (title: string) => title.trim() || 'Untitled';

/**
 * Articles waiting for review, longest-waiting first, with the sections to filter by.
 * Needs `article.review`.
 */
export async function listReviewQueue(
  actor: Actor | null,
  { sectionId = '', claim = 'all' }: { sectionId?: string; claim?: ClaimFilter } = {},
): Promise<{ items: QueueItem[]; sections: { id: string; name: string; path: string }[] }> {
  requirePermission(actor, 'article.review');
  const claimWhere: Prisma.ArticleWhereInput =
    claim === 'claimed' ? { claimedById: { not: null } } : claim === 'unclaimed' ? { claimedById: null } : claim === 'mine' ? { claimedById: actor.id } : {};
  const db = getDb();
  const [rows, sections] = await Promise.all([
    db.article.findMany({
      where: { status: 'IN_REVIEW', deletedAt: null, ...claimWhere, ...(sectionId ? { section: { OR: [{ id: sectionId }, { parentId: sectionId }] } } : {}) },
      select: { ...itemSelect, events: { where: { type: 'SUBMITTED' }, orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } } },
      take: 500,
    }),
    db.section.findMany({ orderBy: { path: 'asc' }, select: { id: true, name: true, path: true } }),
  ]);
  const items = rows
    .map((r) => ({
      id: r.id,
      title: untitled(r.title),
      section: r.section,
      authors: r.authors.map((a) => a.user.name),
      submittedAt: r.events[0]?.createdAt ?? r.updatedAt,
      claimedBy: r.claimedBy,
    }))
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  return { items, sections };
}

function toScheduled(r: Prisma.ArticleGetPayload<{ select: typeof itemSelect & { scheduledFor: true; scheduleTries: true; scheduleError: true } }>): ScheduledItem {
  return {
    id: r.id,
    title: untitled(r.title),
    section: r.section.name,
    authors: r.authors.map((a) => a.user.name),
    scheduledFor: r.scheduledFor!,
    scheduleTries: r.scheduleTries,
    scheduleError: r.scheduleError,
  };
}

const scheduledSelect = { ...itemSelect, scheduledFor: true, scheduleTries: true, scheduleError: true } satisfies Prisma.ArticleSelect;

/** Scheduled articles, soonest first. Needs `article.review`. */
export async function listScheduledArticles(actor: Actor | null): Promise<ScheduledItem[]> {
  requirePermission(actor, 'article.review');
  const rows = await getDb().article.findMany({
    where: { status: 'SCHEDULED', deletedAt: null },
    orderBy: { scheduledFor: 'asc' },
    select: scheduledSelect,
    take: 200,
  });
  return rows.map(toScheduled);
}

/** Scheduled articles the scheduler failed to publish (retried every run). Needs `article.review`. */
export async function listSchedulingProblems(actor: Actor | null): Promise<ScheduledItem[]> {
  requirePermission(actor, 'article.review');
  const rows = await getDb().article.findMany({
    where: { status: 'SCHEDULED', deletedAt: null, scheduleTries: { gt: 0 } },
    orderBy: { scheduledFor: 'asc' },
    select: scheduledSelect,
    take: 200,
  });
  return rows.map(toScheduled);
}

export interface WorkflowState {
  id: string;
  title: string;
  status: ArticleStatus;
  version: number;
  trashed: boolean;
  publicUrl: string | null;
  scheduledFor: Date | null;
  scheduleError: string | null;
  claimedBy: { id: string; name: string } | null;
  pendingAt: Date | null;
  latestChangeRequest: { note: string; by: string; at: Date } | null;
  checklist: ChecklistItem[];
  /** The steps the actor may take now (role and state both allow them). */
  allowed: Record<WorkflowStep, boolean>;
}

export type WorkflowStep =
  | 'submit' | 'withdraw' | 'claim' | 'release' | 'requestChanges' | 'publish' | 'schedule' | 'reschedule'
  | 'cancelSchedule' | 'unpublish' | 'republish' | 'publishPending' | 'discardPending' | 'correct';

/** One article's workflow state for the editor sidebar. Needs `article.read` (own articles for writers). */
export async function getWorkflowState(actor: Actor | null, articleId: string): Promise<WorkflowState> {
  const row = await getDb().article.findUnique({
    where: { id: articleId },
    select: {
      id: true, title: true, dek: true, body: true, sectionId: true, coverImageId: true, coverCredit: true, slug: true,
      status: true, version: true, deletedAt: true, createdById: true, scheduledFor: true, scheduleError: true, pendingDraft: true, pendingAt: true,
      claimedBy: { select: { id: true, name: true } },
      section: { select: { path: true } },
      authors: { select: { userId: true } },
      events: { where: { type: 'CHANGES_REQUESTED' }, orderBy: { createdAt: 'desc' }, take: 1, select: { note: true, createdAt: true, actor: { select: { name: true } } } },
    },
  });
  if (!row) throw new NotFoundError('That article does not exist.');
  const resource = { createdById: row.createdById, authorIds: row.authors.map((a) => a.userId), status: row.status, deletedAt: row.deletedAt };
  requirePermission(actor, 'article.read', resource);
  const s = row.status;
  const live = !row.deletedAt;
  const may = (action: Parameters<typeof can>[1]) => live && can(actor, action, resource);
  const claimedByOther = s === 'IN_REVIEW' && row.claimedBy !== null && row.claimedBy.id !== actor.id;
  const change = row.events[0];
  return {
    id: row.id,
    title: row.title,
    status: s,
    version: row.version,
    trashed: !live,
    publicUrl: s === 'PUBLISHED' && live ? articlePath(row.section.path, row.slug) : null,
    scheduledFor: row.scheduledFor,
    scheduleError: row.scheduleError,
    claimedBy: row.claimedBy,
    pendingAt: row.pendingDraft ? row.pendingAt : null,
    latestChangeRequest: change && s === 'CHANGES_REQUESTED' ? { note: change.note ?? '', by: change.actor?.name ?? 'An editor', at: change.createdAt } : null,
    checklist: preSubmitChecklist(row),
    allowed: {
      submit: (s === 'DRAFT' || s === 'CHANGES_REQUESTED') && may('article.submit'),
      withdraw: s === 'IN_REVIEW' && may('article.withdraw'),
      claim: s === 'IN_REVIEW' && row.claimedBy === null && may('article.review'),
      release: s === 'IN_REVIEW' && row.claimedBy !== null && may('article.review'),
      requestChanges: s === 'IN_REVIEW' && !claimedByOther && may('article.review'),
      publish: (s === 'IN_REVIEW' || s === 'SCHEDULED') && !claimedByOther && may('article.publish'),
      schedule: s === 'IN_REVIEW' && !claimedByOther && may('article.schedule'),
      reschedule: s === 'SCHEDULED' && may('article.schedule'),
      cancelSchedule: s === 'SCHEDULED' && may('article.schedule'),
      unpublish: s === 'PUBLISHED' && may('article.unpublish'),
      republish: s === 'UNPUBLISHED' && may('article.publish'),
      publishPending: s === 'PUBLISHED' && row.pendingDraft !== null && may('article.publish'),
      discardPending: s === 'PUBLISHED' && row.pendingDraft !== null && may('article.publish'),
      correct: s === 'PUBLISHED' && may('article.correct'),
    },
  };
}
