'use client';

import { ArticleCard, type CardData } from './article-card';

interface CardListProps {
  cards: CardData[];
  headingLevel?: 'h2' | 'h3';
  /** Classes of the list; `cards` (globals.css) spaces and divides the stories. */
  className?: string;
}

/**
 * A list of story cards. A client component only so that its cards reach the browser as
 * compact props (CardData) instead of a rendered tree: the HTML is the same, rendered on the
 * server, and the list has no state or effects of its own.
 */
export function CardList({ cards, headingLevel, className = 'cards' }: CardListProps) {
  return (
    <ul className={className}>
      {cards.map((card) => (
        <li key={card[0]}>
          <ArticleCard card={card} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
