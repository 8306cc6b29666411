// A short-lived, per-process memo of the proxy's routing decisions (404/redirect/ok).
// Writes in this process clear it at once; other instances see changes within
// TTL_MS + GRACE_MS. Under load it never lets a crowd of requests query at once: one load
// per URL is in flight at a time, and for GRACE_MS after expiry the last decision answers
// while a fresh one loads.
export type RouteDecision =
  /** `page`: a listing page past the first (served from an internal path, see proxy.ts). */
  | { kind: 'ok'; page?: number }
  | { kind: 'not-found' }
  | { kind: 'redirect'; location: string };

const TTL_MS = 2_000;
const GRACE_MS = 3_000;
const MAX_ENTRIES = 5_000;

interface Store {
  entries: Map<string, { decision: RouteDecision; expires: number }>;
  pending: Map<string, Promise<RouteDecision>>;
  /** Bumped by every clear, so a load that started before a write is not remembered. */
  generation: number;
}

// Shared through globalThis: proxy.ts and the app's server code are bundled separately.
const holder = globalThis as unknown as { bylineRouteDecisions?: Store };
const store = (holder.bylineRouteDecisions ??= { entries: new Map(), pending: new Map(), generation: 0 });

function load(key: string, find: () => Promise<RouteDecision>): Promise<RouteDecision> {
  const inFlight = store.pending.get(key);
  if (inFlight) return inFlight;
  const generation = store.generation;
  const promise = find()
    .then((decision) => {
      if (generation === store.generation) {
        if (store.entries.size >= MAX_ENTRIES) store.entries.clear();
        store.entries.set(key, { decision, expires: Date.now() + TTL_MS });
      }
      return decision;
    })
    .finally(() => {
      if (store.pending.get(key) === promise) store.pending.delete(key);
    });
  store.pending.set(key, promise);
  return promise;
}

/** The decision for `key`: remembered, or loaded with `find` (once, however many ask). */
export async function memoRouteDecision(key: string, find: () => Promise<RouteDecision>, now = Date.now()): Promise<RouteDecision> {
  const hit = store.entries.get(key);
  if (hit && hit.expires > now) return hit.decision;
  if (hit && hit.expires + GRACE_MS > now) {
    load(key, find).catch(() => {}); // refreshed in the background; a failure keeps the old one
    return hit.decision;
  }
  return load(key, find);
}

export function clearRouteDecisions(): void {
  store.entries.clear();
  store.pending.clear();
  store.generation += 1;
}
