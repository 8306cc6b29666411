import Link from 'next/link';
import type { HighlightSegment, SearchResult as SearchResultShape } from '@/lib/data/search';
import { formatDate } from '@/lib/format/date';

/** Matched runs as <mark>, everything else as plain text nodes: no HTML from the database. */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-300">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}

interface SearchResultProps {
  result: SearchResultShape;
}

export function SearchResult({ result }: SearchResultProps) {
  const { article } = result;
  return (
    <article>
      <p className="text-xs font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-300">
        <Link href={`/${article.section.path}`}>{article.section.name}</Link>
        <span className="text-zinc-600 normal-case dark:text-zinc-400">
          {' · '}
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        </span>
      </p>
      <h2 className="mt-1 font-serif text-xl leading-snug font-semibold">
        <Link href={article.url} className="hover:underline">
          <Highlighted segments={result.title} />
        </Link>
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        <Highlighted segments={result.snippet} />
      </p>
    </article>
  );
}
