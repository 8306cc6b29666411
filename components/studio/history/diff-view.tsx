import type { BodyDiffBlock, DiffSegment, SnapshotDiff } from '@/lib/content/diff';

// Insertions and deletions are marked three ways: <ins>/<del> (underline, strike-through),
// colour, and words for screen readers, so no one depends on colour alone.
const insClass = 'bg-emerald-100 text-emerald-950 underline decoration-2 dark:bg-emerald-950 dark:text-emerald-50';
const delClass = 'bg-red-100 text-red-950 line-through decoration-2 dark:bg-red-950 dark:text-red-50';

function Segments({ segments }: { segments: DiffSegment[] }) {
  if (segments.length === 0) return <span className="text-zinc-600 italic dark:text-zinc-400">(empty)</span>;
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'added' ? (
          <ins key={i} className={insClass}>
            <span className="sr-only">[inserted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ) : s.kind === 'removed' ? (
          <del key={i} className={delClass}>
            <span className="sr-only">[deleted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function BodyBlock({ block }: { block: BodyDiffBlock }) {
  switch (block.kind) {
    case 'skipped':
      return (
        <p className="text-sm text-zinc-600 italic dark:text-zinc-400">
          {block.count} unchanged paragraph{block.count === 1 ? '' : 's'}
        </p>
      );
    case 'changed':
      return (
        <p>
          <Segments segments={block.segments} />
        </p>
      );
    case 'added':
      return (
        <p>
          <span className="mr-2 rounded bg-emerald-800 px-1.5 py-0.5 text-xs font-semibold text-white uppercase dark:bg-emerald-300 dark:text-emerald-950">Added</span>
          <ins className={insClass}>{block.text}</ins>
        </p>
      );
    case 'removed':
      return (
        <p>
          <span className="mr-2 rounded bg-red-800 px-1.5 py-0.5 text-xs font-semibold text-white uppercase dark:bg-red-300 dark:text-red-950">Removed</span>
          <del className={delClass}>{block.text}</del>
        </p>
      );
    default:
      return <p>{block.text}</p>;
  }
}

/** The readable comparison of two revisions. */
export function DiffView({ diff }: { diff: SnapshotDiff }) {
  if (diff.identical) return <p data-testid="diff-identical">These two versions have the same content.</p>;
  return (
    <div className="space-y-6" data-testid="diff">
      <p>
        <span className="font-semibold">Changed:</span> {diff.changedFields.join(', ')}.
      </p>
      <dl className="space-y-4">
        <div>
          <dt className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Title</dt>
          <dd className="mt-1 font-serif text-xl" data-testid="diff-title">
            <Segments segments={diff.title} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Dek</dt>
          <dd className="mt-1" data-testid="diff-dek">
            <Segments segments={diff.dek} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Body</dt>
          <dd className="mt-1 space-y-3 font-serif" data-testid="diff-body">
            {diff.body.length === 0 ? <p className="text-zinc-600 italic dark:text-zinc-400">(empty)</p> : null}
            {diff.body.map((b, i) => (
              <BodyBlock key={i} block={b} />
            ))}
          </dd>
        </div>
      </dl>
      {diff.fieldChanges.length ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="mb-2 text-left font-semibold">Other fields</caption>
            <thead className="border-b border-zinc-300 dark:border-zinc-700">
              <tr>
                <th scope="col" className="py-2 pr-4">Field</th>
                <th scope="col" className="py-2 pr-4">Before</th>
                <th scope="col" className="py-2">After</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {diff.fieldChanges.map((f) => (
                <tr key={f.field}>
                  <th scope="row" className="py-2 pr-4 font-medium">{f.label}</th>
                  <td className="py-2 pr-4 break-words">{f.before ? <del className={delClass}>{f.before}</del> : <span className="italic">(empty)</span>}</td>
                  <td className="py-2 break-words">{f.after ? <ins className={insClass}>{f.after}</ins> : <span className="italic">(empty)</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
