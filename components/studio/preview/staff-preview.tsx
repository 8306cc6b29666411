import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article/article-view';
import { requireStudioActor } from '@/app/(studio)/studio/_components/studio-actor';
import { AccessDenied } from '@/app/(studio)/studio/_components/access-denied';
import { findRelatedArticles } from '@/lib/data/article-page';
import { getStaffPreview } from '@/lib/data/preview';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { PreviewBanner } from './preview-banner';
import { PreviewLinksPanel } from './preview-links-panel';

/**
 * The latest draft (or pending edits) rendered by the reader's own ArticleView, framed as a
 * preview, with the share-link panel below. Never cached: requireStudioActor awaits connection().
 */
export async function StaffPreview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStudioActor(`/studio/articles/${id}/preview`);
  let article;
  try {
    article = await getStaffPreview(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return <AccessDenied area="this article's preview" />;
    throw error;
  }
  if (!article) notFound();
  const related = await findRelatedArticles(article.id);
  return (
    <div className="space-y-8">
      <nav aria-label="Article" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <Link href={`/studio/articles/${id}`} className="underline">
          Back to the editor
        </Link>
        <Link href={`/studio/articles/${id}/history`} className="underline">
          History
        </Link>
      </nav>
      <div className="overflow-hidden rounded border-2 border-amber-500 dark:border-amber-400">
        <PreviewBanner detail="This is how the article will look on the public site." />
        <div className="px-4 py-8" data-testid="preview-article">
          <ArticleView article={article} related={related} />
        </div>
      </div>
      <PreviewLinksPanel actor={actor} articleId={id} />
    </div>
  );
}
