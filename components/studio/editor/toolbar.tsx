'use client';
// Formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA toolbar
// pattern), toggles report their state with aria-pressed and name their shortcut.
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { insertBlock } from './insert-block';

interface ToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  disabled?: boolean;
}

interface Tool {
  label: string;
  text: string;
  shortcut?: string;
  pressed?: boolean;
  run: () => void;
  className?: string;
}

export function Toolbar({ editor, onLink, onImage, disabled }: ToolbarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { label: 'Heading 2', text: 'H2', shortcut: 'Control+Alt+2', pressed: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'Heading 3', text: 'H3', shortcut: 'Control+Alt+3', pressed: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Bold', text: 'B', shortcut: 'Control+B', pressed: active.bold, run: () => chain().toggleBold().run(), className: 'font-bold' },
    { label: 'Italic', text: 'I', shortcut: 'Control+I', pressed: active.italic, run: () => chain().toggleItalic().run(), className: 'italic font-serif' },
    { label: 'Link', text: 'Link', shortcut: 'Control+K', pressed: active.link, run: onLink, className: 'underline' },
    { label: 'Bulleted list', text: '• List', shortcut: 'Control+Shift+8', pressed: active.bullet, run: () => chain().toggleBulletList().run() },
    { label: 'Numbered list', text: '1. List', shortcut: 'Control+Shift+7', pressed: active.ordered, run: () => chain().toggleOrderedList().run() },
    { label: 'Block quote', text: '“ Quote', shortcut: 'Control+Shift+B', pressed: active.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'Horizontal rule', text: '—', run: () => chain().setHorizontalRule().run() },
    { label: 'Insert image', text: 'Image', run: onImage },
    {
      label: 'Insert social post',
      text: 'Social post',
      run: () => insertBlock(editor, { type: 'socialPost', attrs: { network: 'x' } }),
    },
    { label: 'Undo', text: 'Undo', shortcut: 'Control+Z', run: () => chain().undo().run() },
    { label: 'Redo', text: 'Redo', shortcut: 'Control+Shift+Z', run: () => chain().redo().run() },
  ];

  const move = (e: React.KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tools.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = (next + tools.length) % tools.length;
    setFocusIndex(target);
    buttons.current[target]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label="Text formatting"
      aria-controls="article-body-editor"
      className="flex flex-wrap gap-1 border-b border-zinc-300 bg-zinc-50 p-1.5 dark:border-zinc-700 dark:bg-zinc-900"
    >
      {tools.map((tool, i) => (
        <button
          key={tool.label}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          tabIndex={i === focusIndex ? 0 : -1}
          aria-label={tool.label}
          title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl/⌘')})` : tool.label}
          aria-keyshortcuts={tool.shortcut}
          aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
          disabled={disabled}
          onClick={() => {
            setFocusIndex(i);
            tool.run();
          }}
          onKeyDown={(e) => move(e, i)}
          className={`min-h-9 min-w-9 rounded px-2 text-sm text-zinc-900 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600 disabled:opacity-50 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:text-zinc-100 dark:hover:bg-zinc-700 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900 ${tool.className ?? ''}`}
        >
          <span aria-hidden="true">{tool.text}</span>
        </button>
      ))}
    </div>
  );
}
