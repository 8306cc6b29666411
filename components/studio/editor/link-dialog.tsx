'use client';
// Add, change or remove a link. Only http(s) and mailto addresses are accepted, the same
// rule the reader site applies; "example.org" is read as https://example.org.
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { safeHref } from '@/lib/content/sanitize-document';
import { controlClass, smallButtonClass } from './field-styles';

interface LinkDialogProps {
  editor: Editor;
  open: boolean;
  onClose: () => void;
}

/** The href to store for what the writer typed, or null when it is not an allowed link. */
export function normalizeLink(value: string): string | null {
  const raw = value.trim();
  if (raw === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return safeHref(raw);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(raw)) return safeHref(`mailto:${raw}`);
  return /^[^\s/]+\.[^\s/]+/.test(raw) ? safeHref(`https://${raw}`) : null;
}

export function LinkDialog({ editor, open, onClose }: LinkDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const existing = open ? ((editor.getAttributes('link').href as string | undefined) ?? '') : '';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setValue(existing);
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, existing]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    const href = normalizeLink(value);
    if (!href) {
      setError('Enter a web address (https://…) or an email address (mailto:…). Other kinds of links are not allowed.');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={() => open && close()}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-5 text-zinc-900 backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <form onSubmit={apply} noValidate className="space-y-3">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {existing ? 'Edit link' : 'Add link'}
        </h2>
        <div>
          <label htmlFor={`${id}-url`} className="block text-sm font-medium">
            Link address
          </label>
          <input
            id={`${id}-url`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="https://"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={controlClass}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-accent-700 dark:text-accent-300">
              {error}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900">
            Apply link
          </button>
          {existing ? (
            <button type="button" onClick={remove} className={smallButtonClass}>
              Remove link
            </button>
          ) : null}
          <button type="button" onClick={close} className={smallButtonClass}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
