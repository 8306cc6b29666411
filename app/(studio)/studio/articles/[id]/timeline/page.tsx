import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { WorkflowPanel } from '@/components/studio/workflow/workflow-panel';
import { TimelineList } from '@/components/studio/workflow/timeline-list';
import { STATUS_LABELS } from '@/components/studio/workflow/status';
import { getArticleTimeline } from '@/lib/data/timeline';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { AccessDenied } from '../../../_components/access-denied';
import { requireStudioActor } from '../../../_components/studio-actor';

export const metadata: Metadata = { title: 'Timeline' };

type Params = Promise<{ id: string }>;

export default function TimelinePage({ params }: { params: Params }) {
  return (
    <Suspense fallback={<p>Loading the timeline…</p>}>
      <Timeline params={params} />
    </Suspense>
  );
}

async function Timeline({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireStudioActor(`/studio/articles/${encodeURIComponent(id)}/timeline`);
  let timeline;
  try {
    timeline = await getArticleTimeline(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return <AccessDenied area="this article" />;
    throw error;
  }
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-6">
        <div>
          <p className="text-sm">
            <Link href={`/studio/articles/${timeline.article.id}`} className="underline">
              Back to the article
            </Link>
          </p>
          <h1 className="mt-2 font-serif text-3xl font-bold">Timeline: {timeline.article.title}</h1>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Now {STATUS_LABELS[timeline.article.status].toLowerCase()}. Notes here are for staff only.
          </p>
        </div>
        <TimelineList entries={timeline.entries} />
      </div>
      <aside aria-label="Workflow actions">
        <WorkflowPanel articleId={timeline.article.id} />
      </aside>
    </div>
  );
}
