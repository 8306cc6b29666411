// What the editor page hands to the client editor (plain, serialisable data).
import type { JSONContent } from '@tiptap/react';

export interface EditorArticle {
  id: string;
  version: number;
  status: string;
  trashed: boolean;
  canEdit: boolean;
  editingPending: boolean;
  createdById: string;
  creatorName: string;
  title: string;
  dek: string;
  body: JSONContent;
  sectionId: string;
  slug: string;
  tagIds: string[];
  coAuthorIds: string[];
  coverImageId: string | null;
  cover: { id: string; width: number; height: number; variants: number[] } | null;
  coverAlt: string;
  coverCredit: string;
  excerpt: string;
  seoTitle: string;
  seoDescription: string;
  changeRequest: { note: string; by: string } | null;
}

export interface Option {
  id: string;
  name: string;
}

/** The form's editable values (everything but the body). */
export type EditorFields = Pick<
  EditorArticle,
  'title' | 'dek' | 'sectionId' | 'slug' | 'tagIds' | 'coAuthorIds' | 'coverImageId' | 'cover' | 'coverAlt' | 'coverCredit' | 'excerpt' | 'seoTitle' | 'seoDescription'
>;
