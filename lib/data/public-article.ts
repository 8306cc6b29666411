import 'server-only';
// Cached getters for the article page. Each entry is tagged with everything it shows so a
// publish, unpublish, edit, rename or new related story invalidates exactly what changed.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { findArticleForSocialImage, findPublishedArticle, findRelatedArticlesAt } from './article-page';

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
 * Related stories for the published article at a canonical path. Looked up by path, not by
 * id, so the page loads it together with the article instead of after it. Tagged with the
 * article, its section and its tags (a new story there refreshes it) and each story shown.
 */
export async function getRelatedArticles(sectionPath: string, slug: string) {
  'use cache';
  cacheLife('max');
  const related = await findRelatedArticlesAt(sectionPath, slug);
  if (!related) {
    cacheTag(tags.home); // as getPublishedArticle: a publish at this path refreshes it
    return [];
  }
  cacheTag(tags.article(related.articleId), tags.section(related.sectionId), ...related.tagIds.map((id) => tags.tag(id)));
  for (const r of related.articles) cacheTag(tags.article(r.id));
  return related.articles;
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
