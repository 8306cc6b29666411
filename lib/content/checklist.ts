// The pre-submit checklist: what an article needs before it can go to review. Pure, so the
// editor sidebar shows the same list the server enforces on submit.

export interface ChecklistInput {
  title: string | null;
  dek: string | null;
  sectionId: string | null;
  body: unknown;
  coverImageId: string | null;
  coverCredit: string | null;
}

export interface ChecklistItem {
  id: 'title' | 'dek' | 'section' | 'paragraph' | 'imageAlt' | 'coverCredit';
  label: string;
  ok: boolean;
}

type Node = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown };

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';

function nodes(doc: unknown): Node[] {
  const out: Node[] = [];
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 32) return;
    const n = node as Node;
    out.push(n);
    if (Array.isArray(n.content)) for (const child of n.content) walk(child, depth + 1);
  };
  walk(doc, 0);
  return out;
}

function hasText(node: Node): boolean {
  return nodes(node).some((n) => n.type === 'text' && typeof n.text === 'string' && n.text.trim() !== '');
}

/** Each requirement with whether `article` meets it, in the order the sidebar shows them. */
export function preSubmitChecklist(article: ChecklistInput): ChecklistItem[] {
  const all = nodes(article.body);
  const images = all.filter((n) => n.type === 'image');
  const hasCover = filled(article.coverImageId);
  return [
    { id: 'title', label: 'Headline', ok: filled(article.title) },
    { id: 'dek', label: 'Dek (the summary under the headline)', ok: filled(article.dek) },
    { id: 'section', label: 'Section', ok: filled(article.sectionId) },
    { id: 'paragraph', label: 'At least one paragraph of body text', ok: all.some((n) => n.type === 'paragraph' && hasText(n)) },
    {
      id: 'imageAlt',
      label: 'Alt text on every image in the body',
      ok: images.every((n) => typeof n.attrs?.alt === 'string' && n.attrs.alt.trim() !== ''),
    },
    { id: 'coverCredit', label: 'Credit for the cover image', ok: !hasCover || filled(article.coverCredit) },
  ];
}

/** Labels of the requirements `article` does not meet yet (empty when ready to submit). */
export function missingForSubmit(article: ChecklistInput): string[] {
  return preSubmitChecklist(article).filter((item) => !item.ok).map((item) => item.label);
}
