import 'server-only';
// Cached public getters used by reader pages. Each entry is tagged so that writes can
// invalidate exactly what they affect (lib/cache-tags.ts). Drafts never pass through here.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { findLatestArticles } from './articles';
import { findSectionNav } from './sections';

export async function getSectionNav() {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sections);
  return findSectionNav();
}

export async function getLatestArticles(limit: number) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.home);
  const articles = await findLatestArticles(limit);
  for (const a of articles) cacheTag(tags.article(a.id));
  return articles;
}
