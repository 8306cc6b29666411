import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReviewQueueTable } from '@/components/studio/workflow/review-queue-table';
import { ScheduledList, SchedulingProblems } from '@/components/studio/workflow/scheduled-list';
import { can } from '@/lib/auth/permissions';
import { listReviewQueue, listScheduledArticles, listSchedulingProblems, type ClaimFilter } from '@/lib/data/review-queue';
import { AccessDenied } from '../_components/access-denied';
import { inputClass } from '../_components/form-controls';
import { requireStudioActor } from '../_components/studio-actor';

export const metadata: Metadata = { title: 'Review queue' };

type Search = Promise<{ [key: string]: string | string[] | undefined }>;
const CLAIMS: { value: ClaimFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unclaimed', label: 'Unclaimed' },
  { value: 'claimed', label: 'Claimed' },
  { value: 'mine', label: 'Claimed by me' },
];

export default function ReviewPage({ searchParams }: { searchParams: Search }) {
  return (
    <Suspense fallback={<p>Loading the review queue…</p>}>
      <Review searchParams={searchParams} />
    </Suspense>
  );
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

async function Review({ searchParams }: { searchParams: Search }) {
  const actor = await requireStudioActor('/studio/review');
  if (!can(actor, 'article.review')) return <AccessDenied area="the review queue" />;
  const params = await searchParams;
  const sectionId = one(params.section).slice(0, 40);
  const claim = CLAIMS.find((c) => c.value === one(params.claim))?.value ?? 'all';
  const [queue, scheduled, problems] = await Promise.all([
    listReviewQueue(actor, { sectionId, claim }),
    listScheduledArticles(actor),
    listSchedulingProblems(actor),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Review queue</h1>
      <SchedulingProblems items={problems} />
      <section aria-labelledby="queue-heading" className="space-y-4">
        <h2 id="queue-heading" className="text-xl font-semibold">
          Waiting for review ({queue.items.length})
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the queue">
          <div>
            <label htmlFor="filter-section" className="block text-sm font-medium">Section</label>
            <select id="filter-section" name="section" defaultValue={sectionId} className={inputClass}>
              <option value="">All sections</option>
              {queue.sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.path.includes('/') ? `— ${s.name}` : s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-claim" className="block text-sm font-medium">Reviewer</label>
            <select id="filter-claim" name="claim" defaultValue={claim} className={inputClass}>
              {CLAIMS.map((c) => (
                <option key={c.value} value={c.value}>{c.label}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-zinc-400 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
            Filter
          </button>
        </form>
        <ReviewQueueTable items={queue.items} actorId={actor.id} now={new Date()} />
      </section>
      <section aria-labelledby="scheduled-heading" className="space-y-3">
        <h2 id="scheduled-heading" className="text-xl font-semibold">Scheduled ({scheduled.length})</h2>
        <ScheduledList items={scheduled} />
      </section>
    </div>
  );
}
