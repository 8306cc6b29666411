// The author page, shared by /author/<slug> and its later pages (/author/<slug>/<n>, the
// internal path proxy.ts rewrites ?page=n to), so each page number is cached whole.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/listing/article-list';
import { AuthorHeader } from '@/components/site/listing/author-header';
import { absoluteUrl, JsonLd } from '@/components/site/listing/json-ld';
import { pageHref, parsePageParam } from '@/components/site/listing/page-param';
import { Pagination } from '@/components/site/listing/pagination';
import { getAuthorArticles, getAuthorProfile } from '@/lib/data/public-listings';

/** Route params of /author/<slug> and of /author/<slug>/<page> (proxy.ts rewrites ?page=N there). */
export interface AuthorPageProps {
  params: Promise<{ slug: string; page?: string }>;
}

/** One sample for `next build`; real authors are rendered on their first visit. */
export function generateStaticParams() {
  return [{ slug: '_' }];
}

export async function generateAuthorMetadata({ params }: AuthorPageProps): Promise<Metadata> {
  const { slug, page: pageParam } = await params;
  const author = await getAuthorProfile(slug);
  const page = parsePageParam(pageParam);
  if (!author || page === null) return { title: 'Author not found', robots: { index: false } };
  const title = page > 1 ? `${author.name} (page ${page})` : author.name;
  const description =
    (author.bio ? truncate(author.bio, 160) : null) ??
    `${author.name}${author.jobTitle ? `, ${author.jobTitle}` : ''}: articles in Byline.`;
  const url = pageHref(`/author/${author.slug}`, page);
  const image = author.avatar ? mediaUrl(author.avatar) : null;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': [{ url: `/author/${author.slug}/feed.xml`, title: `${author.name} on Byline` }] },
    },
    openGraph: {
      type: 'profile',
      title: author.name,
      description,
      url,
      siteName: 'Byline',
      ...(image ? { images: [{ url: image, alt: author.avatar?.alt ?? author.name }] } : {}),
    },
    twitter: { card: 'summary', title: author.name, description },
  };
}

/** The largest stored variant of an image (the media route serves only variant widths). */
function mediaUrl(image: { id: string; width: number; variants: number[] }): string {
  return `/media/${image.id}/${image.variants.length ? Math.max(...image.variants) : image.width}.webp`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export async function AuthorPage({ params }: AuthorPageProps) {
  const { slug, page: pageParam } = await params;
  const page = parsePageParam(pageParam);
  if (page === null) notFound();
  const author = await getAuthorProfile(slug);
  if (!author) notFound();
  const { items, total, pageCount } = await getAuthorArticles(author.id, page);
  if (page > pageCount) notFound();

  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: author.name,
          ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
          ...(author.bio ? { description: author.bio } : {}),
          url: absoluteUrl(`/author/${author.slug}`),
          ...(author.avatar ? { image: absoluteUrl(mediaUrl(author.avatar)) } : {}),
          sameAs: author.links.map((l) => l.url),
          worksFor: { '@type': 'Organization', name: 'Byline', url: absoluteUrl('/') },
        }}
      />
      <AuthorHeader author={author} />
      <section aria-labelledby="author-articles-heading" className="mt-8">
        <h2 id="author-articles-heading" className="font-serif text-2xl font-bold">
          Articles by {author.name}
          {total > 0 ? <span className="ml-2 text-base font-normal text-zinc-600 dark:text-zinc-400">({total})</span> : null}
        </h2>
        <ArticleList articles={items} emptyMessage={`${author.name} has not published any articles yet.`} />
        <Pagination basePath={`/author/${author.slug}`} page={page} pageCount={pageCount} />
      </section>
    </>
  );
}
