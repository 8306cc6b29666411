import Link from 'next/link';
import { parsePageParam } from '@/components/site/listing/page-param';
import { requireStudioActor } from '@/app/(studio)/studio/_components/studio-actor';
import { can } from '@/lib/auth/permissions';
import { listDashboardArticles } from '@/lib/data/studio-articles';
import { formatDateTime } from '@/lib/format/date';
import { Pager } from './pager';
import { TrashTable } from './trash-table';
import { STATUS_LABELS } from './status';

export interface TrashContentProps {
  searchParams: Promise<{ page?: string | string[] }>;
}

/** Trashed articles (writers: their own), newest first, each with a Restore button. */
export async function TrashContent({ searchParams }: TrashContentProps) {
  const actor = await requireStudioActor('/studio/trash');
  const page = parsePageParam((await searchParams).page) ?? 1;
  const result = await listDashboardArticles(actor, { status: 'TRASHED', page });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Trash</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Trashed articles are hidden from readers and search. Nothing here is deleted: restoring puts an article back with the
          status it had. {can(actor, 'article.readAll') ? '' : 'You can restore your own drafts.'}
        </p>
        <p className="mt-2 text-sm">
          <Link href="/studio" className="underline">
            Back to the dashboard
          </Link>
        </p>
      </div>
      <TrashTable
        rows={result.items.map((a) => ({
          id: a.id,
          title: a.title,
          statusLabel: STATUS_LABELS[a.status],
          sectionName: a.sectionName,
          trashedAt: a.deletedAt ? { iso: a.deletedAt.toISOString(), label: formatDateTime(a.deletedAt) } : null,
        }))}
      />
      <Pager basePath="/studio/trash" page={result.page} pageCount={result.pageCount} noun="trashed articles" />
    </div>
  );
}
