// An author's profile links, built from stored handles (never from stored HTML); used by
// author pages and the bio boxes under articles.

export type SocialKind = 'instagram' | 'x' | 'tiktok' | 'bluesky' | 'linkedin' | 'website';

export interface SocialLink {
  kind: SocialKind;
  /** Visible label, e.g. "@mayaokafor.writes" or "mayaokafor.example". */
  label: string;
  url: string;
}

const handle = (value: string) => value.trim().replace(/^@+/, '');

/** Only http(s) URLs are ever linked from a profile. */
function safeWebUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export interface SocialFields {
  instagramHandle: string | null;
  xHandle: string | null;
  tiktokHandle: string | null;
  blueskyHandle: string | null;
  linkedinUrl?: string | null;
  website: string | null;
}

/** Profile links in a fixed order, built from stored handles (never from stored HTML). */
export function socialLinks(user: SocialFields): SocialLink[] {
  const links: SocialLink[] = [];
  const enc = (h: string) => encodeURIComponent(handle(h));
  if (user.instagramHandle && handle(user.instagramHandle))
    links.push({ kind: 'instagram', label: `@${handle(user.instagramHandle)}`, url: `https://www.instagram.com/${enc(user.instagramHandle)}` });
  if (user.xHandle && handle(user.xHandle))
    links.push({ kind: 'x', label: `@${handle(user.xHandle)}`, url: `https://x.com/${enc(user.xHandle)}` });
  if (user.tiktokHandle && handle(user.tiktokHandle))
    links.push({ kind: 'tiktok', label: `@${handle(user.tiktokHandle)}`, url: `https://www.tiktok.com/@${enc(user.tiktokHandle)}` });
  if (user.blueskyHandle && handle(user.blueskyHandle))
    links.push({ kind: 'bluesky', label: `@${handle(user.blueskyHandle)}`, url: `https://bsky.app/profile/${enc(user.blueskyHandle)}` });
  const linkedin = user.linkedinUrl ? safeWebUrl(user.linkedinUrl) : null;
  if (linkedin) links.push({ kind: 'linkedin', label: 'LinkedIn', url: linkedin });
  const website = user.website ? safeWebUrl(user.website) : null;
  if (website) links.push({ kind: 'website', label: new URL(website).host.replace(/^www\./, ''), url: website });
  return links;
}
