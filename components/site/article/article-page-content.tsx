import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedArticle, getRelatedArticles } from '@/lib/data/public-article';
import { articleJsonLd, articleMetadata } from '@/lib/seo/article';
import { ArticleView } from './article-view';
import { JsonLd } from './json-ld';

interface ArticlePageContentProps {
  sectionPath: string;
  slug: string;
}

/**
 * The article page for the catch-all route. Everything comes from the cached getters, so the
 * rendered page is cached whole; views are counted by the image it loads (app/api/views).
 */
export async function ArticlePageContent({ sectionPath, slug }: ArticlePageContentProps) {
  // Both by path, at once: the related stories do not wait for the article's id.
  const [article, related] = await Promise.all([getPublishedArticle(sectionPath, slug), getRelatedArticles(sectionPath, slug)]);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={articleJsonLd(article)} />
      <ArticleView article={article} related={related} />
      {/* The "most read" counter (app/api/views): an image, so only a page that is shown counts. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={`/api/views/${article.id}`} alt="" width={1} height={1} className="absolute size-px opacity-0" />
    </>
  );
}

/** Page metadata for the article at a canonical path, or null when there is none. */
export async function generateArticleMetadata(sectionPath: string, slug: string): Promise<Metadata | null> {
  const article = await getPublishedArticle(sectionPath, slug);
  return article ? articleMetadata(article) : null;
}
