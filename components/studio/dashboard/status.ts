import type { DraftSummary } from '@/lib/data/studio-articles';

type ArticleStatus = DraftSummary['status'];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

/** Dashboard groups, most urgent for a writer first. */
export const STATUS_GROUPS: { status: ArticleStatus; heading: string; empty: string }[] = [
  { status: 'CHANGES_REQUESTED', heading: 'Changes requested', empty: 'Nothing is waiting for changes.' },
  { status: 'DRAFT', heading: 'Drafts', empty: 'No drafts.' },
  { status: 'IN_REVIEW', heading: 'In review', empty: 'Nothing is in review.' },
  { status: 'SCHEDULED', heading: 'Scheduled', empty: 'Nothing is scheduled.' },
  { status: 'PUBLISHED', heading: 'Published', empty: 'Nothing published yet.' },
  { status: 'UNPUBLISHED', heading: 'Unpublished', empty: 'Nothing unpublished.' },
];

export const isArticleStatus = (value: string | undefined): value is ArticleStatus =>
  value !== undefined && Object.prototype.hasOwnProperty.call(STATUS_LABELS, value);

const badge: Record<ArticleStatus, string> = {
  DRAFT: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100',
  IN_REVIEW: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  CHANGES_REQUESTED: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  SCHEDULED: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100',
  PUBLISHED: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  UNPUBLISHED: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100',
};

export const statusBadgeClass = (status: ArticleStatus) => `inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${badge[status]}`;
