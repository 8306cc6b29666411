import Link from 'next/link';
import type { ArticleAuthorDetail } from '@/lib/data/article-page';
import { socialLinks, type SocialKind } from '@/lib/content/social-links';
import { MediaImage } from '../media-image';

const NETWORK: Record<SocialKind, string> = {
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  website: 'Website',
};

/** The author's own profiles, in a fixed order, named by network. */
export function authorProfiles(author: ArticleAuthorDetail): { label: string; href: string }[] {
  return socialLinks(author).map((link) => ({ label: NETWORK[link.kind], href: link.url }));
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function AuthorBio({ author }: { author: ArticleAuthorDetail }) {
  const profiles = authorProfiles(author);
  return (
    <div className="flex gap-4 rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
      {author.avatar ? (
        <MediaImage image={{ ...author.avatar, alt: '' }} sizes="4rem" className="size-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-16 shrink-0 items-center justify-center rounded-full bg-zinc-200 font-serif text-xl font-semibold text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100"
        >
          {initials(author.name)}
        </span>
      )}
      <div className="min-w-0">
        <h3 className="font-serif text-lg font-semibold">
          <Link href={`/author/${author.slug}`} className="hover:underline">
            {author.name}
          </Link>
        </h3>
        {author.jobTitle ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{author.jobTitle}</p> : null}
        {author.bio ? <p className="mt-2 text-zinc-700 dark:text-zinc-300">{author.bio}</p> : null}
        {profiles.length ? (
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {profiles.map((p) => (
              <li key={p.label}>
                <a href={p.href} rel="me noopener" className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  <span className="sr-only">{author.name} on </span>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
