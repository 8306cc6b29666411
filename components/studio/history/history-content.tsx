import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessDenied } from '@/app/(studio)/studio/_components/access-denied';
import { requireStudioActor } from '@/app/(studio)/studio/_components/studio-actor';
import { diffSnapshots, type DiffLookup } from '@/lib/content/diff';
import { findSectionNav } from '@/lib/data/sections';
import { getRevision, listRevisions } from '@/lib/data/revisions';
import { getArticleForEdit } from '@/lib/data/studio-articles';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { DiffView } from './diff-view';
import { RevisionTable, revisionLabel, type RevisionRow } from './revision-table';

export interface HistoryContentProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** The history page: every revision, a comparison of any two, and restore. */
export async function HistoryContent({ params, searchParams }: HistoryContentProps) {
  const { id } = await params;
  const actor = await requireStudioActor(`/studio/articles/${id}/history`);
  let article, revisions;
  try {
    [article, revisions] = await Promise.all([getArticleForEdit(actor, id), listRevisions(actor, id)]);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return <AccessDenied area="this article's history" />;
    throw error;
  }
  const rows: RevisionRow[] = revisions.map((r) => ({ id: r.id, kind: r.kind, version: r.version, createdAt: r.createdAt, authorName: r.author.name }));
  const query = await searchParams;
  const known = new Set(rows.map((r) => r.id));
  // Default: the newest revision against the one before it.
  const b = known.has(one(query.b) ?? '') ? one(query.b)! : rows[0]?.id;
  const a = known.has(one(query.a) ?? '') ? one(query.a)! : (rows[1]?.id ?? b);
  const [revA, revB] = a && b ? await Promise.all([getRevision(actor, id, a), getRevision(actor, id, b)]) : [null, null];
  const lookup = await lookupFor(article.authors, revisions);
  const diff = revA && revB ? diffSnapshots(revA.snapshot, revB.snapshot, lookup) : null;
  const rowA = rows.find((r) => r.id === a);
  const rowB = rows.find((r) => r.id === b);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">History</h1>
        <p className="mt-1 text-lg text-zinc-700 dark:text-zinc-300">{article.title || 'Untitled draft'}</p>
        <nav aria-label="Article" className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <Link href={`/studio/articles/${id}`} className="underline">Back to the editor</Link>
          <Link href={`/studio/articles/${id}/preview`} className="underline">Preview</Link>
        </nav>
      </div>
      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className="text-xl font-semibold">Revisions</h2>
        {rows.length === 0 ? (
          <p>No revisions yet: one is stored with every manual save and status change.</p>
        ) : (
          <>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              Choose a version to compare from and one to compare to. Restoring a version saves its content as the newest
              version; nothing is deleted.
            </p>
            <form id="compare-form" method="get" className="flex">
              <button type="submit" className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
                Compare selected versions
              </button>
            </form>
            <RevisionTable articleId={id} revisions={rows} selectedA={a ?? ''} selectedB={b ?? ''} restoreVersion={article.canEdit ? article.version : null} />
          </>
        )}
      </section>
      {diff && rowA && rowB ? (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-xl font-semibold">
            Changes from {revisionLabel(rowA)} to {revisionLabel(rowB)}
          </h2>
          <DiffView diff={diff} />
        </section>
      ) : null}
    </div>
  );
}

/** Names for the ids a snapshot holds: sections, and the people seen on this article. */
async function lookupFor(
  authors: { id: string; name: string }[],
  revisions: { author: { id: string; name: string } }[],
): Promise<DiffLookup> {
  const sections: Record<string, string> = {};
  for (const s of await findSectionNav()) {
    sections[s.id] = s.name;
    for (const c of s.children) sections[c.id] = `${s.name} › ${c.name}`;
  }
  const users: Record<string, string> = {};
  for (const u of [...authors, ...revisions.map((r) => r.author)]) users[u.id] = u.name;
  return { sections, users };
}
