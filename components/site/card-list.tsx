'use client';

import { ArticleCard, type CardData } from './article-card';

interface CardListProps {
  cards: CardData[];
  headingLevel?: 'h2' | 'h3';
  showImages?: boolean;
  className?: string;
}

/**
 * A list of story cards. A client component only so that its cards reach the browser as
 * compact props (CardData) instead of a rendered tree: the HTML is the same, rendered on the
 * server, and the list has no state or effects of its own.
 */
export function CardList({ cards, headingLevel, showImages = true, className = 'cards divide-y divide-zinc-200 dark:divide-zinc-800' }: CardListProps) {
  return (
    <ul className={className}>
      {cards.map((card) => (
        <li key={card.href}>
          <ArticleCard card={card} headingLevel={headingLevel} showImage={showImages} />
        </li>
      ))}
    </ul>
  );
}
