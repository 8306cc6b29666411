import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { ArticlePageContent, generateArticleMetadata } from '@/components/site/article/article-page-content';
import { SectionPageContent, generateSectionMetadata } from '@/components/site/section/section-page-content';
import { getSectionByPath } from '@/lib/data/public';

// One route for /<section>, /<section>/<subsection> and /<section-path>/<slug>. The HTTP
// status (404, 308) is settled earlier by proxy.ts; this page renders what exists.
interface CatchAllProps {
  params: Promise<{ path: string[] }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  return typeof value === 'string' && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

async function resolve({ params, searchParams }: CatchAllProps) {
  const { path } = await params;
  const { page: pageParam } = await searchParams;
  if (!path.every((s) => SEGMENT.test(s))) return null;
  return { path, page: parsePage(pageParam), joined: path.join('/') };
}

export async function generateMetadata(props: CatchAllProps): Promise<Metadata> {
  const target = await resolve(props);
  if (target?.page) {
    const section = await generateSectionMetadata(target.joined, target.page);
    if (section) return section;
    if (target.path.length >= 2) {
      const article = await generateArticleMetadata(target.path.slice(0, -1).join('/'), target.path[target.path.length - 1]);
      if (article) return article;
    }
  }
  return { title: 'Page not found', robots: { index: false } };
}

export default function CatchAllPage(props: CatchAllProps) {
  return (
    <Suspense fallback={<p className="text-zinc-600 dark:text-zinc-400">Loading…</p>}>
      <CatchAllContent {...props} />
    </Suspense>
  );
}

async function CatchAllContent(props: CatchAllProps) {
  await connection();
  const target = await resolve(props);
  if (!target || target.page === null) notFound();
  const section = await getSectionByPath(target.joined);
  if (section) return <SectionPageContent section={section} page={target.page} />;
  if (target.path.length < 2) notFound();
  return <ArticlePageContent sectionPath={target.path.slice(0, -1).join('/')} slug={target.path[target.path.length - 1]} />;
}
