'use client';
// Block quote node view: the quoted text is editable in place, the citation in a small field.
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, useState } from 'react';
import { controlClass, labelClass } from './field-styles';

export function BlockquoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const id = useId();
  const [citation, setCitation] = useState<string>((node.attrs.citation as string | null) ?? '');
  return (
    <NodeViewWrapper as="figure" className="my-6">
      <NodeViewContent<"blockquote"> as="blockquote" className="italic" />
      <figcaption contentEditable={false} className="mt-2 font-sans not-italic">
        <label htmlFor={id} className={labelClass}>
          Quote citation (optional)
        </label>
        <input
          id={id}
          value={citation}
          placeholder="Who said it, and where"
          onChange={(e) => {
            setCitation(e.target.value);
            updateAttributes({ citation: e.target.value.trim() === '' ? null : e.target.value });
          }}
          className={`${controlClass} max-w-md`}
        />
      </figcaption>
    </NodeViewWrapper>
  );
}
