import type { Metadata } from 'next';
import { Suspense } from 'react';
import { can } from '@/lib/auth/permissions';
import { listTagsForAdmin } from '@/lib/data/taxonomy';
import { AccessDenied } from '../_components/access-denied';
import { requireStudioActor } from '../_components/studio-actor';
import { TagForm } from './tag-form';

export const metadata: Metadata = { title: 'Tags' };

export default function TagsPage() {
  return (
    <Suspense fallback={<p>Loading tags…</p>}>
      <Tags />
    </Suspense>
  );
}

async function Tags() {
  const actor = await requireStudioActor('/studio/tags');
  if (!can(actor, 'tag.manage')) return <AccessDenied area="tags" />;
  const list = await listTagsForAdmin(actor);
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Tags</h1>
      <section aria-labelledby="new-tag-heading" className="max-w-xl space-y-3">
        <h2 id="new-tag-heading" className="text-xl font-semibold">
          New tag
        </h2>
        <TagForm />
      </section>
      <section aria-labelledby="tag-list-heading">
        <h2 id="tag-list-heading" className="text-xl font-semibold">
          All tags ({list.length})
        </h2>
        <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
          {list.map((t) => (
            <li key={t.id} className="py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{t.name}</span>{' '}
                  <span className="font-mono text-sm text-zinc-700 dark:text-zinc-300">/tag/{t.slug}</span>{' '}
                  <span className="text-sm text-zinc-700 dark:text-zinc-300">
                    · {t.articleCount} article{t.articleCount === 1 ? '' : 's'}
                  </span>
                </summary>
                <div className="mt-3 max-w-xl">
                  <TagForm tag={t} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
