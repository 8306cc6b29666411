// Why the article is read-only, or where edits to a live article go. (The editor's change
// request note is shown by the workflow panel.)
import type { EditorArticle } from './types';

const STATUS_NAMES: Record<string, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  CHANGES_REQUESTED: 'waiting for changes',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
};

export function EditorNotices({ article }: { article: EditorArticle }) {
  const note = 'rounded border border-zinc-300 bg-zinc-50 p-3 text-sm dark:border-zinc-700 dark:bg-zinc-900';
  return (
    <>
      {article.trashed ? <p className={note}>This article is in the trash. Restore it from the dashboard to edit it.</p> : null}
      {!article.trashed && !article.canEdit ? (
        <p className={note}>This article is {STATUS_NAMES[article.status] ?? article.status.toLowerCase()}: you can read it here but not change it.</p>
      ) : null}
      {article.canEdit && article.editingPending ? (
        <p className={note}>This article is live. Your changes are saved as pending edits; readers see them once an editor publishes them.</p>
      ) : null}
    </>
  );
}
