// A short-lived, per-process memo of the proxy's routing decisions (404/redirect/ok).
// Writes in this process clear it at once; other instances see changes within TTL_MS.
export type RouteDecision =
  /** `page`: a listing page past the first (served from an internal path, see proxy.ts). */
  | { kind: 'ok'; page?: number }
  | { kind: 'not-found' }
  | { kind: 'redirect'; location: string };

const TTL_MS = 2_000;
const MAX_ENTRIES = 5_000;

interface Store {
  entries: Map<string, { decision: RouteDecision; expires: number }>;
}

// Shared through globalThis: proxy.ts and the app's server code are bundled separately.
const holder = globalThis as unknown as { bylineRouteDecisions?: Store };
const store = (holder.bylineRouteDecisions ??= { entries: new Map() });

export function readRouteDecision(key: string, now = Date.now()): RouteDecision | null {
  const hit = store.entries.get(key);
  if (!hit || hit.expires < now) return null;
  return hit.decision;
}

export function rememberRouteDecision(key: string, decision: RouteDecision, now = Date.now()): void {
  if (store.entries.size >= MAX_ENTRIES) store.entries.clear();
  store.entries.set(key, { decision, expires: now + TTL_MS });
}

export function clearRouteDecisions(): void {
  store.entries.clear();
}
