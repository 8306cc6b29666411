// Readable comparison of two revision snapshots for the history page: title and dek word by
// word, the body paragraph by paragraph (changed paragraphs word by word), and a list of the
// other fields that changed. Pure: ids are turned into names by the caller's lookup.
import { diffArrays, diffWords } from 'diff';
import { sanitizeDocument, type BlockNode, type InlineNode } from './sanitize-document';

/** The snapshot stored with every revision (see snapshotOf in lib/data/workflow.ts). */
export interface ArticleSnapshot {
  title?: string | null;
  dek?: string | null;
  body?: unknown;
  slug?: string | null;
  sectionId?: string | null;
  excerpt?: string | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  coverImageId?: string | null;
  coverAlt?: string | null;
  coverCredit?: string | null;
  authorIds?: string[] | null;
  tagIds?: string[] | null;
}

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One body paragraph in the comparison; long unchanged stretches collapse into 'skipped'. */
export type BodyDiffBlock =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; segments: DiffSegment[] }
  | { kind: 'skipped'; count: number };

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface SnapshotDiff {
  title: DiffSegment[];
  dek: DiffSegment[];
  body: BodyDiffBlock[];
  /** Labels of every field that differs, title/dek/body included, in display order. */
  changedFields: string[];
  /** Other fields, with readable before/after values. */
  fieldChanges: FieldChange[];
  identical: boolean;
}

/** Turns ids into names for the field list; unknown ids are shown as they are. */
export interface DiffLookup {
  sections?: Record<string, string>;
  users?: Record<string, string>;
  tags?: Record<string, string>;
  media?: Record<string, string>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Word-level diff of two short texts (whitespace-insensitive, punctuation as tokens). */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

function inlineText(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'hardBreak') return ' ';
      const link = n.marks?.find((m) => m.type === 'link');
      // A changed link target is an edit too, so it shows in the compared text.
      return link && link.type === 'link' ? `${n.text} <${link.attrs.href}>` : n.text;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One readable line per paragraph-level block, with a marker for its kind. */
export function bodyLines(body: unknown): string[] {
  const lines: string[] = [];
  const walk = (blocks: BlockNode[], prefix: string) => {
    for (const b of blocks) {
      switch (b.type) {
        case 'paragraph':
          lines.push(prefix + inlineText(b.content));
          break;
        case 'heading':
          lines.push(`${prefix}Heading: ${inlineText(b.content)}`);
          break;
        case 'blockquote':
          walk(b.content, `${prefix}Quote: `);
          if (b.attrs.citation) lines.push(`${prefix}Quote source: ${b.attrs.citation}`);
          break;
        case 'bulletList':
        case 'orderedList':
          b.content.forEach((item, i) => walk(item.content, `${prefix}${b.type === 'orderedList' ? `${b.attrs.start + i}.` : '•'} `));
          break;
        case 'horizontalRule':
          lines.push(`${prefix}Divider`);
          break;
        case 'socialPost':
          lines.push(`${prefix}Social post by ${b.attrs.author} (@${b.attrs.handle}): ${b.attrs.text} <${b.attrs.url}>`);
          break;
        case 'image':
          lines.push(
            `${prefix}Image: ${b.attrs.alt || '(no alt text)'}${b.attrs.caption ? `, caption: ${b.attrs.caption}` : ''}${b.attrs.credit ? `, credit: ${b.attrs.credit}` : ''}`,
          );
          break;
      }
    }
  };
  walk(sanitizeDocument(body).content, '');
  return lines.filter((l) => l.trim() !== '');
}

/**
 * Paragraph diff: runs of removed and added paragraphs are paired up and shown word by word,
 * the rest as whole paragraphs. Unchanged stretches keep `context` paragraphs either side.
 */
export function diffBody(before: unknown, after: unknown, context = 1): BodyDiffBlock[] {
  const changes = diffArrays(bodyLines(before), bodyLines(after));
  const blocks: BodyDiffBlock[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const pairs = Math.min(c.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) blocks.push({ kind: 'changed', segments: diffText(c.value[k], next.value[k]) });
      c.value.slice(pairs).forEach((t) => blocks.push({ kind: 'removed', text: t }));
      next.value.slice(pairs).forEach((t) => blocks.push({ kind: 'added', text: t }));
      i++;
    } else {
      const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
      c.value.forEach((t) => blocks.push({ kind, text: t }));
    }
  }
  return collapse(blocks, context);
}

