'use client';
// The save state in words, announced politely to screen readers.
import type { SaveStatus } from './use-autosave';

const time = (d: Date) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function saveStatusText(status: SaveStatus, lastSavedAt: Date | null): string {
  switch (status.kind) {
    case 'idle':
      return lastSavedAt ? `Saved at ${time(lastSavedAt)}` : 'All changes saved';
    case 'pending':
      return lastSavedAt ? `Unsaved changes (last saved at ${time(lastSavedAt)})` : 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${time(status.at)}`;
    case 'retrying':
      return status.offline ? 'Offline — retrying' : 'Not saved — retrying';
    case 'error':
      return `Not saved: ${status.message}`;
    case 'conflict':
      return 'Not saved: someone else changed this article';
  }
}

export function SaveStatusText({ status, lastSavedAt }: { status: SaveStatus; lastSavedAt: Date | null }) {
  const bad = status.kind === 'error' || status.kind === 'conflict' || status.kind === 'retrying';
  return (
    <p role="status" data-testid="save-status" className={`text-sm ${bad ? 'font-medium text-accent-700 dark:text-accent-300' : 'text-zinc-700 dark:text-zinc-300'}`}>
      {saveStatusText(status, lastSavedAt)}
    </p>
  );
}
