'use client';
import { useActionState } from 'react';
import { deleteSectionAction, reorderSectionAction } from '@/lib/actions/taxonomy';
import type { SectionAdminItem } from '@/lib/data/taxonomy';
import { initialFormState } from '@/lib/validation/form';
import { FormMessage, inputClass, SubmitButton } from '../_components/form-controls';
import { SectionForm } from './section-form';

interface SectionRowProps {
  section: SectionAdminItem;
  parents: { id: string; name: string }[];
  all: { id: string; name: string }[];
  first: boolean;
  last: boolean;
}

export function SectionRow({ section, parents, all, first, last }: SectionRowProps) {
  const [orderState, reorder] = useActionState(reorderSectionAction, initialFormState);
  const [deleteState, remove] = useActionState(deleteSectionAction, initialFormState);
  return (
    <div className="space-y-2 py-3" data-testid={`section-${section.path}`}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="font-medium">{section.name}</p>
        <p className="font-mono text-sm text-zinc-700 dark:text-zinc-300">/{section.path}</p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {section.articleCount} article{section.articleCount === 1 ? '' : 's'}
        </p>
        <form action={reorder} className="flex gap-1">
          <input type="hidden" name="id" value={section.id} />
          <button name="direction" value="up" disabled={first} className="rounded border border-zinc-400 px-2 text-sm disabled:opacity-40 dark:border-zinc-500" aria-label={`Move ${section.name} up`}>
            ↑
          </button>
          <button name="direction" value="down" disabled={last} className="rounded border border-zinc-400 px-2 text-sm disabled:opacity-40 dark:border-zinc-500" aria-label={`Move ${section.name} down`}>
            ↓
          </button>
        </form>
      </div>
      <FormMessage state={orderState} />
      <details className="rounded border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-medium">Edit or delete {section.name}</summary>
        <div className="mt-3 max-w-xl space-y-6">
          <SectionForm parents={parents} section={section} />
          {section.children.length === 0 && (
            <form action={remove} className="space-y-2">
              <input type="hidden" name="id" value={section.id} />
              {section.articleCount > 0 && (
                <div>
                  <label htmlFor={`move-${section.id}`} className="block text-sm font-medium">
                    Move its {section.articleCount} article(s) to
                  </label>
                  <select id={`move-${section.id}`} name="moveArticlesTo" required className={inputClass} defaultValue="">
                    <option value="" disabled>
                      Choose a section
                    </option>
                    {all
                      .filter((s) => s.id !== section.id)
                      .map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                  </select>
                </div>
              )}
              <SubmitButton variant="danger">Delete section</SubmitButton>
              <FormMessage state={deleteState} />
            </form>
          )}
        </div>
      </details>
    </div>
  );
}
