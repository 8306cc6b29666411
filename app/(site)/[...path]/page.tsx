import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePageContent, generateArticleMetadata } from '@/components/site/article/article-page-content';
import { SectionPageContent, generateSectionMetadata } from '@/components/site/section/section-page-content';
import { getSectionByPath } from '@/lib/data/public';
import { parsePageNumber } from '@/lib/page-number';
import { PAGE_SEGMENT } from '@/lib/reserved-paths';

// One route for /<section>, /<section>/<subsection> and /<section-path>/<slug>, plus the
// internal /<section-path>/_page/<n> that proxy.ts rewrites `?page=n` to. Everything it
// reads is a route param or cached data, so each URL is rendered once and then served from
// the page cache until a write expires one of its cache tags. The HTTP status (404, 308) is
// settled earlier by proxy.ts; this page renders what exists.
interface CatchAllProps {
  params: Promise<{ path: string[] }>;
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `next build` needs one sample of the param to check that the route renders from its params
 * alone; real URLs are rendered on their first visit (the build does not grow with the archive).
 * The sample is not a valid section path, so it renders the not-found view without a query.
 */
export function generateStaticParams() {
  return [{ path: ['_'] }];
}

interface Target {
  path: string[];
  page: number;
  joined: string;
}

async function resolve(params: CatchAllProps['params']): Promise<Target | null> {
  const { path: raw } = await params;
  let path = raw;
  let page = 1;
  if (path.length >= 3 && path[path.length - 2] === PAGE_SEGMENT) {
    const value = parsePageNumber(path[path.length - 1]);
    if (value === null) return null;
    page = value;
    path = path.slice(0, -2);
  }
  if (!path.every((s) => SEGMENT.test(s))) return null;
  return { path, page, joined: path.join('/') };
}

export async function generateMetadata({ params }: CatchAllProps): Promise<Metadata> {
  const target = await resolve(params);
  if (target) {
    const section = await generateSectionMetadata(target.joined, target.page);
    if (section) return section;
    if (target.path.length >= 2 && target.page === 1) {
      const article = await generateArticleMetadata(target.path.slice(0, -1).join('/'), target.path[target.path.length - 1]);
      if (article) return article;
    }
  }
  return { title: 'Page not found', robots: { index: false } };
}

// The page waits for its params instead of streaming a fallback: the cached page is then whole
// HTML, readable without JavaScript (no hidden segment revealed by an inline script).
export const instant = false;

export default async function CatchAllPage({ params }: CatchAllProps) {
  const target = await resolve(params);
  if (!target) notFound();
  const section = await getSectionByPath(target.joined);
  if (section) return <SectionPageContent section={section} page={target.page} />;
  if (target.path.length < 2 || target.page !== 1) notFound();
  return <ArticlePageContent sectionPath={target.path.slice(0, -1).join('/')} slug={target.path[target.path.length - 1]} />;
}
