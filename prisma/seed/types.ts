// Shapes of the demo content. Bodies are ProseMirror/TipTap JSON built with ./doc.ts.
import type { DocNode } from './doc';

export interface SeedSection {
  slug: string;
  name: string;
  description: string;
  children?: SeedSection[];
}

export interface SeedAuthor {
  slug: string;
  name: string;
  email: string;
  jobTitle: string;
  bio: string;
  website?: string;
  xHandle?: string;
  instagramHandle?: string;
  tiktokHandle?: string;
  blueskyHandle?: string;
}

export type SeedStatus = 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED';

export interface SeedArticle {
  slug: string;
  /** Section path, e.g. "culture/news". */
  section: string;
  title: string;
  dek: string;
  /** Author slugs; the first is the lead byline. */
  authors: string[];
  /** Tag names, e.g. "Student Government". */
  tags: string[];
  status: SeedStatus;
  /** Age in days of the publication (or of the last edit for unpublished work). */
  daysAgo: number;
  /** Editor's note, only for CHANGES_REQUESTED. */
  reviewNote?: string;
  body: DocNode[];
}
