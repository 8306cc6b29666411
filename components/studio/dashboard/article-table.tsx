import Link from 'next/link';
import type { DraftSummary } from '@/lib/data/studio-articles';
import { formatDateTime } from '@/lib/format/date';
import { STATUS_LABELS, statusBadgeClass } from './status';

interface ArticleTableProps {
  articles: DraftSummary[];
  caption: string;
  showAuthors: boolean;
}

function When({ label, date }: { label: string; date: Date }) {
  return (
    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
      {label} <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>
    </span>
  );
}

/** Studio article rows: title (to the editor), status, section, people and last edit. */
export function ArticleTable({ articles, caption, showAuthors }: ArticleTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Title</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Section</th>
            {showAuthors ? <th scope="col" className="py-2 pr-4 font-semibold">Authors</th> : null}
            <th scope="col" className="py-2 font-semibold">Last edit</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {articles.map((a) => (
            <tr key={a.id} className="align-top" data-testid="dashboard-row">
              <td className="py-2 pr-4">
                <Link href={`/studio/articles/${a.id}`} className="font-medium underline-offset-2 hover:underline">
                  {a.title || 'Untitled draft'}
                </Link>
                {a.latestChangeRequestNote ? (
                  <p className="mt-1 max-w-prose rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-zinc-900 dark:bg-amber-950 dark:text-amber-50">
                    <span className="font-semibold">Editor’s note:</span> {a.latestChangeRequestNote}
                  </p>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                <span className={statusBadgeClass(a.status)}>{STATUS_LABELS[a.status]}</span>
                {a.status === 'SCHEDULED' && a.scheduledFor ? <When label="for" date={a.scheduledFor} /> : null}
                {a.status === 'PUBLISHED' && a.publishedAt ? <When label="since" date={a.publishedAt} /> : null}
              </td>
              <td className="py-2 pr-4">{a.sectionName}</td>
              {showAuthors ? <td className="py-2 pr-4">{a.authors.map((p) => p.name).join(', ')}</td> : null}
              <td className="py-2">
                <time dateTime={a.updatedAt.toISOString()}>{formatDateTime(a.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
