// The body editor's keyboard shortcuts (Ctrl on Windows and Linux, ⌘ on a Mac).
const SHORTCUTS: [string, string][] = [
  ['Ctrl/⌘ B', 'Bold'],
  ['Ctrl/⌘ I', 'Italic'],
  ['Ctrl/⌘ K', 'Add or edit a link'],
  ['Ctrl/⌘ Alt 2 / 3', 'Heading 2 / 3'],
  ['Ctrl/⌘ Shift 8', 'Bulleted list'],
  ['Ctrl/⌘ Shift 7', 'Numbered list'],
  ['Ctrl/⌘ Shift B', 'Block quote'],
  ['Ctrl/⌘ Z, Ctrl/⌘ Shift Z', 'Undo, redo'],
  ['Arrow keys in the toolbar', 'Move between buttons'],
];

export function ShortcutHelp() {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-zinc-700 underline dark:text-zinc-300">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt className="font-mono text-xs leading-5">{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
