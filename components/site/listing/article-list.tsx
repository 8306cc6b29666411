import { toCardData } from '@/components/site/card-data';
import { CardList } from '@/components/site/card-list';
import type { ArticleCard as ArticleCardShape } from '@/lib/data/shapes';

interface ArticleListProps {
  articles: ArticleCardShape[];
  emptyMessage: string;
  headingLevel?: 'h2' | 'h3';
}

/** A listing's articles, newest first, as cards with image, headline, dek, authors and date. */
export function ArticleList({ articles, emptyMessage, headingLevel = 'h3' }: ArticleListProps) {
  if (articles.length === 0) return <p className="mt-6 text-zinc-700 dark:text-zinc-300">{emptyMessage}</p>;
  return (
    <CardList cards={articles.map(toCardData)} headingLevel={headingLevel} className="cards mt-6" />
  );
}
