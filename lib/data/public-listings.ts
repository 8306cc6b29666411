import 'server-only';
// Cached public getters for author, tag and search pages. Entries are tagged with the
// author/tag/articles they show (lib/cache-tags.ts) so that writes invalidate exactly them.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { findAuthorArticles, findAuthorProfile } from './authors';
import { findSearchResults, normalizeSearchQuery } from './search';
import { findTag, findTagArticles } from './tags';

// A miss (unknown slug, or nothing published yet) is kept only briefly and dropped by any
// publish (`home`), so a new author or tag page appears without anyone knowing its slug.
function cacheMiss() {
  cacheLife('minutes');
  cacheTag(tags.home);
}

export async function getAuthorProfile(slug: string) {
  'use cache';
  const author = await findAuthorProfile(slug);
  if (!author) {
    cacheMiss();
    return null;
  }
  cacheLife('max');
  cacheTag(tags.author(author.id));
  return author;
}

export async function getAuthorArticles(authorId: string, page: number) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.author(authorId));
  const result = await findAuthorArticles(authorId, page);
  for (const a of result.items) cacheTag(tags.article(a.id));
  return result;
}

export async function getTag(slug: string) {
  'use cache';
  const tag = await findTag(slug);
  if (!tag) {
    cacheMiss();
    return null;
  }
  cacheLife('max');
  cacheTag(tags.tag(tag.id));
  return tag;
}

export async function getTagArticles(tagId: string, page: number) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.tag(tagId));
  const result = await findTagArticles(tagId, page);
  for (const a of result.items) cacheTag(tags.article(a.id));
  return result;
}

/**
 * Search results, cached per normalised query and page. Any publish, unpublish or edit
 * invalidates `search`; a shorter life bounds how many one-off queries are kept.
 */
export async function getSearchResults(query: string, page: number) {
  return getNormalizedSearchResults(normalizeSearchQuery(query), page);
}

async function getNormalizedSearchResults(query: string, page: number) {
  'use cache';
  cacheLife('hours');
  cacheTag(tags.search);
  return findSearchResults(query, page);
}
