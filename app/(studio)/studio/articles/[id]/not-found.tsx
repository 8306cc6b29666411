import Link from 'next/link';

export default function ArticleNotFound() {
  return (
    <section aria-labelledby="article-missing-heading" className="max-w-xl">
      <h1 id="article-missing-heading" className="font-serif text-2xl font-bold">
        Article not found
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        This article does not exist, or it is not one you can open. Check the link, or find the article on your dashboard.
      </p>
      <p className="mt-4">
        <Link href="/studio" className="underline">
          Go to the dashboard
        </Link>
      </p>
    </section>
  );
}
