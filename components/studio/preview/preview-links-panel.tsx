import type { Actor } from '@/lib/auth/permissions';
import { listPreviewLinks } from '@/lib/data/preview';
import { formatDateTime } from '@/lib/format/date';
import { ActiveLinks } from './active-links';
import { CreateLinkForm } from './create-link-form';

interface PreviewLinksPanelProps {
  actor: Actor;
  articleId: string;
}

const stamp = (date: Date) => ({ iso: date.toISOString(), label: formatDateTime(date) });

/** Share links for outside reviewers: create one, see the active ones, revoke. */
export async function PreviewLinksPanel({ actor, articleId }: PreviewLinksPanelProps) {
  const links = (await listPreviewLinks(actor, articleId)).filter((l) => l.active);
  return (
    <section aria-labelledby="share-heading" className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <h2 id="share-heading" className="text-lg font-semibold">
        Share a preview
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Anyone with the link can read the latest draft, without signing in, until it expires or you revoke it. Search engines are
        told not to index it.
      </p>
      <div className="mt-4">
        <CreateLinkForm articleId={articleId} />
      </div>
      <h3 className="mt-6 text-base font-semibold">Active links</h3>
      <ActiveLinks links={links.map((l) => ({ id: l.id, created: stamp(l.createdAt), expires: stamp(l.expiresAt), createdBy: l.createdBy }))} />
    </section>
  );
}
