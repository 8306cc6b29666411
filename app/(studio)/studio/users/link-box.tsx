'use client';
import { useId, useState } from 'react';

/** A one-time link shown once, with a copy button. */
export function LinkBox({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Set-password link
      </label>
      <input
        id={id}
        readOnly
        value={link}
        data-testid="set-password-link"
        className="min-w-0 flex-1 rounded border border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-500"
        onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? 'Copied' : 'Copy link'}
      </button>
    </div>
  );
}
