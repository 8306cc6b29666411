// Invalidates public cache tags after a write. Inside a request (server actions, route
// handlers) it expires them directly. Outside one (scheduler, scripts, tests) it asks the
// web server at BYLINE_INTERNAL_URL to do it, signed with NEXTAUTH_SECRET.
import { revalidateTag } from 'next/cache';
import { clearRouteDecisions } from './route-decisions';
import { signInternal } from './signature';

type Listener = (tags: string[]) => void;
const listeners = new Set<Listener>();
const pending = new Set<Promise<void>>();

/** Subscribes to invalidations (used by tests); returns an unsubscribe function. */
export function onInvalidate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once every cross-process invalidation sent so far has been answered. */
export async function flushInvalidations(): Promise<void> {
  await Promise.all([...pending]);
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store missing/i.test(error.message);
}

function sendToServer(tags: string[]) {
  const base = process.env.BYLINE_INTERNAL_URL;
  if (!base) return;
  const body = JSON.stringify({ tags });
  const request = fetch(new URL('/api/internal/revalidate', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-byline-signature': signInternal(body) },
    body,
    signal: AbortSignal.timeout(5_000),
  })
    .then((res) => {
      if (!res.ok) console.error(`Cache invalidation was refused (HTTP ${res.status}).`);
    })
    .catch((error: unknown) => console.error(`Cache invalidation failed: ${String(error)}`))
    .finally(() => pending.delete(request));
  pending.add(request);
}

/**
 * Empties the response cache in front of Next (server.mjs, lib/cache/response-cache.cjs), which
 * keeps copies of cached pages. It is loaded outside the app bundle, so it is reached through
 * globalThis (absent under `next dev` and in tests that run no server).
 */
function clearResponseCache(): void {
  (globalThis as { bylineResponseCache?: { clear?: () => void } }).bylineResponseCache?.clear?.();
}

/** Forgets this process's copies of public answers: route decisions and kept responses. */
export function forgetPublicAnswers(): void {
  clearRouteDecisions();
  clearResponseCache();
}

/** Expires every tag at once, so the next request renders fresh content. */
export function invalidatePublic(tags: string[]): void {
  const unique = [...new Set(tags)];
  forgetPublicAnswers();
  for (const listener of listeners) listener(unique);
  for (const [i, tag] of unique.entries()) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!isOutsideRequest(error)) throw error;
      sendToServer(unique.slice(i));
      return;
    }
  }
}
