import Link from 'next/link';
import { MediaImage } from '@/components/site/media-image';
import type { AuthorProfile, SocialKind } from '@/lib/data/authors';

const networkName: Record<SocialKind, string> = {
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  website: 'Website',
};

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => Array.from(p)[0]?.toUpperCase() ?? '').join('');
}

interface AuthorHeaderProps {
  author: AuthorProfile;
}

/** Author page header: portrait (or initials), name, job title, bio, profile links and RSS. */
export function AuthorHeader({ author }: AuthorHeaderProps) {
  return (
    <header className="flex flex-col gap-6 border-b border-zinc-200 pb-8 sm:flex-row sm:items-start dark:border-zinc-800">
      {author.avatar ? (
        <MediaImage image={author.avatar} sizes="8rem" priority className="size-24 shrink-0 rounded-full object-cover sm:size-32" />
      ) : (
        <div
          aria-hidden="true"
          className="flex size-24 shrink-0 items-center justify-center rounded-full bg-accent-50 font-serif text-3xl font-semibold text-accent-700 sm:size-32 sm:text-4xl dark:bg-zinc-800 dark:text-accent-300"
        >
          {initials(author.name)}
        </div>
      )}
      <div className="min-w-0 flex-1">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{author.name}</h1>
        {author.jobTitle ? <p className="mt-1 text-lg text-zinc-700 dark:text-zinc-300">{author.jobTitle}</p> : null}
        {author.bio ? <p className="mt-4 max-w-prose leading-relaxed">{author.bio}</p> : null}
        <ul aria-label={`${author.name} elsewhere`} className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {author.links.map((link) => (
            <li key={link.kind} className="min-w-0">
              <a href={link.url} rel="me noopener" className="break-all underline underline-offset-2 hover:text-accent-700 dark:hover:text-accent-300">
                <span className="font-semibold">{networkName[link.kind]}</span>
                {link.kind === 'linkedin' ? null : <span> {link.label}</span>}
              </a>
            </li>
          ))}
          <li>
            <Link href={`/author/${author.slug}/feed.xml`} className="underline underline-offset-2 hover:text-accent-700 dark:hover:text-accent-300">
              <span className="font-semibold">RSS</span> <span className="sr-only">feed of {author.name}’s articles</span>
            </Link>
          </li>
        </ul>
      </div>
    </header>
  );
}
