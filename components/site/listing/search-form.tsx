interface SearchFormProps {
  query: string;
}

/** The search page's own form: a GET to /search, so it works without JavaScript. */
export function SearchForm({ query }: SearchFormProps) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search articles" className="mt-4 flex max-w-xl flex-wrap gap-2">
      <label htmlFor="search-query" className="w-full text-sm font-medium">
        Search for
      </label>
      <input
        id="search-query"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        aria-describedby="search-hint"
        className="min-w-0 flex-1 rounded border border-zinc-400 bg-transparent px-3 py-2 dark:border-zinc-600"
      />
      <button type="submit" className="rounded bg-zinc-900 px-4 py-2 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
        Search
      </button>
      <p id="search-hint" className="w-full text-sm text-zinc-600 dark:text-zinc-400">
        Use quotes for an exact phrase (&ldquo;second summit&rdquo;) and a minus sign to leave a word out (summit -helsinki).
      </p>
    </form>
  );
}
