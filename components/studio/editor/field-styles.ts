// Shared class names for the editor's small controls (light and dark, AA contrast).
export const controlClass =
  'block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100';

export const labelClass = 'block text-xs font-medium text-zinc-700 dark:text-zinc-300';

export const smallButtonClass =
  'rounded border border-zinc-400 px-2 py-1 text-xs font-medium text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600 dark:border-zinc-500 dark:text-zinc-100 dark:hover:bg-zinc-800';
