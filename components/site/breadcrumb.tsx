import Link from 'next/link';
import type { SectionRef } from '@/lib/data/shapes';

interface BreadcrumbProps {
  trail: SectionRef[];
  /** Link the last crumb too (article pages); on a section page it is the current page. */
  linkLast?: boolean;
}

export function Breadcrumb({ trail, linkLast = false }: BreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-300">
      <ol className="flex flex-wrap items-center gap-1.5">
        {trail.map((s, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={s.path} className="flex items-center gap-1.5">
              {i > 0 ? <span aria-hidden="true">›</span> : null}
              {last && !linkLast ? (
                <span aria-current="page">{s.name}</span>
              ) : (
                <Link href={`/${s.path}`} className="hover:underline">
                  {s.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
