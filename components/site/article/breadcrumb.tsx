import Link from 'next/link';

interface BreadcrumbProps {
  items: { name: string; path: string }[];
}

/** Section trail above the headline ("Culture › News"). */
export function Breadcrumb({ items }: BreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm font-semibold tracking-wide uppercase">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, i) => (
          <li key={item.path} className="flex items-center gap-x-2">
            {i > 0 ? (
              <span aria-hidden="true" className="text-zinc-500 dark:text-zinc-400">
                ›
              </span>
            ) : null}
            <Link href={`/${item.path}`} className="text-accent-700 hover:underline dark:text-accent-300">
              {item.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
