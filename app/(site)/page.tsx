import type { Metadata } from 'next';
import Link from 'next/link';
import { toCardData, toTextCardData } from '@/components/site/card-data';
import { CardList } from '@/components/site/card-list';
import { LeadStory } from '@/components/site/front/lead-story';
import { MostRead } from '@/components/site/front/most-read';
import { getFrontPage } from '@/lib/data/public';
import { absoluteUrl } from '@/lib/site-url';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { absolute: 'Byline — news from Halvorsen University and Port Calder' },
    alternates: { canonical: absoluteUrl('/'), types: { 'application/rss+xml': absoluteUrl('/feed.xml') } },
    openGraph: { type: 'website', siteName: 'Byline', title: 'Byline', url: absoluteUrl('/') },
  };
}

export default function HomePage() {
  return (
    <>
      <h1 className="sr-only">Byline: the latest stories</h1>
      <FrontPage />
    </>
  );
}

async function FrontPage() {
  const front = await getFrontPage();
  if (!front.lead) return <p>Nothing has been published yet.</p>;
  return (
    <div className="space-y-12">
      <LeadStory article={front.lead} />
      <div className="grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="top-heading" className="lg:col-span-2">
          <h2 id="top-heading" className="border-b-2 border-zinc-900 pb-1 font-serif text-xl font-bold dark:border-zinc-100">
            Latest
          </h2>
          <CardList cards={front.top.map(toCardData)} />
        </section>
        <aside aria-label="Most read">
          <MostRead />
        </aside>
      </div>
      <div className="grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        {front.sections.map(({ section, articles }) => (
          <section key={section.path} aria-labelledby={`section-${section.path}`}>
            <h2 id={`section-${section.path}`} className="border-b-2 border-zinc-900 pb-1 font-serif text-xl font-bold dark:border-zinc-100">
              <Link href={`/${section.path}`} className="hover:underline">
                {section.name}
              </Link>
            </h2>
            <CardList cards={articles.map(toTextCardData)} className="mt-2 space-y-4" />
            <p className="mt-3 text-sm">
              <Link href={`/${section.path}`} className="font-medium underline">
                More in {section.name}
              </Link>
            </p>
          </section>
        ))}
      </div>
    </div>
  );
}
