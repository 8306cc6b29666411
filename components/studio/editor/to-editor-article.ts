import 'server-only';
// EditableArticle (data layer) → the plain props the client editor needs.
import type { JSONContent } from '@tiptap/react';
import type { EditableArticle } from '@/lib/data/studio-articles';
import type { EditorArticle } from './types';

export function toEditorArticle(a: EditableArticle): EditorArticle {
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    trashed: a.deletedAt !== null,
    canEdit: a.canEdit,
    editingPending: a.editingPending,
    createdById: a.createdById,
    creatorName: a.authors.find((p) => p.id === a.createdById)?.name ?? a.authors[0]?.name ?? 'The creator',
    title: a.title,
    dek: a.dek,
    body: editableBody(a.body),
    sectionId: a.sectionId,
    slug: a.slug,
    tagIds: a.tagIds,
    coAuthorIds: a.coAuthorIds,
    coverImageId: a.coverImageId,
    cover: a.cover ? { id: a.cover.id, width: a.cover.width, height: a.cover.height, variants: a.cover.variants } : null,
    coverAlt: a.coverAlt,
    coverCredit: a.coverCredit,
    excerpt: a.excerpt,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    changeRequest: a.latestChangeRequest ? { note: a.latestChangeRequest.note, by: a.latestChangeRequest.by } : null,
  };
}

/** The editor needs at least one block to put the caret in; a new draft has none. */
function editableBody(body: unknown): JSONContent {
  const doc = body as JSONContent;
  return doc?.type === 'doc' && doc.content?.length ? doc : { type: 'doc', content: [{ type: 'paragraph' }] };
}
