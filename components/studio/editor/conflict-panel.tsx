'use client';
// A save was refused because someone saved a newer version. Autosave is paused; the writer
// compares both versions and decides: overwrite with theirs as the base, reload theirs, or
// copy their own text out first.
import { useRef, useState } from 'react';
import { loadCurrentVersionAction, type TheirVersion } from './actions';
import { smallButtonClass } from './field-styles';

interface Mine {
  title: string;
  dek: string;
  bodyText: string;
}

interface ConflictPanelProps {
  articleId: string;
  message: string;
  currentVersion: number | null;
  mine: () => Mine;
  onOverwrite: (baseVersion: number) => void;
}

export function ConflictPanel({ articleId, message, currentVersion, mine, onOverwrite }: ConflictPanelProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [theirs, setTheirs] = useState<TheirVersion | { error: string } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [mineSnapshot, setMineSnapshot] = useState<Mine | null>(null);

  const compare = async () => {
    setMineSnapshot(mine());
    dialog.current?.showModal();
    setTheirs(await loadCurrentVersionAction(articleId));
  };
  const overwrite = async () => {
    // Base the overwrite on the newest version, even if it moved again since the 409.
    const latest = theirs && 'version' in theirs ? theirs : await loadCurrentVersionAction(articleId);
    const base = 'version' in latest ? Math.max(latest.version, currentVersion ?? 0) : currentVersion;
    if (!base) return;
    dialog.current?.close();
    onOverwrite(base);
  };
  const copy = async () => {
    const { title, dek, bodyText } = mine();
    try {
      await navigator.clipboard.writeText([title, dek, bodyText].filter(Boolean).join('\n\n'));
      setCopied('Your text is on the clipboard.');
    } catch {
      setCopied('The clipboard is not available here: open “Compare versions” and select your text.');
    }
  };
  const actions = (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={smallButtonClass} onClick={() => void overwrite()}>
        Keep mine (overwrite)
      </button>
      <button type="button" className={smallButtonClass} onClick={() => window.location.reload()}>
        Use theirs (reload)
      </button>
      <button type="button" className={smallButtonClass} onClick={() => void copy()}>
        Copy mine
      </button>
    </div>
  );
  const side = (heading: string, v: Mine | null) => (
    <section className="min-w-0 flex-1 rounded border border-zinc-300 p-3 dark:border-zinc-700">
      <h3 className="font-semibold">{heading}</h3>
      {v ? (
        <dl className="mt-2 space-y-2 text-sm">
          <dt className="font-medium">Headline</dt>
          <dd>{v.title || '—'}</dd>
          <dt className="font-medium">Dek</dt>
          <dd>{v.dek || '—'}</dd>
          <dt className="font-medium">Body</dt>
          <dd className="max-h-80 overflow-y-auto whitespace-pre-wrap">{v.bodyText || '—'}</dd>
        </dl>
      ) : (
        <p className="mt-2 text-sm">Loading…</p>
      )}
    </section>
  );

  return (
    <div role="alert" data-testid="conflict-banner" className="space-y-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-medium">{message}</p>
      <p className="text-sm">Autosave is paused until you choose.</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={smallButtonClass} onClick={() => void compare()}>
          Compare versions
        </button>
      </div>
      {actions}
      {copied ? <p className="text-sm">{copied}</p> : null}
      <dialog
        ref={dialog}
        aria-labelledby="conflict-dialog-title"
        className="m-auto w-[min(64rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-5 text-zinc-900 backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <h2 id="conflict-dialog-title" className="text-lg font-semibold">
          Their version and yours
        </h2>
        {theirs && 'error' in theirs ? <p className="mt-2 text-sm text-accent-700 dark:text-accent-300">{theirs.error}</p> : null}
        <div className="mt-3 flex flex-col gap-3 md:flex-row">
          {side('Their version (saved)', theirs && 'version' in theirs ? theirs : null)}
          {side('Your version (not saved)', mineSnapshot)}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {actions}
          <button type="button" className={smallButtonClass} onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </div>
  );
}
