// Allow-list normaliser for body documents (TipTap/ProseMirror JSON). Everything the reader
// site renders and everything the editor saves passes through here: unknown nodes and marks
// are dropped, attributes are rebuilt field by field (never copied), and only http(s)/mailto
// links survive. Pure and dependency-free so both the server and the editor can use it.

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export type InlineNode = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };

export interface SocialPostAttrs {
  network: string;
  author: string;
  handle: string;
  text: string;
  date: string | null;
  url: string;
}

export interface ImageAttrs {
  src: string | null;
  mediaId: string | null;
  variants: number[];
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
}

export type BlockNode =
  | { type: 'paragraph'; content: InlineNode[] }
  | { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content: InlineNode[] }
  | { type: 'blockquote'; attrs: { citation: string | null }; content: BlockNode[] }
  | { type: 'bulletList'; content: ListItemNode[] }
  | { type: 'orderedList'; attrs: { start: number }; content: ListItemNode[] }
  | { type: 'horizontalRule' }
  | { type: 'socialPost'; attrs: SocialPostAttrs }
  | { type: 'image'; attrs: ImageAttrs };

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface DocumentNode {
  type: 'doc';
  content: BlockNode[];
}

/** Any node of a sanitised document. */
export type DocNode = DocumentNode | BlockNode | ListItemNode | InlineNode;

type Raw = Record<string, unknown>;

// Deeper trees are not something the editor produces; cutting them off bounds the work.
const MAX_DEPTH = 24;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_ID = /^[a-z0-9]{10,40}$/;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const children = (node: Raw): unknown[] => (Array.isArray(node.content) ? node.content : []);

function cleanString(value: unknown, max = 2_000): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().slice(0, max);
  return trimmed === '' ? null : trimmed;
}

function cleanInt(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The normalised URL when it uses an allowed protocol, else null (javascript:, data:, relative…). */
export function safeHref(value: unknown, protocols: ReadonlySet<string> = LINK_PROTOCOLS): string | null {
  const raw = cleanString(value);
  if (!raw) return null;
  try {
    // The WHATWG parser strips tabs/newlines and lower-cases the scheme exactly as a browser
    // would, so "java\tscript:" cannot slip past the check.
    const url = new URL(raw);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function sanitizeMarks(value: unknown): Mark[] {
  if (!Array.isArray(value)) return [];
  const marks: Mark[] = [];
  for (const m of value) {
    if (!isObject(m) || marks.some((x) => x.type === m.type)) continue;
    if (m.type === 'bold' || m.type === 'italic') marks.push({ type: m.type });
    if (m.type === 'link') {
      const href = isObject(m.attrs) ? safeHref(m.attrs.href) : null;
      if (href) marks.push({ type: 'link', attrs: { href } });
    }
  }
  return marks;
}

function sanitizeInline(list: unknown[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of list) {
    if (!isObject(node)) continue;
    if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    if (node.type === 'text' && typeof node.text === 'string' && node.text !== '') {
      const marks = sanitizeMarks(node.marks);
      out.push(marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    }
  }
  return out;
}

function sanitizeSocialPost(attrs: Raw): BlockNode | null {
  const url = safeHref(attrs.url, new Set(['http:', 'https:']));
  const text = cleanString(attrs.text, 5_000);
  if (!url || !text) return null;
  const date = cleanString(attrs.date, 40);
  return {
    type: 'socialPost',
    attrs: {
      network: cleanString(attrs.network, 40)?.toLowerCase() ?? '',
      author: cleanString(attrs.author, 200) ?? '',
      handle: (cleanString(attrs.handle, 200) ?? '').replace(/^@+/, ''),
      text,
      date: date && !Number.isNaN(Date.parse(date)) ? date : null,
      url,
    },
  };
}

function sanitizeImage(attrs: Raw): BlockNode | null {
  const mediaId = typeof attrs.mediaId === 'string' && MEDIA_ID.test(attrs.mediaId) ? attrs.mediaId : null;
  const src = mediaId ? null : sanitizeImageSrc(attrs.src);
  const width = cleanInt(attrs.width, 1, 20_000);
  const height = cleanInt(attrs.height, 1, 20_000);
  // Known dimensions are what keeps the page from jumping while images load.
  if ((!mediaId && !src) || !width || !height) return null;
  const variants = Array.isArray(attrs.variants)
    ? [...new Set(attrs.variants.map((v) => cleanInt(v, 16, 20_000)).filter((v): v is number => v !== null))].sort((a, b) => a - b)
    : [];
  return {
    type: 'image',
    attrs: {
      src,
      mediaId,
      variants,
      alt: cleanString(attrs.alt, 1_000) ?? '',
      caption: cleanString(attrs.caption),
      credit: cleanString(attrs.credit, 300),
      width,
      height,
    },
  };
}

/** Images come from the site's own media store or an https URL; nothing else. */
function sanitizeImageSrc(value: unknown): string | null {
  if (typeof value === 'string' && /^\/media\/[a-z0-9]{10,40}\/[0-9]{2,5}\.webp$/.test(value)) return value;
  return safeHref(value, new Set(['https:']));
}

function sanitizeListItems(list: unknown[], depth: number): ListItemNode[] {
  return list
    .filter((n): n is Raw => isObject(n) && n.type === 'listItem')
    .map((n) => ({ type: 'listItem' as const, content: sanitizeBlocks(children(n), depth + 1) }))
    .filter((n) => n.content.length > 0);
}

function sanitizeBlock(node: Raw, depth: number): BlockNode | null {
  const attrs = isObject(node.attrs) ? node.attrs : {};
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', content: sanitizeInline(children(node)) };
    case 'heading': {
      // The page owns the h1; deeper levels collapse to h4 to keep the outline sane.
      const level = Math.min(4, Math.max(2, cleanInt(attrs.level, 1, 6) ?? 2)) as 2 | 3 | 4;
      return { type: 'heading', attrs: { level }, content: sanitizeInline(children(node)) };
    }
    case 'blockquote': {
      const content = sanitizeBlocks(children(node), depth + 1);
      return content.length ? { type: 'blockquote', attrs: { citation: cleanString(attrs.citation, 500) }, content } : null;
    }
    case 'bulletList':
    case 'orderedList': {
      const items = sanitizeListItems(children(node), depth);
      if (!items.length) return null;
      if (node.type === 'bulletList') return { type: 'bulletList', content: items };
      return { type: 'orderedList', attrs: { start: cleanInt(attrs.start, 1, 100_000) ?? 1 }, content: items };
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'socialPost':
      return sanitizeSocialPost(attrs);
    case 'image':
      return sanitizeImage(attrs);
    default:
      return null;
  }
}

function sanitizeBlocks(list: unknown[], depth: number): BlockNode[] {
  if (depth > MAX_DEPTH) return [];
  const out: BlockNode[] = [];
  for (const node of list) {
    const block = isObject(node) ? sanitizeBlock(node, depth) : null;
    if (block) out.push(block);
  }
  return out;
}

/** Normalises any value into a document made only of allowed nodes, marks and attributes. */
export function sanitizeDocument(doc: unknown): DocumentNode {
  if (!isObject(doc) || doc.type !== 'doc') return { type: 'doc', content: [] };
  return { type: 'doc', content: sanitizeBlocks(children(doc), 0) };
}
