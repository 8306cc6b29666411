// Plain text of a body document: feeds search, word count and reading time.

interface TextNode {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'socialPost', 'image', 'codeBlock']);

export function documentText(doc: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as TextNode;
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'hardBreak') out.push(' ');
    if (n.type === 'socialPost' && typeof n.attrs?.text === 'string') out.push(n.attrs.text);
    if (n.type === 'image' && typeof n.attrs?.caption === 'string') out.push(n.attrs.caption);
    if (Array.isArray(n.content)) n.content.forEach(walk);
    if (typeof n.type === 'string' && BLOCKS.has(n.type)) out.push('\n');
  };
  walk(doc);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu);
  return words ? words.length : 0;
}

/** Minutes at 230 words a minute, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
