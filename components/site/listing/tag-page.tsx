// The tag page, shared by /tag/<slug> and its later pages (/tag/<slug>/<n>, the
// internal path proxy.ts rewrites ?page=n to), so each page number is cached whole.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/listing/article-list';
import { pageHref, parsePageParam } from '@/components/site/listing/page-param';
import { Pagination } from '@/components/site/listing/pagination';
import { getTag, getTagArticles } from '@/lib/data/public-listings';

/** Route params of /tag/<slug> and of /tag/<slug>/<page> (proxy.ts rewrites ?page=N there). */
export interface TagPageProps {
  params: Promise<{ slug: string; page?: string }>;
}

/** One sample for `next build`; real tags are rendered on their first visit. */
export function generateStaticParams() {
  return [{ slug: '_' }];
}

export async function generateTagMetadata({ params }: TagPageProps): Promise<Metadata> {
  const { slug, page: pageParam } = await params;
  const tag = await getTag(slug);
  const page = parsePageParam(pageParam);
  if (!tag || page === null) return { title: 'Tag not found', robots: { index: false } };
  const title = page > 1 ? `${tag.name} (page ${page})` : tag.name;
  const description = tag.description ?? `Articles tagged “${tag.name}” in Byline.`;
  const url = pageHref(`/tag/${tag.slug}`, page);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title: `${tag.name} · Byline`, description, url, siteName: 'Byline' },
    twitter: { card: 'summary', title: tag.name, description },
  };
}

export async function TagPage({ params }: TagPageProps) {
  const { slug, page: pageParam } = await params;
  const page = parsePageParam(pageParam);
  if (page === null) notFound();
  const tag = await getTag(slug);
  if (!tag) notFound();
  const { items, total, pageCount } = await getTagArticles(tag.id, page);
  if (page > pageCount) notFound();

  return (
    <section aria-labelledby="tag-heading">
      <header className="border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <p className="text-sm font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-300">Tag</p>
        <h1 id="tag-heading" className="mt-1 font-serif text-3xl font-bold sm:text-4xl">
          {tag.name}
        </h1>
        {tag.description ? <p className="mt-3 max-w-prose text-lg text-zinc-700 dark:text-zinc-300">{tag.description}</p> : null}
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {total === 1 ? '1 article' : `${total} articles`}
        </p>
      </header>
      <ArticleList articles={items} emptyMessage="No published articles carry this tag yet." headingLevel="h2" />
      <Pagination basePath={`/tag/${tag.slug}`} page={page} pageCount={pageCount} />
    </section>
  );
}
