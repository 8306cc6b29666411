import { formatDateTime } from '@/lib/format/date';
import { RestoreForm } from './restore-form';

export interface RevisionRow {
  id: string;
  kind: string;
  version: number;
  createdAt: Date;
  authorName: string;
}

interface RevisionTableProps {
  articleId: string;
  revisions: RevisionRow[];
  selectedA: string;
  selectedB: string;
  /** Current article version, or null when the actor may not restore. */
  restoreVersion: number | null;
}

export const KIND_LABELS: Record<string, string> = {
  MANUAL: 'Saved',
  AUTOSAVE: 'Autosaved',
  STATUS: 'Status change',
  RESTORE: 'Restored',
};

export const revisionLabel = (r: RevisionRow) => `version ${r.version}, ${formatDateTime(r.createdAt)}`;

/**
 * Every revision, newest first. The radio buttons belong to the GET form "compare-form"
 * (through the form attribute) so each row can also hold its own restore form.
 */
export function RevisionTable({ articleId, revisions, selectedA, selectedB, restoreVersion }: RevisionTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Revisions, newest first. Choose two to compare.</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-3">Compare from</th>
            <th scope="col" className="py-2 pr-3">Compare to</th>
            <th scope="col" className="py-2 pr-3">When</th>
            <th scope="col" className="py-2 pr-3">Who</th>
            <th scope="col" className="py-2 pr-3">What</th>
            {restoreVersion !== null ? <th scope="col" className="py-2"><span className="sr-only">Restore</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {revisions.map((r) => {
            const label = revisionLabel(r);
            return (
              <tr key={r.id} data-testid="revision-row">
                <td className="py-2 pr-3">
                  <input type="radio" form="compare-form" name="a" value={r.id} defaultChecked={r.id === selectedA} aria-label={`Compare from ${label}`} className="size-4" />
                </td>
                <td className="py-2 pr-3">
                  <input type="radio" form="compare-form" name="b" value={r.id} defaultChecked={r.id === selectedB} aria-label={`Compare to ${label}`} className="size-4" />
                </td>
                <td className="py-2 pr-3">
                  <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">Version {r.version}</span>
                </td>
                <td className="py-2 pr-3">{r.authorName}</td>
                <td className="py-2 pr-3">{KIND_LABELS[r.kind] ?? r.kind}</td>
                {restoreVersion !== null ? (
                  <td className="max-w-xs py-2">
                    <RestoreForm articleId={articleId} revisionId={r.id} expectedVersion={restoreVersion} label={label} />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
