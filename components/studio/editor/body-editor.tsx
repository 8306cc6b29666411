'use client';
// The rich-text body: TipTap with the allow-listed schema, the toolbar, the link dialog and
// inline image upload. Reports every change as TipTap JSON.
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { memo, useEffect, useRef, useState } from 'react';
import { bodyExtensions } from './extensions';
import { insertBlock } from './insert-block';
import { LinkDialog } from './link-dialog';
import { sanitizePastedSlice } from './paste';
import { Toolbar } from './toolbar';
import { ACCEPTED_IMAGE_TYPES, uploadImageFile } from './upload';

interface BodyEditorProps {
  initial: JSONContent;
  labelId: string;
  editable: boolean;
  onChange: (doc: JSONContent) => void;
}

// Memoised: the form re-renders on every keystroke, and each render of useEditor with
// changed options reconfigures the view, which can reset a selection being made.
export const BodyEditor = memo(function BodyEditor({ initial, labelId, editable, onChange }: BodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [upload, setUpload] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const fileInput = useRef<HTMLInputElement>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // Created once: new option objects on every render would make TipTap reconfigure the view.
  const [extensions] = useState(() => bodyExtensions(() => setLinkOpen(true)));
  const [editorProps] = useState(() => ({
    attributes: {
      id: 'article-body-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      class:
        'prose prose-zinc dark:prose-invert max-w-none min-h-80 px-4 py-3 font-serif focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600',
    },
    transformPasted: (slice: Slice, view: EditorView) => sanitizePastedSlice(slice, view.state.schema),
    handleKeyDown: (view: EditorView) => {
      // The browser reports a caret move (End, Shift+Arrow) in a later task; a key pressed
      // right after it must act on the new selection, not replace the old one (Enter on a
      // stale range would delete the text that was selected a moment ago).
      (view as unknown as { domObserver?: { flush?: () => void } }).domObserver?.flush?.();
      return false;
    },
  }));
  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editable,
    extensions,
    content: initial,
    editorProps,
    // Only real document changes count: setEditable() also emits "update".
    onUpdate: ({ editor: e, transaction }) => {
      if (transaction.docChanged) onChangeRef.current(e.getJSON());
    },
  });

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  const insertImage = async (file: File) => {
    if (!editor) return;
    setUpload({ busy: true, error: null });
    try {
      const image = await uploadImageFile(file);
      insertBlock(editor, {
        type: 'image',
        attrs: { mediaId: image.id, variants: image.variants, width: image.width, height: image.height, alt: image.alt ?? '', credit: image.credit },
      });
      setUpload({ busy: false, error: null });
    } catch (error) {
      setUpload({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <div className="rounded border border-zinc-400 dark:border-zinc-600">
      {editor ? (
        <Toolbar editor={editor} disabled={!editable} onLink={() => setLinkOpen(true)} onImage={() => fileInput.current?.click()} />
      ) : (
        <div className="h-12 border-b border-zinc-300 dark:border-zinc-700" />
      )}
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES}
        className="sr-only"
        tabIndex={-1}
        aria-label="Upload an image into the body"
        data-testid="body-image-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void insertImage(file);
        }}
      />
      <div aria-live="polite" className="px-4 text-sm">
        {upload.busy ? <p className="pt-2">Uploading image…</p> : null}
        {upload.error ? <p className="pt-2 text-accent-700 dark:text-accent-300">{upload.error}</p> : null}
      </div>
      <EditorContent editor={editor} />
      {editor ? <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
});
