import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleView } from '@/components/site/article/article-view';
import { findRelatedArticles } from '@/lib/data/article-page';
import { findPreviewByToken } from '@/lib/data/preview';
import { PreviewBanner } from './preview-banner';

// Tokens are random URL-safe strings; anything else is not worth a database lookup.
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * A shared preview for an outside reviewer: the token is the proof. Read-only, never
 * cached (connection() first, no 'use cache'), and "not found" for any bad token.
 */
export async function SharedPreview({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const article = TOKEN.test(token) ? await findPreviewByToken(token) : null;
  if (!article) notFound();
  const related = await findRelatedArticles(article.id);
  return (
    <>
      <PreviewBanner detail="You are reading a draft shared for review. It may still change, and the link stops working when it expires." />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8" data-testid="preview-article">
        <ArticleView article={article} related={related} />
      </main>
    </>
  );
}
