'use client';
// Co-authors in byline order, after the article's creator.
import { useId, useState } from 'react';
import { controlClass, smallButtonClass } from './field-styles';
import type { Option } from './types';

interface CoAuthorsFieldProps {
  staff: Option[];
  creatorName: string;
  creatorId: string;
  value: string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}

export function CoAuthorsField({ staff, creatorName, creatorId, value, disabled, onChange }: CoAuthorsFieldProps) {
  const id = useId();
  const [pick, setPick] = useState('');
  const name = (userId: string) => staff.find((s) => s.id === userId)?.name ?? 'Former staff member';
  const available = staff.filter((s) => s.id !== creatorId && !value.includes(s.id));
  const move = (index: number, by: number) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-medium">Co-authors</legend>
      <ol className="mt-1 space-y-1 text-sm">
        <li className="text-zinc-700 dark:text-zinc-300">1. {creatorName} (creator, always first)</li>
        {value.map((userId, i) => (
          <li key={userId} className="flex flex-wrap items-center gap-2">
            <span>
              {i + 2}. {name(userId)}
            </span>
            <button type="button" className={smallButtonClass} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${name(userId)} up`}>
              Up
            </button>
            <button type="button" className={smallButtonClass} disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${name(userId)} down`}>
              Down
            </button>
            <button type="button" className={smallButtonClass} onClick={() => onChange(value.filter((v) => v !== userId))} aria-label={`Remove ${name(userId)}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex gap-2">
        <label htmlFor={id} className="sr-only">
          Add a co-author
        </label>
        <select id={id} value={pick} onChange={(e) => setPick(e.target.value)} className={controlClass}>
          <option value="">Add a co-author…</option>
          {available.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`${smallButtonClass} shrink-0`}
          disabled={pick === ''}
          onClick={() => {
            onChange([...value, pick]);
            setPick('');
          }}
        >
          Add co-author
        </button>
      </div>
    </fieldset>
  );
}
