'use client';
// Autosave with optimistic concurrency. Every save carries the version it started from and
// the answer's version becomes the next base. A 409 stops saving until the writer decides;
// network failures retry with backoff; leaving the page flushes with a keepalive request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleInputDraft, SaveKind } from '@/lib/validation/article';

export const AUTOSAVE_DELAY_MS = 2_000;
const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; offline: boolean }
  | { kind: 'error'; message: string; fieldErrors: Record<string, string[]> }
  | { kind: 'conflict'; message: string; currentVersion: number | null };

interface SaveResponse {
  version: number;
  savedAt: string;
  slug?: string;
}

interface AutosaveOptions {
  articleId: string;
  initialVersion: number;
  enabled: boolean;
  /** The current form, read when a save starts. */
  getInput: () => ArticleInputDraft;
  onSaved?: (result: SaveResponse) => void;
}

export function useAutosave({ articleId, initialVersion, enabled, getInput, onSaved }: AutosaveOptions) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const queued = useRef<SaveKind | null>(null);
  const paused = useRef(!enabled);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  const latest = useRef({ getInput, onSaved });
  useEffect(() => {
    latest.current = { getInput, onSaved };
  });

  // Timers call the latest save through this ref (a callback cannot name itself).
  const saveRef = useRef<(kind: SaveKind, keepalive?: boolean) => Promise<void>>(async () => {});

  const save = useCallback(
    async (kind: SaveKind, keepalive = false): Promise<void> => {
      if (paused.current) return;
      if (inFlight.current) {
        queued.current = kind === 'MANUAL' || queued.current === 'MANUAL' ? 'MANUAL' : 'AUTOSAVE';
        return;
      }
      clearTimeout(debounce.current);
      clearTimeout(retryTimer.current);
      retryTimer.current = undefined;
      inFlight.current = true;
      dirty.current = false;
      setStatus({ kind: 'saving' });
      const body = JSON.stringify({ input: latest.current.getInput(), expectedVersion: version.current, kind });
      let res: Response | null = null;
      try {
        if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new Error('offline');
        res = await fetch(`/api/studio/articles/${articleId}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body,
          credentials: 'same-origin',
          // Browsers cap keepalive bodies at 64 kB; a bigger body goes as a normal request.
          keepalive: keepalive && body.length < 60_000,
        });
      } catch {
        res = null;
      }
      inFlight.current = false;
      const data = res ? ((await res.json().catch(() => ({}))) as Record<string, unknown>) : {};

      if (res?.ok) {
        attempt.current = 0;
        version.current = Number(data.version);
        const at = new Date(String(data.savedAt));
        setLastSavedAt(at);
        setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at });
        latest.current.onSaved?.(data as unknown as SaveResponse);
      } else if (res?.status === 409) {
        dirty.current = true;
        paused.current = true;
        const current = typeof data.currentVersion === 'number' ? data.currentVersion : null;
        setStatus({ kind: 'conflict', message: String(data.error ?? 'Someone else changed this article.'), currentVersion: current });
        return;
      } else if (!res || res.status >= 500) {
        dirty.current = true;
        const delay = RETRY_DELAYS_MS[Math.min(attempt.current, RETRY_DELAYS_MS.length - 1)];
        attempt.current += 1;
        setStatus({ kind: 'retrying', offline: typeof navigator !== 'undefined' && navigator.onLine === false });
        retryTimer.current = setTimeout(() => void saveRef.current(kind), delay);
        return;
      } else {
        dirty.current = true;
        const message =
          res.status === 401
            ? 'Your session has ended. Sign in again in another tab; your text stays here.'
            : String(data.error ?? 'This version could not be saved.');
        setStatus({ kind: 'error', message, fieldErrors: (data.fieldErrors as Record<string, string[]>) ?? {} });
        return;
      }
      const next = queued.current;
      queued.current = null;
      if (next) void saveRef.current(next);
      else if (dirty.current) debounce.current = setTimeout(() => void saveRef.current('AUTOSAVE'), AUTOSAVE_DELAY_MS);
    },
    [articleId],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Call after every edit: saves once typing has paused. */
  const markDirty = useCallback(() => {
    if (paused.current) {
      dirty.current = true;
      return;
    }
    dirty.current = true;
    setStatus((s) => (s.kind === 'retrying' || s.kind === 'saving' ? s : { kind: 'pending' }));
    clearTimeout(debounce.current);
    // While a save is in flight, its completion schedules the next one.
    if (!inFlight.current) debounce.current = setTimeout(() => void save('AUTOSAVE'), AUTOSAVE_DELAY_MS);
  }, [save]);

  /** Resolves a conflict by saving this text over the version `baseVersion`. */
  const overwrite = useCallback(
    (baseVersion: number) => {
      version.current = baseVersion;
      paused.current = false;
      void save('MANUAL');
    },
    [save],
  );

  /** A newer version from the server (a workflow step) becomes the base when nothing is pending. */
  const adoptVersion = useCallback((serverVersion: number) => {
    if (serverVersion > version.current && !dirty.current && !inFlight.current && !paused.current) version.current = serverVersion;
  }, []);

  useEffect(() => {
    paused.current = !enabled;
  }, [enabled]);

  useEffect(() => {
    const flush = () => {
      if (dirty.current && !paused.current && !inFlight.current) void save('AUTOSAVE', true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onOnline = () => {
      if (retryTimer.current !== undefined && dirty.current) void save('AUTOSAVE');
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('online', onOnline);
      clearTimeout(debounce.current);
      clearTimeout(retryTimer.current);
    };
  }, [save]);

  return { status, lastSavedAt, save, markDirty, overwrite, adoptVersion };
}
