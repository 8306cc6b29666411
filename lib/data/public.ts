import 'server-only';
// Cached public getters for the front page, navigation and section pages. Each entry is
// tagged so writes invalidate exactly what they affect (lib/cache-tags.ts).
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { findFrontPage, findMostRead } from './front-page';
import { findSectionArticles, findSectionByPath } from './section-page';
import { findSectionNav } from './sections';
import type { ArticleCard } from './shapes';

function tagCards(cards: (ArticleCard | null)[]) {
  for (const card of cards) if (card) cacheTag(tags.article(card.id));
}

export async function getSectionNav() {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sections);
  return findSectionNav();
}

export async function getFrontPage() {
  'use cache';
  cacheLife('max');
  cacheTag(tags.home, tags.sections);
  const front = await findFrontPage();
  tagCards([front.lead, ...front.top, ...front.sections.flatMap((s) => s.articles)]);
  return front;
}

/** Most read changes with every view: recomputed every few minutes. */
export async function getMostRead() {
  'use cache';
  cacheLife({ stale: 60, revalidate: 300, expire: 3600 });
  cacheTag(tags.home);
  const cards = await findMostRead();
  tagCards(cards);
  return cards;
}

export async function getSectionByPath(path: string) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sections);
  const section = await findSectionByPath(path);
  if (section) cacheTag(tags.section(section.id));
  return section;
}

export async function getSectionArticles(sectionId: string, subtreeIds: string[], page: number) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.section(sectionId), tags.sections);
  const result = await findSectionArticles(subtreeIds, page);
  tagCards(result.items);
  return result;
}
