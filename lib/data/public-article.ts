import 'server-only';
// Cached getters for the article page. Each entry is tagged with everything it shows so a
// publish, unpublish, edit, rename or new related story invalidates exactly what changed.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { findArticleForSocialImage, findPublishedArticle, findRelatedArticles } from './article-page';

/** The published article at a canonical path, or null. Public read. */
export async function getPublishedArticle(sectionPath: string, slug: string) {
  'use cache';
  cacheLife('max');
  const article = await findPublishedArticle(sectionPath, slug);
  if (!article) {
    // Nothing to tag by id yet; every publish invalidates the front page, so a miss
    // here is refreshed as soon as something could appear at this path.
    cacheTag(tags.home);
    return null;
  }
  cacheTag(tags.article(article.id));
  for (const s of article.breadcrumb) cacheTag(tags.section(s.id));
  for (const a of article.authors) cacheTag(tags.author(a.id));
  for (const t of article.tags) cacheTag(tags.tag(t.id));
  return article;
}

/**
 * Related stories for an article. The scope (its section and tag ids) is passed in only to
 * tag the entry: a new story in that section or with one of those tags refreshes it.
 */
export async function getRelatedArticles(articleId: string, scope: { sectionId: string; tagIds: string[] }) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.article(articleId), tags.section(scope.sectionId), ...scope.tagIds.map((id) => tags.tag(id)));
  const related = await findRelatedArticles(articleId);
  for (const r of related) cacheTag(tags.article(r.id));
  return related;
}

/** Data for the generated social image of a published article, or null. Public read. */
export async function getArticleForSocialImage(articleId: string) {
  'use cache';
  cacheLife('max');
  cacheTag(tags.article(articleId));
  const article = await findArticleForSocialImage(articleId);
  if (!article) return null;
  cacheTag(tags.section(article.section.id), ...article.authors.map((a) => tags.author(a.user.id)));
  return article;
}
