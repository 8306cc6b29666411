import Link from 'next/link';
import { can, type Action, type Actor } from '@/lib/auth/permissions';

/** Studio areas; each shows only to roles that may use it. Other areas add their rows here. */
export const STUDIO_NAV: { href: string; label: string; action: Action }[] = [
  { href: '/studio', label: 'Dashboard', action: 'studio.access' },
  { href: '/studio/articles/new', label: 'New article', action: 'article.create' },
  { href: '/studio/review', label: 'Review', action: 'article.review' },
  { href: '/studio/media', label: 'Media', action: 'media.upload' },
  { href: '/studio/trash', label: 'Trash', action: 'studio.access' },
  { href: '/studio/sections', label: 'Sections', action: 'section.manage' },
  { href: '/studio/tags', label: 'Tags', action: 'tag.manage' },
  { href: '/studio/users', label: 'Users', action: 'user.manage' },
  { href: '/studio/profile', label: 'Profile', action: 'profile.edit' },
];

export function StudioNav({ actor }: { actor: Actor }) {
  return (
    <nav aria-label="Studio">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
        {STUDIO_NAV.filter((item) => can(actor, item.action)).map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
