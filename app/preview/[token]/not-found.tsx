import Link from 'next/link';

export const metadata = { title: 'Preview not available', robots: { index: false, follow: false } };

/** Unknown, expired and revoked links look the same: the token reveals nothing. */
export default function PreviewNotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">This preview link does not work</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The link may be mistyped, or it has expired or been revoked. Ask the person who shared it for a new one.
      </p>
      <p className="mt-6">
        <Link href="/" className="underline">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
