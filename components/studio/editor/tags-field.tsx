'use client';
// Tags: a filterable list of checkboxes (a native, screen-reader friendly multi-select).
import { useState } from 'react';
import { controlClass } from './field-styles';
import type { Option } from './types';

interface TagsFieldProps {
  tags: Option[];
  value: string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}

export function TagsField({ tags, value, disabled, onChange }: TagsFieldProps) {
  const [filter, setFilter] = useState('');
  const chosen = tags.filter((t) => value.includes(t.id));
  const visible = tags.filter((t) => t.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-medium">Tags</legend>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {chosen.length ? `Chosen: ${chosen.map((t) => t.name).join(', ')}` : 'No tags chosen.'}
      </p>
      <label htmlFor="article-tag-filter" className="sr-only">
        Filter tags
      </label>
      <input
        id="article-tag-filter"
        type="search"
        placeholder="Filter tags"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className={`${controlClass} mt-2`}
      />
      <ul className="mt-2 max-h-44 space-y-1 overflow-y-auto rounded border border-zinc-300 p-2 dark:border-zinc-700">
        {visible.map((t) => (
          <li key={t.id}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={value.includes(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
              {t.name}
            </label>
          </li>
        ))}
        {visible.length === 0 ? <li className="text-sm text-zinc-700 dark:text-zinc-300">No tag matches.</li> : null}
      </ul>
    </fieldset>
  );
}
