import { Suspense } from 'react';
import { connection } from 'next/server';
import { ArticleCard } from '@/components/site/article-card';
import { getLatestArticles } from '@/lib/data/public';

export default function HomePage() {
  return (
    <Suspense fallback={<p className="text-zinc-600 dark:text-zinc-400">Loading the latest stories…</p>}>
      <LatestStories />
    </Suspense>
  );
}

async function LatestStories() {
  await connection();
  const articles = await getLatestArticles(20);
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading" className="font-serif text-3xl font-bold">
        Latest stories
      </h1>
      {articles.length === 0 ? (
        <p className="mt-4">Nothing has been published yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800">
          {articles.map((a) => (
            <li key={a.id} className="py-5">
              <ArticleCard article={a} headingLevel="h2" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
