// An article's whole history: workflow events (with notes) and revisions, oldest first.
import type { TimelineEntry } from '@/lib/data/timeline';
import { formatDateTime } from '@/lib/format/date';
import { RELEASE_NOTE_TEXT, EVENT_LABELS, STATUS_LABELS } from './status';

const REVISION_LABELS = { MANUAL: 'Saved', AUTOSAVE: 'Autosaved', STATUS: 'Snapshot', RESTORE: 'Restored a revision' } as const;

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-zinc-700 dark:text-zinc-300">No history yet.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-zinc-300 pl-4 dark:border-zinc-700" data-testid="timeline">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.id}`} className="text-sm">
          <p>
            <time dateTime={e.at.toISOString()} className="text-zinc-700 dark:text-zinc-300">
              {formatDateTime(e.at)}
            </time>{' '}
            · <span className="font-medium">{e.who}</span> ·{' '}
            {e.kind === 'event' ? (
              <>
                <strong>{e.type === 'CLAIMED' && e.note === RELEASE_NOTE_TEXT ? 'Released the review' : EVENT_LABELS[e.type]}</strong>
                {e.from && e.to && e.from !== e.to && (
                  <span>
                    {' '}
                    ({STATUS_LABELS[e.from]} → {STATUS_LABELS[e.to]})
                  </span>
                )}
              </>
            ) : (
              <span>
                {REVISION_LABELS[e.revisionKind]} (revision, version {e.version})
              </span>
            )}
          </p>
          {e.kind === 'event' && e.note && e.note !== RELEASE_NOTE_TEXT && (
            <blockquote className="mt-1 border-l-4 border-zinc-300 pl-3 whitespace-pre-line dark:border-zinc-600">{e.note}</blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
