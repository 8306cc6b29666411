'use client';
import { useId, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Shows the label visibly instead of to screen readers only. */
  showLabel?: boolean;
  testId?: string;
}

/** A read-only value (id, link) with a copy button; the result is announced politely. */
export function CopyField({ label, value, showLabel = false, testId }: CopyFieldProps) {
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = () =>
    navigator.clipboard?.writeText(value).then(
      () => setStatus('Copied'),
      () => setStatus('Copy failed: select the text and copy it yourself'),
    ) ?? setStatus('Copy failed: select the text and copy it yourself');
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className={showLabel ? 'text-sm font-medium' : 'sr-only'}>
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        className="min-w-0 flex-1 rounded border border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <button
        type="button"
        onClick={copy}
        className="rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800"
      >
        Copy<span className="sr-only"> {label.toLowerCase()}</span>
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {status}
      </span>
    </div>
  );
}
