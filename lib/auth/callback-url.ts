// callbackUrl hardening: whatever arrives, the result is a path on this site.
const DEFAULT_PATH = '/studio';
const PROBE_ORIGIN = 'http://callback.invalid';

/**
 * Returns a same-site path for `value`. Absolute URLs are kept only when they are on
 * `origin`; protocol-relative (`//evil`), backslash (`/\evil`), encoded and control-character
 * tricks all fall back to `fallback`.
 */
export function safeCallbackPath(value: unknown, origin?: string, fallback = DEFAULT_PATH): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  let candidate = value.trim();
  if (origin && candidate.startsWith(origin)) {
    candidate = candidate.slice(origin.length) || '/';
  }
  // Browsers decode and normalize before resolving, so check every decoded form too.
  let decoded = candidate;
  for (let i = 0; i < 3; i++) {
    if (!isPlainPath(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (!isPlainPath(decoded)) return fallback;
  const url = new URL(candidate, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return url.pathname + url.search + url.hash;
}

function isPlainPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (path.startsWith('//')) return false;
  if (path.includes('\\')) return false;
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  return true;
}
