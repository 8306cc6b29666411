// Social handles: each network accepts a bare handle or an https URL on that network's own
// host; both are stored as the bare handle (LinkedIn and the website stay URLs).
import { z } from 'zod';

interface Network {
  label: string;
  handle: RegExp;
  hosts: string[];
  /** Pulls the handle out of a profile URL's path. */
  fromPath: (path: string) => string | null;
}

const firstSegment = (path: string) => path.split('/').filter(Boolean)[0] ?? null;

const NETWORKS = {
  xHandle: {
    label: 'X',
    handle: /^[A-Za-z0-9_]{1,15}$/,
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com'],
    fromPath: firstSegment,
  },
  instagramHandle: {
    label: 'Instagram',
    handle: /^(?!.*\.\.)(?!\.)[A-Za-z0-9._]{1,30}(?<!\.)$/,
    hosts: ['instagram.com', 'www.instagram.com'],
    fromPath: firstSegment,
  },
  tiktokHandle: {
    label: 'TikTok',
    handle: /^[A-Za-z0-9._]{2,24}$/,
    hosts: ['tiktok.com', 'www.tiktok.com'],
    fromPath: (p) => {
      const s = firstSegment(p);
      return s?.startsWith('@') ? s.slice(1) : null;
    },
  },
  blueskyHandle: {
    label: 'Bluesky',
    handle: /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    hosts: ['bsky.app'],
    fromPath: (p) => {
      const parts = p.split('/').filter(Boolean);
      return parts[0] === 'profile' && parts[1] ? parts[1].toLowerCase() : null;
    },
  },
} satisfies Record<string, Network>;

export type SocialField = keyof typeof NETWORKS;

/** Normalizes input for one network to its bare handle, or returns an error message. */
export function normalizeHandle(field: SocialField, raw: string): { handle: string } | { error: string } {
  const net: Network = NETWORKS[field];
  const value = raw.trim();
  const bad = { error: `Enter a ${net.label} handle (like @name) or an https link to a ${net.label} profile.` };
  if (/^[a-z]+:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return bad;
    }
    if (url.protocol !== 'https:' || !net.hosts.includes(url.hostname.toLowerCase()) || url.username || url.password) return bad;
    const handle = net.fromPath(decodeURIComponent(url.pathname));
    return handle && net.handle.test(handle) ? { handle } : bad;
  }
  const handle = field === 'blueskyHandle' ? value.replace(/^@/, '').toLowerCase() : value.replace(/^@/, '');
  return net.handle.test(handle) ? { handle } : bad;
}

/** Optional handle field for `field`: empty clears it, anything else must be valid. */
export function handleSchema(field: SocialField) {
  return z
    .string()
    .trim()
    .max(300, 'That is too long.')
    .transform((value, ctx) => {
      if (value === '') return null;
      const result = normalizeHandle(field, value);
      if ('error' in result) {
        ctx.addIssue({ code: 'custom', message: result.error });
        return z.NEVER;
      }
      return result.handle;
    });
}

/** Optional https URL, optionally restricted to some hosts. */
export function httpsUrlSchema(label: string, hosts?: string[]) {
  return z
    .string()
    .trim()
    .max(300, 'That link is too long.')
    .transform((value, ctx) => {
      if (value === '') return null;
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        url = null;
      }
      const hostOk = url && (!hosts || hosts.includes(url.hostname.toLowerCase()));
      if (!url || url.protocol !== 'https:' || !hostOk || url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: `Enter an https link${hosts ? ` to ${label}` : ''} (https://…).` });
        return z.NEVER;
      }
      return url.toString();
    });
}
