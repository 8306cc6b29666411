'use client';

export default function ArticleEditorError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert" className="max-w-xl">
      <h1 className="font-serif text-2xl font-bold">The editor could not be opened</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">Something went wrong on our side. Nothing you saved is lost.</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-zinc-400 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
        Try again
      </button>
    </section>
  );
}
