'use client';
// "Maya Okafor is also editing": a heartbeat every 20 s, others seen in the last 45 s.
import { useEffect, useState } from 'react';
import { touchPresenceAction } from './actions';

export const PRESENCE_INTERVAL_MS = 20_000;

export function othersEditingText(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `${names[0]} is also editing`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are also editing`;
}

export function PresenceIndicator({ articleId }: { articleId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const beat = async () => {
      const result = await touchPresenceAction(articleId).catch(() => ({ others: [] as string[] }));
      if (live) setOthers(result.others);
    };
    void beat();
    const timer = setInterval(() => void beat(), PRESENCE_INTERVAL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [articleId]);
  const text = othersEditingText(others);
  return (
    <p aria-live="polite" data-testid="presence" className="text-sm font-medium text-amber-800 dark:text-amber-300">
      {text}
    </p>
  );
}
