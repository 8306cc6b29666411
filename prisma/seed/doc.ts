// Tiny builders for body documents, so demo content reads like prose.
// Inline syntax: **bold**, *italic*, [text](https://url).

export interface Mark {
  type: 'bold' | 'italic' | 'link';
  attrs?: { href: string };
}
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: Mark[];
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+)\)/g;

export function inline(source: string): DocNode[] {
  const nodes: DocNode[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    if (m.index > last) nodes.push({ type: 'text', text: source.slice(last, m.index) });
    if (m[1]) nodes.push({ type: 'text', text: m[1], marks: [{ type: 'bold' }] });
    else if (m[2]) nodes.push({ type: 'text', text: m[2], marks: [{ type: 'italic' }] });
    else nodes.push({ type: 'text', text: m[3], marks: [{ type: 'link', attrs: { href: m[4] } }] });
    last = m.index + m[0].length;
  }
  if (last < source.length) nodes.push({ type: 'text', text: source.slice(last) });
  return nodes;
}

export const p = (text: string): DocNode => ({ type: 'paragraph', content: inline(text) });
export const h2 = (text: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: inline(text) });
export const h3 = (text: string): DocNode => ({ type: 'heading', attrs: { level: 3 }, content: inline(text) });

/** A block quote of a public statement; `citation` names who said it and where. */
export const quote = (text: string, citation?: string): DocNode => ({
  type: 'blockquote',
  attrs: citation ? { citation } : {},
  content: [p(text)],
});

const list = (type: string, items: string[]): DocNode => ({
  type,
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
export const ul = (items: string[]) => list('bulletList', items);
export const ol = (items: string[]) => list('orderedList', items);
export const hr = (): DocNode => ({ type: 'horizontalRule' });

export interface SocialPostAttrs {
  network: 'x' | 'instagram' | 'bluesky' | 'tiktok' | 'mastodon' | 'threads';
  author: string;
  handle: string;
  text: string;
  /** ISO date, e.g. "2026-10-03". */
  date: string;
  url: string;
}
/** A quoted social post, rendered on the reader site as a static card linking out. */
export const social = (attrs: SocialPostAttrs): DocNode => ({ type: 'socialPost', attrs: { ...attrs } });

export const doc = (content: DocNode[]): DocNode => ({ type: 'doc', content });
