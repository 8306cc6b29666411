// Article views for "most read", counted by the image every article page loads
// (app/api/views/[id]), so the pages themselves can be served whole from the page cache.
// Views are added up in memory and written as one statement per article every FLUSH_MS.
import { recordArticleView } from '@/lib/data/article-page';

const FLUSH_MS = 2_000;
const MAX_PENDING = 1_000;

interface Counter {
  pending: Map<string, number>;
  timer: ReturnType<typeof setTimeout> | null;
}

// Shared through globalThis: one counter per process.
const holder = globalThis as unknown as { bylineViewCounter?: Counter };
const counter = (holder.bylineViewCounter ??= { pending: new Map(), timer: null });

/** Counts one view of a published article; written within FLUSH_MS. */
export function countArticleView(articleId: string): void {
  counter.pending.set(articleId, (counter.pending.get(articleId) ?? 0) + 1);
  if (counter.pending.size >= MAX_PENDING) void flushArticleViews();
  else if (!counter.timer) {
    counter.timer = setTimeout(() => void flushArticleViews(), FLUSH_MS);
    counter.timer.unref?.();
  }
}

/** Writes the counted views now (also used by tests). A failed write loses those views, never a page. */
export async function flushArticleViews(): Promise<void> {
  if (counter.timer) clearTimeout(counter.timer);
  counter.timer = null;
  const batch = [...counter.pending];
  counter.pending.clear();
  for (const [articleId, views] of batch) {
    try {
      await recordArticleView(articleId, views);
    } catch (error) {
      console.error('Could not record article views', error);
    }
  }
}
