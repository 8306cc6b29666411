// The article editor's input: what createDraft/saveArticle accept, from a form, the autosave
// route or a test. Only these fields are ever read (mass assignment is impossible).
import { z } from 'zod';
import { ConflictError, ValidationError } from '@/lib/errors';

const id = z.string().trim().max(40);

export const articleInputSchema = z.object({
  title: z.string().trim().max(200, 'Keep the headline under 200 characters.'),
  dek: z.string().trim().max(400, 'Keep the dek under 400 characters.').optional().default(''),
  /** TipTap JSON; sanitized server-side with sanitizeDocument before it is stored. */
  body: z.unknown(),
  /** '' = not chosen yet (refused when creating: every article lives in a section). */
  sectionId: id.optional().default(''),
  /** '' = derive from the title. */
  slug: z.string().trim().max(120, 'Keep the slug under 80 characters.').optional().default(''),
  tagIds: z.array(id).max(20, 'Use at most 20 tags.').default([]),
  /** In byline order, without the creator, who always comes first. */
  coAuthorIds: z.array(id).max(10, 'Use at most 10 co-authors.').default([]),
  coverImageId: id.nullable().default(null),
  coverAlt: z.string().trim().max(300, 'Keep the alt text under 300 characters.').default(''),
  coverCredit: z.string().trim().max(200, 'Keep the credit under 200 characters.').default(''),
  excerpt: z.string().trim().max(500, 'Keep the excerpt under 500 characters.').default(''),
  seoTitle: z.string().trim().max(200, 'Keep the SEO title under 200 characters.').default(''),
  seoDescription: z.string().trim().max(300, 'Keep the SEO description under 300 characters.').default(''),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;
/** What callers may pass: defaults fill the rest. */
export type ArticleInputDraft = z.input<typeof articleInputSchema>;

export const saveKindSchema = z.enum(['MANUAL', 'AUTOSAVE']);
export type SaveKind = z.infer<typeof saveKindSchema>;

/** Body of PUT /api/studio/articles/[id]. */
export const saveRequestSchema = z.object({
  input: articleInputSchema,
  expectedVersion: z.number().int().min(1),
  kind: saveKindSchema.default('AUTOSAVE'),
});

/** Largest stored body document (serialized), far above any real article. */
export const MAX_BODY_JSON_BYTES = 1_000_000;

/** Zod issues as `{ field: [messages] }`, keyed by the first path segment. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses editor input; throws ValidationError with field errors. Unknown keys are dropped. */
export function parseArticleInput(raw: unknown): ArticleInput {
  const result = articleInputSchema.safeParse(raw);
  if (!result.success) throw new ValidationError('Some fields need attention.', fieldErrorsOf(result.error));
  // A missing or malformed body must never be saved as an empty one (that would lose text).
  const body = result.data.body as { type?: unknown } | null;
  if (!body || typeof body !== 'object' || body.type !== 'doc') {
    throw new ValidationError('The body could not be read.', { body: ['The body could not be read. Reload the page and try again.'] });
  }
  const bytes = JSON.stringify(body).length;
  if (bytes > MAX_BODY_JSON_BYTES) {
    throw new ValidationError('The body is too long to save.', { body: ['The body is too long to save. Split the article.'] });
  }
  return result.data;
}

/**
 * The editor form as schema input: text fields by name, `body` as a JSON string, `tagIds`
 * and `coAuthorIds` as repeated fields (or one JSON array), an empty `coverImageId` as none.
 */
export function articleInputFromForm(formData: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const v = formData.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  const list = (key: string) => {
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    if (values.length === 1 && values[0].startsWith('[')) return parseJson(values[0]) ?? [];
    return values.filter((v) => v !== '');
  };
  const rawBody = text('body');
  const out: Record<string, unknown> = {
    body: rawBody === undefined || rawBody === '' ? { type: 'doc', content: [] } : parseJson(rawBody),
    tagIds: list('tagIds'),
    coAuthorIds: list('coAuthorIds'),
    coverImageId: text('coverImageId') || null,
  };
  for (const key of ['title', 'dek', 'sectionId', 'slug', 'coverAlt', 'coverCredit', 'excerpt', 'seoTitle', 'seoDescription']) {
    const v = text(key);
    if (v !== undefined) out[key] = v;
  }
  out.title ??= '';
  return out;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** A save based on a version someone else has replaced; carries the version to reload. */
export class VersionConflictError extends ConflictError {
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
    this.name = 'VersionConflictError';
  }
}

const nullableText = z.string().nullable().catch(null);

/** A stored revision snapshot or pending draft (the object snapshotOf() in lib/data/workflow.ts writes). */
export const articleSnapshotSchema = z.object({
  title: z.string().catch(''),
  dek: nullableText,
  body: z.unknown(),
  slug: z.string().catch(''),
  sectionId: z.string().catch(''),
  excerpt: nullableText,
  seoTitle: nullableText,
  seoDescription: nullableText,
  coverImageId: nullableText,
  coverAlt: nullableText,
  coverCredit: nullableText,
  authorIds: z.array(z.string()).catch([]),
  tagIds: z.array(z.string()).catch([]),
});

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

/** The snapshot in `json`, or null when there is none. */
export function parseSnapshot(json: unknown): ArticleSnapshot | null {
  if (!json || typeof json !== 'object') return null;
  const result = articleSnapshotSchema.safeParse(json);
  return result.success ? result.data : null;
}

/** Editor input that reproduces `snapshot` exactly (used to restore a revision). */
export function snapshotToInput(snapshot: ArticleSnapshot, createdById: string): ArticleInput {
  return {
    title: snapshot.title,
    dek: snapshot.dek ?? '',
    body: snapshot.body,
    sectionId: snapshot.sectionId,
    slug: snapshot.slug,
    tagIds: snapshot.tagIds,
    coAuthorIds: snapshot.authorIds.filter((id) => id !== createdById),
    coverImageId: snapshot.coverImageId,
    coverAlt: snapshot.coverAlt ?? '',
    coverCredit: snapshot.coverCredit ?? '',
    excerpt: snapshot.excerpt ?? '',
    seoTitle: snapshot.seoTitle ?? '',
    seoDescription: snapshot.seoDescription ?? '',
  };
}
