import type { ArticleCard } from '@/lib/data/shapes';
import { calendarDay } from '@/lib/format/date';
import type { CardData } from './article-card';
import { variantUrl } from './media-image';

/** Thumbnails are at most 12rem wide (6rem on phones): the 480 px variant is sharp up to 2×. */
const THUMBNAIL_WIDTH = 480;

/** The card of an article, made on the server (its day in the newsroom's time zone). */
export function toCardData(article: ArticleCard): CardData {
  return cardData(article, article.cover);
}

/** The same card without its thumbnail, for lists that show none (they do not send one). */
export function toTextCardData(article: ArticleCard): CardData {
  return cardData(article, null);
}

function cardData(article: ArticleCard, cover: ArticleCard['cover']): CardData {
  const card: CardData = [
    article.url,
    article.section.name,
    article.title,
    article.dek ?? '',
    article.authors.map((a) => a.name).join(', '),
    calendarDay(article.publishedAt),
  ];
  if (cover) card.push([variantUrl(cover, THUMBNAIL_WIDTH), cover.width, cover.height, cover.alt]);
  return card;
}
