'use client';
// Inline image node view: a preview plus the alt text (required), caption and credit.
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, useState } from 'react';
import { controlClass, labelClass, smallButtonClass } from './field-styles';

/** The smallest stored variant that still looks sharp in the editor column. */
export function previewSrc(attrs: { mediaId?: string | null; src?: string | null; variants?: number[]; width?: number | null }): string | null {
  if (attrs.mediaId) {
    const widths = attrs.variants?.length ? attrs.variants : [attrs.width ?? 480];
    const w = widths.find((v) => v >= 960) ?? widths[widths.length - 1];
    return `/media/${attrs.mediaId}/${w}.webp`;
  }
  return attrs.src ?? null;
}

export function ImageView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const id = useId();
  const [fields, setFields] = useState({
    alt: (node.attrs.alt as string) ?? '',
    caption: (node.attrs.caption as string | null) ?? '',
    credit: (node.attrs.credit as string | null) ?? '',
  });
  const src = previewSrc(node.attrs);
  const set = (name: keyof typeof fields, value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    updateAttributes({ [name]: name === 'alt' ? value : value.trim() === '' ? null : value });
  };
  const missingAlt = fields.alt.trim() === '';
  return (
    <NodeViewWrapper
      as="figure"
      data-drag-handle=""
      className={`my-6 rounded border p-3 ${selected ? 'border-accent-600' : 'border-zinc-300 dark:border-zinc-700'}`}
    >
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored variants, sized by the node
        <img src={src} alt={fields.alt} width={node.attrs.width ?? undefined} height={node.attrs.height ?? undefined} className="h-auto max-h-80 w-auto rounded" />
      ) : null}
      <div contentEditable={false} className="mt-3 grid gap-2 font-sans not-italic sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-alt`} className={labelClass}>
            Image alt text (required)
          </label>
          <input
            id={`${id}-alt`}
            value={fields.alt}
            onChange={(e) => set('alt', e.target.value)}
            aria-invalid={missingAlt || undefined}
            aria-describedby={missingAlt ? `${id}-alt-hint` : undefined}
            className={controlClass}
          />
          {missingAlt ? (
            <p id={`${id}-alt-hint`} className="mt-1 text-xs text-accent-700 dark:text-accent-300">
              Describe the image for readers who cannot see it.
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={`${id}-caption`} className={labelClass}>
            Image caption
          </label>
          <input id={`${id}-caption`} value={fields.caption} onChange={(e) => set('caption', e.target.value)} className={controlClass} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className={labelClass}>
            Image credit
          </label>
          <input id={`${id}-credit`} value={fields.credit} onChange={(e) => set('credit', e.target.value)} className={controlClass} />
        </div>
        <div>
          <button type="button" onClick={deleteNode} className={smallButtonClass}>
            Remove image
          </button>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
