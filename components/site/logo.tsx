import Link from 'next/link';

export function Logo() {
  return (
    <Link href="/" className="inline-flex items-baseline gap-1 font-serif text-3xl font-bold tracking-tight sm:text-4xl">
      <span aria-hidden="true" className="text-accent-600 dark:text-accent-300">
        ¶
      </span>
      Byline
    </Link>
  );
}
