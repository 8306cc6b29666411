import type { ArticleCard } from '@/lib/data/shapes';
import { formatDate } from '@/lib/format/date';
import type { CardData } from './article-card';
import { variantUrl } from './media-image';

/** Thumbnails are at most 12rem wide (6rem on phones): the 480 px variant is sharp up to 2×. */
const THUMBNAIL_WIDTH = 480;

/** The card of an article, formatted on the server (dates in the newsroom's time zone). */
export function toCardData(article: ArticleCard): CardData {
  return cardData(article, article.cover);
}

/** The same card without its thumbnail, for lists that show none (they do not send one). */
export function toTextCardData(article: ArticleCard): CardData {
  return cardData(article, null);
}

function cardData(article: ArticleCard, cover: ArticleCard['cover']): CardData {
  return {
    href: article.url,
    section: article.section.name,
    title: article.title,
    ...(article.dek ? { dek: article.dek } : {}),
    by: article.authors.map((a) => a.name).join(', '),
    iso: article.publishedAt.toISOString(),
    date: formatDate(article.publishedAt),
    ...(cover ? { image: { src: variantUrl(cover, THUMBNAIL_WIDTH), width: cover.width, height: cover.height, alt: cover.alt } } : {}),
  };
}
