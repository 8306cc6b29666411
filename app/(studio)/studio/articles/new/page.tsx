import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NewArticleForm } from '@/components/studio/editor/new-article-form';
import { loadSectionOptions } from '@/components/studio/editor/section-options';
import { can } from '@/lib/auth/permissions';
import { AccessDenied } from '../../_components/access-denied';
import { requireStudioActor } from '../../_components/studio-actor';

export const metadata: Metadata = { title: 'New article' };

export default function NewArticlePage() {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">New article</h1>
      <Suspense fallback={<p>Loading the sections…</p>}>
        <NewArticle />
      </Suspense>
    </div>
  );
}

async function NewArticle() {
  const actor = await requireStudioActor('/studio/articles/new');
  if (!can(actor, 'article.create')) return <AccessDenied area="writing articles" />;
  const sections = await loadSectionOptions();
  const news = sections.find((s) => s.label === 'News') ?? sections.find((s) => s.label.endsWith('› News'));
  return <NewArticleForm sections={sections} defaultSectionId={news?.id ?? sections[0]?.id ?? ''} />;
}