function collapse(blocks: BodyDiffBlock[], context: number): BodyDiffBlock[] {
  const keep = blocks.map((b, i) => {
    if (b.kind !== 'same') return true;
    for (let d = -context; d <= context; d++) if (blocks[i + d] && blocks[i + d].kind !== 'same') return true;
    return false;
  });
  const out: BodyDiffBlock[] = [];
  blocks.forEach((b, i) => {
    if (keep[i]) return void out.push(b);
    const last = out[out.length - 1];
    if (last?.kind === 'skipped') last.count++;
    else out.push({ kind: 'skipped', count: 1 });
  });
  return out;
}

const name = (map: Record<string, string> | undefined, id: string | null | undefined) => (id ? (map?.[id] ?? id) : '');
const names = (map: Record<string, string> | undefined, ids: string[] | null | undefined) =>
  (ids ?? []).map((id) => name(map, id)).join(', ');
const sortedNames = (map: Record<string, string> | undefined, ids: string[] | null | undefined) =>
  (ids ?? []).map((id) => name(map, id)).sort((x, y) => x.localeCompare(y)).join(', ');

/** Fields besides title, dek and body, in the order the editor shows them. */
function otherFields(a: ArticleSnapshot, b: ArticleSnapshot, lookup: DiffLookup): FieldChange[] {
  const rows: [string, string, string, string][] = [
    ['sectionId', 'Section', name(lookup.sections, a.sectionId), name(lookup.sections, b.sectionId)],
    ['slug', 'Slug', text(a.slug), text(b.slug)],
    ['authorIds', 'Authors', names(lookup.users, a.authorIds), names(lookup.users, b.authorIds)],
    ['tagIds', 'Tags', sortedNames(lookup.tags, a.tagIds), sortedNames(lookup.tags, b.tagIds)],
    ['coverImageId', 'Cover image', name(lookup.media, a.coverImageId), name(lookup.media, b.coverImageId)],
    ['coverAlt', 'Cover alt text', text(a.coverAlt), text(b.coverAlt)],
    ['coverCredit', 'Cover credit', text(a.coverCredit), text(b.coverCredit)],
    ['excerpt', 'Excerpt', text(a.excerpt), text(b.excerpt)],
    ['seoTitle', 'SEO title', text(a.seoTitle), text(b.seoTitle)],
    ['seoDescription', 'SEO description', text(a.seoDescription), text(b.seoDescription)],
  ];
  return rows.filter(([, , before, after]) => before !== after).map(([field, label, before, after]) => ({ field, label, before, after }));
}

/** Compares snapshot `a` (older) with `b` (newer). */
export function diffSnapshots(a: ArticleSnapshot, b: ArticleSnapshot, lookup: DiffLookup = {}): SnapshotDiff {
  const title = diffText(text(a.title), text(b.title));
  const dek = diffText(text(a.dek), text(b.dek));
  const body = diffBody(a.body, b.body);
  const fieldChanges = otherFields(a, b, lookup);
  const changed = (segments: { kind: string }[]) => segments.some((s) => s.kind !== 'same' && s.kind !== 'skipped');
  const changedFields = [
    ...(changed(title) ? ['Title'] : []),
    ...(changed(dek) ? ['Dek'] : []),
    ...(changed(body) ? ['Body'] : []),
    ...fieldChanges.map((f) => f.label),
  ];
  return { title, dek, body, changedFields, fieldChanges, identical: changedFields.length === 0 };
}
