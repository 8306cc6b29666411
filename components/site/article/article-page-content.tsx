import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { after, connection } from 'next/server';
import { recordArticleView } from '@/lib/data/article-page';
import { getPublishedArticle, getRelatedArticles } from '@/lib/data/public-article';
import { articleJsonLd, articleMetadata } from '@/lib/seo/article';
import { ArticleView } from './article-view';
import { JsonLd } from './json-ld';

interface ArticlePageContentProps {
  sectionPath: string;
  slug: string;
}

/**
 * The article page for the catch-all route. Data comes from the cached getters; only the
 * view counter touches the database per request, and only after the response is sent.
 */
export async function ArticlePageContent({ sectionPath, slug }: ArticlePageContentProps) {
  await connection();
  const article = await getPublishedArticle(sectionPath, slug);
  if (!article) notFound();
  const related = await getRelatedArticles(article.id, { sectionId: article.section.id, tagIds: article.tags.map((t) => t.id) });
  after(async () => {
    try {
      await recordArticleView(article.id);
    } catch (error) {
      // A lost page view must never break or slow down reading.
      console.error('Could not record an article view', error);
    }
  });
  return (
    <>
      <JsonLd data={articleJsonLd(article)} />
      <ArticleView article={article} related={related} />
    </>
  );
}

/** Page metadata for the article at a canonical path, or null when there is none. */
export async function generateArticleMetadata(sectionPath: string, slug: string): Promise<Metadata | null> {
  const article = await getPublishedArticle(sectionPath, slug);
  return article ? articleMetadata(article) : null;
}
