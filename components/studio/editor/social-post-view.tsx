'use client';
// Quoted social post: shown as the card readers will see, edited through a small form.
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, useState } from 'react';
import { safeHref } from '@/lib/content/sanitize-document';
import { controlClass, labelClass, smallButtonClass } from './field-styles';

export const SOCIAL_NETWORKS = [
  ['x', 'X'],
  ['bluesky', 'Bluesky'],
  ['instagram', 'Instagram'],
  ['threads', 'Threads'],
  ['mastodon', 'Mastodon'],
  ['tiktok', 'TikTok'],
  ['youtube', 'YouTube'],
  ['facebook', 'Facebook'],
] as const;

const FIELDS = ['network', 'author', 'handle', 'text', 'date', 'url'] as const;
type PostFields = Record<(typeof FIELDS)[number], string>;

const HTTP = new Set(['http:', 'https:']);

export function SocialPostView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const id = useId();
  const initial = Object.fromEntries(FIELDS.map((f) => [f, (node.attrs[f] as string | null) ?? ''])) as PostFields;
  const [fields, setFields] = useState<PostFields>({ ...initial, network: initial.network || 'x' });
  const [editing, setEditing] = useState(initial.text === '' || initial.url === '');
  const urlOk = safeHref(fields.url, HTTP) !== null;
  const complete = fields.text.trim() !== '' && urlOk;

  const set = (name: keyof PostFields, value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    updateAttributes({ [name]: name === 'date' && value === '' ? null : value });
  };
  const field = (name: keyof PostFields, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`${id}-${name}`} className={labelClass}>
        {label}
      </label>
      <input id={`${id}-${name}`} value={fields[name]} onChange={(e) => set(name, e.target.value)} className={controlClass} {...props} />
    </div>
  );

  const networkName = SOCIAL_NETWORKS.find(([v]) => v === fields.network)?.[1] ?? fields.network;
  return (
    <NodeViewWrapper
      data-drag-handle=""
      className={`not-prose my-6 rounded-lg border bg-zinc-50 p-4 font-sans not-italic dark:bg-zinc-900 ${selected ? 'border-accent-600' : 'border-zinc-300 dark:border-zinc-700'}`}
    >
      <div contentEditable={false}>
        <p className="text-xs font-semibold tracking-wide text-zinc-700 uppercase dark:text-zinc-300">Quoted social post</p>
        {editing ? (
          <fieldset className="mt-2 grid gap-2 sm:grid-cols-2">
            <legend className="sr-only">Social post details</legend>
            <div>
              <label htmlFor={`${id}-network`} className={labelClass}>
                Network
              </label>
              <select id={`${id}-network`} value={fields.network} onChange={(e) => set('network', e.target.value)} className={controlClass}>
                {SOCIAL_NETWORKS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {field('date', 'Post date', { type: 'date' })}
            {field('author', 'Post author')}
            {field('handle', 'Post handle', { placeholder: 'without @' })}
            <div className="sm:col-span-2">
              <label htmlFor={`${id}-text`} className={labelClass}>
                Post text
              </label>
              <textarea id={`${id}-text`} rows={3} value={fields.text} onChange={(e) => set('text', e.target.value)} className={controlClass} />
            </div>
            <div className="sm:col-span-2">
              {field('url', 'Post link', { type: 'url', placeholder: 'https://', 'aria-invalid': fields.url !== '' && !urlOk ? true : undefined })}
              {fields.url !== '' && !urlOk ? (
                <p className="mt-1 text-xs text-accent-700 dark:text-accent-300">Use the post’s http(s) address.</p>
              ) : null}
            </div>
            <div className="flex gap-2 sm:col-span-2">
              <button type="button" disabled={!complete} onClick={() => setEditing(false)} className={`${smallButtonClass} disabled:opacity-60`}>
                Done
              </button>
              <button type="button" onClick={deleteNode} className={smallButtonClass}>
                Remove post
              </button>
            </div>
          </fieldset>
        ) : (
          <div className="mt-2">
            <p className="text-sm">
              <span className="font-semibold text-zinc-900 dark:text-zinc-100">{fields.author || `@${fields.handle}`}</span>{' '}
              {fields.author && fields.handle ? <span className="text-zinc-700 dark:text-zinc-300">@{fields.handle.replace(/^@+/, '')}</span> : null}{' '}
              <span className="text-zinc-700 dark:text-zinc-300">on {networkName}</span>
            </p>
            <blockquote className="mt-2 font-serif text-lg whitespace-pre-line text-zinc-900 dark:text-zinc-100">{fields.text}</blockquote>
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
              {fields.date ? `${fields.date} · ` : ''}
              <span className="break-all">{fields.url}</span>
            </p>
            <button type="button" onClick={() => setEditing(true)} className={`${smallButtonClass} mt-2`}>
              Edit post
            </button>
          </div>
        )}
      </div>
    </NodeViewWrapper>
  );
}
