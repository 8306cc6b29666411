import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ArticleEditor } from '@/components/studio/editor/article-editor';
import { EditorSidebarExtras } from '@/components/studio/editor/editor-sidebar-extras';
import { loadSectionOptions } from '@/components/studio/editor/section-options';
import { toEditorArticle } from '@/components/studio/editor/to-editor-article';
import { listStaffOptions, listTagOptions } from '@/lib/data/editor-options';
import { getArticleForEdit, type EditableArticle } from '@/lib/data/studio-articles';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { requireStudioActor } from '../../_components/studio-actor';

export const metadata: Metadata = { title: 'Edit article' };

interface EditArticlePageProps {
  params: Promise<{ id: string }>;
}

export default function EditArticlePage({ params }: EditArticlePageProps) {
  return (
    <Suspense fallback={<p>Loading the article…</p>}>
      <Editor params={params} />
    </Suspense>
  );
}

async function Editor({ params }: EditArticlePageProps) {
  const { id } = await params;
  const actor = await requireStudioActor(`/studio/articles/${encodeURIComponent(id)}`);
  let article: EditableArticle;
  try {
    article = await getArticleForEdit(actor, id);
  } catch (error) {
    // Someone else's draft looks exactly like a missing one: nothing about it leaks.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
  const [sections, tags, staff] = await Promise.all([loadSectionOptions(), listTagOptions(actor), listStaffOptions(actor)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">{article.canEdit ? 'Edit article' : 'Article'}</h1>
        <nav aria-label="Article" className="flex gap-4 text-sm">
          <Link href={`/studio/articles/${article.id}/preview`} className="underline">
            Preview
          </Link>
          <Link href={`/studio/articles/${article.id}/history`} className="underline">
            History
          </Link>
        </nav>
      </div>
      <ArticleEditor
        article={toEditorArticle(article)}
        sections={sections}
        tags={tags}
        staff={staff}
        sidebar={<EditorSidebarExtras articleId={article.id} />}
      />
    </div>
  );
}
