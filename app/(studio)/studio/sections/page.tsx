import type { Metadata } from 'next';
import { Suspense } from 'react';
import { can } from '@/lib/auth/permissions';
import { listSectionTree } from '@/lib/data/taxonomy';
import { AccessDenied } from '../_components/access-denied';
import { requireStudioActor } from '../_components/studio-actor';
import { SectionForm } from './section-form';
import { SectionRow } from './section-row';

export const metadata: Metadata = { title: 'Sections' };

export default function SectionsPage() {
  return (
    <Suspense fallback={<p>Loading sections…</p>}>
      <Sections />
    </Suspense>
  );
}

async function Sections() {
  const actor = await requireStudioActor('/studio/sections');
  if (!can(actor, 'section.manage')) return <AccessDenied area="sections" />;
  const tree = await listSectionTree(actor);
  const parents = tree.map((s) => ({ id: s.id, name: s.name }));
  const all = tree.flatMap((s) => [{ id: s.id, name: s.name }, ...s.children.map((c) => ({ id: c.id, name: `${s.name} › ${c.name}` }))]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sections</h1>
        <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
          Sections go two levels deep. Renaming a slug or moving a section changes its articles&rsquo; addresses; their
          old addresses keep working as permanent redirects.
        </p>
      </div>
      <section aria-labelledby="sections-tree-heading">
        <h2 id="sections-tree-heading" className="sr-only">
          Section tree
        </h2>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {tree.map((s, i) => (
            <li key={s.id}>
              <SectionRow section={s} parents={parents} all={all} first={i === 0} last={i === tree.length - 1} />
              {s.children.length > 0 && (
                <ul className="ml-6 border-l border-zinc-200 pl-4 dark:border-zinc-800">
                  {s.children.map((c, j) => (
                    <li key={c.id}>
                      <SectionRow section={c} parents={parents} all={all} first={j === 0} last={j === s.children.length - 1} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-section-heading" className="max-w-xl space-y-3">
        <h2 id="new-section-heading" className="text-xl font-semibold">
          New section
        </h2>
        <SectionForm parents={parents} />
      </section>
    </div>
  );
}
