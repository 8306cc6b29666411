'use client';
// The first step of a new article: headline and section, then straight into the editor.
import { useActionState } from 'react';
import { createDraftAction } from '@/lib/actions/articles';
import { initialFormState } from '@/lib/validation/form';
import { controlClass } from './field-styles';
import { SectionSelect, type SectionOption } from './section-select';

export function NewArticleForm({ sections, defaultSectionId }: { sections: SectionOption[]; defaultSectionId: string }) {
  const [state, action, pending] = useActionState(createDraftAction, initialFormState);
  const error = (name: string) => state.fieldErrors?.[name]?.join(' ');
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <div>
        <label htmlFor="new-title" className="block text-sm font-medium">
          Title
        </label>
        <input
          id="new-title"
          name="title"
          maxLength={200}
          className={`${controlClass} mt-1 text-lg`}
          aria-invalid={error('title') ? true : undefined}
          aria-describedby={error('title') ? 'new-title-error' : 'new-title-hint'}
        />
        <p id="new-title-hint" className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          A working headline is fine; you can change it later.
        </p>
        {error('title') ? (
          <p id="new-title-error" className="mt-1 text-sm text-accent-700 dark:text-accent-300">
            {error('title')}
          </p>
        ) : null}
      </div>
      <div>
        <SectionSelect id="new-section" name="sectionId" sections={sections} defaultValue={defaultSectionId} />
        {error('sectionId') ? <p className="mt-1 text-sm text-accent-700 dark:text-accent-300">{error('sectionId')}</p> : null}
      </div>
      {state.message && !state.ok ? (
        <p role="alert" className="text-sm text-accent-700 dark:text-accent-300">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        {pending ? 'Creating…' : 'Create draft'}
      </button>
    </form>
  );
}
