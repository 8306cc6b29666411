import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { toCardData } from '@/components/site/card-data';
import { CardList } from '@/components/site/card-list';
import { Pagination } from '@/components/site/listing/pagination';
import { getSectionArticles, getSectionByPath } from '@/lib/data/public';
import type { SectionDetail } from '@/lib/data/section-page';
import { absoluteUrl } from '@/lib/site-url';

interface SectionPageContentProps {
  section: SectionDetail;
  page: number;
}

export async function SectionPageContent({ section, page }: SectionPageContentProps) {
  const articles = await getSectionArticles(section.id, section.subtreeIds, page);
  if (page > articles.pageCount) notFound();
  return (
    <div>
      <Breadcrumb trail={section.trail} />
      <header className="mt-2 border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
        {section.description ? <p className="mt-2 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">{section.description}</p> : null}
        {section.children.length > 0 ? (
          <nav aria-label={`${section.name} subsections`} className="mt-4">
            <ul className="flex flex-wrap gap-2 text-sm">
              {section.children.map((child) => (
                <li key={child.path}>
                  <Link href={`/${child.path}`} className="inline-block rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
                    {child.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {articles.items.length === 0 ? (
        <p className="mt-6">No stories have been published in {section.name} yet.</p>
      ) : (
        <CardList cards={articles.items.map(toCardData)} headingLevel="h2" />
      )}
      <Pagination basePath={`/${section.path}`} page={articles.page} pageCount={articles.pageCount} />
      <p className="mt-6 text-sm">
        <a href={`/${section.path}/feed.xml`} className="underline">
          RSS feed for {section.name}
        </a>
      </p>
    </div>
  );
}

export async function generateSectionMetadata(path: string, page: number): Promise<Metadata | null> {
  const section = await getSectionByPath(path);
  if (!section) return null;
  const canonical = absoluteUrl(page > 1 ? `/${section.path}?page=${page}` : `/${section.path}`);
  const title = page > 1 ? `${section.name} (page ${page})` : section.name;
  const description = section.description ?? `The latest ${section.name} stories from Byline.`;
  return {
    title,
    description,
    alternates: { canonical, types: { 'application/rss+xml': absoluteUrl(`/${section.path}/feed.xml`) } },
    openGraph: { type: 'website', title, description, url: canonical, siteName: 'Byline' },
    twitter: { card: 'summary', title, description },
  };
}
