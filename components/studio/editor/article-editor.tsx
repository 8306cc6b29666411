'use client';
// The article editor: every field of the article, the rich-text body, live checklist, word
// count, autosave with conflict handling and presence.
import type { JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countWords, documentText, readingMinutes } from '@/lib/content/doc-text';
import { isValidSlug, slugify } from '@/lib/content/slug';
import { BodyEditor } from './body-editor';
import { ChecklistPanel } from './checklist-panel';
import { CoAuthorsField } from './coauthors-field';
import { ConflictPanel } from './conflict-panel';
import { CoverImageField } from './cover-image-field';
import { EditorNotices } from './editor-notices';
import { controlClass } from './field-styles';
import { PresenceIndicator } from './presence-indicator';
import { SaveStatusText } from './save-status';
import { SectionSelect, type SectionOption } from './section-select';
import { SeoFields } from './seo-fields';
import { ShortcutHelp } from './shortcut-help';
import { SlugField } from './slug-field';
import { TagsField } from './tags-field';
import type { EditorArticle, EditorFields, Option } from './types';
import { useAutosave } from './use-autosave';

interface ArticleEditorProps {
  article: EditorArticle;
  sections: SectionOption[];
  tags: Option[];
  staff: Option[];
  /** Server-rendered panels for the sidebar (the workflow panel). */
  sidebar?: React.ReactNode;
}

export function ArticleEditor({ article, sections, tags, staff, sidebar }: ArticleEditorProps) {
  const editable = article.canEdit && !article.trashed;
  const [fields, setFields] = useState<EditorFields>(() => pickFields(article));
  const [body, setBody] = useState<JSONContent>(article.body);
  // The body editor owns its document after the first render; a server refresh must not reset it.
  const [initialBody] = useState<JSONContent>(article.body);
  // A slug that differs from the headline's was chosen by hand (or published): keep it.
  const [slugTouched, setSlugTouched] = useState(article.editingPending || article.slug !== slugify(article.title));
  const savedSlug = useRef(article.slug);
  const latest = useRef({ fields, body, slugTouched });
  useEffect(() => {
    latest.current = { fields, body, slugTouched };
  }, [fields, body, slugTouched]);

  const getInput = useCallback(() => {
    const { fields: f, body: b, slugTouched: touched } = latest.current;
    // An unfinished slug must not block saving the text: send the last saved one instead.
    const slug = touched ? (isValidSlug(f.slug) ? f.slug : savedSlug.current) : '';
    return {
      title: f.title, dek: f.dek, body: b, sectionId: f.sectionId, slug, tagIds: f.tagIds, coAuthorIds: f.coAuthorIds,
      coverImageId: f.coverImageId, coverAlt: f.coverAlt, coverCredit: f.coverCredit,
      excerpt: f.excerpt, seoTitle: f.seoTitle, seoDescription: f.seoDescription,
    };
  }, []);

  const autosave = useAutosave({
    articleId: article.id,
    initialVersion: article.version,
    enabled: editable,
    getInput,
    onSaved: (result) => {
      if (result.slug) savedSlug.current = result.slug;
    },
  });
  const { markDirty, adoptVersion } = autosave;
  // A workflow step (submit, claim…) refreshes the page with a newer version: build on it.
  useEffect(() => {
    adoptVersion(article.version);
  }, [adoptVersion, article.version]);

  const update = useCallback(
    (patch: Partial<EditorFields>) => {
      setFields((f) => ({ ...f, ...patch }));
      markDirty();
    },
    [markDirty],
  );
  const onBodyChange = useCallback(
    (doc: JSONContent) => {
      setBody(doc);
      markDirty();
    },
    [markDirty],
  );

  const text = useMemo(() => documentText(body), [body]);
  const words = countWords(text);
  const status = autosave.status;
  const fieldError = (name: string) => (status.kind === 'error' ? status.fieldErrors[name]?.join(' ') : undefined);

  return (
    <div className="grid gap-8 max-lg:pb-28 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-6">
        <EditorNotices article={article} />
        {status.kind === 'conflict' ? (
          <ConflictPanel
            articleId={article.id}
            message={status.message}
            currentVersion={status.currentVersion}
            mine={() => ({ title: latest.current.fields.title, dek: latest.current.fields.dek, bodyText: documentText(latest.current.body) })}
            onOverwrite={autosave.overwrite}
          />
        ) : null}
        <div>
          <label htmlFor="article-title" className="block text-sm font-medium">
            Title
          </label>
          <textarea
            id="article-title"
            rows={2}
            maxLength={200}
            value={fields.title}
            disabled={!editable}
            onChange={(e) => update({ title: e.target.value.replace(/\n/g, ' ') })}
            className={`${controlClass} mt-1 font-serif text-2xl font-bold`}
          />
          {fieldError('title') ? <p className="mt-1 text-sm text-accent-700 dark:text-accent-300">{fieldError('title')}</p> : null}
        </div>
        <div>
          <label htmlFor="article-dek" className="block text-sm font-medium">
            Dek
          </label>
          <textarea
            id="article-dek"
            rows={2}
            maxLength={400}
            value={fields.dek}
            disabled={!editable}
            onChange={(e) => update({ dek: e.target.value })}
            className={`${controlClass} mt-1 font-serif text-lg`}
            aria-describedby="article-dek-hint"
          />
          <p id="article-dek-hint" className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            One or two sentences under the headline.
          </p>
        </div>
        <div>
          <p id="article-body-label" className="text-sm font-medium">
            Body
          </p>
          <div className="mt-1">
            <BodyEditor initial={initialBody} labelId="article-body-label" editable={editable} onChange={onBodyChange} />
          </div>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="word-count">
            {words} {words === 1 ? 'word' : 'words'} · {readingMinutes(words)} min read
          </p>
          <ShortcutHelp />
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <SectionSelect sections={sections} value={fields.sectionId} disabled={!editable} onChange={(sectionId) => update({ sectionId })} />
          <SlugField
            articleId={article.id}
            sectionId={fields.sectionId}
            value={fields.slug}
            generated={slugify(fields.title)}
            touched={slugTouched}
            disabled={!editable}
            onChange={(slug, touched) => {
              setSlugTouched(touched);
              update({ slug });
            }}
          />
          <TagsField tags={tags} value={fields.tagIds} disabled={!editable} onChange={(tagIds) => update({ tagIds })} />
          <CoAuthorsField
            staff={staff}
            creatorId={article.createdById}
            creatorName={article.creatorName}
            value={fields.coAuthorIds}
            disabled={!editable}
            onChange={(coAuthorIds) => update({ coAuthorIds })}
          />
        </div>
        <CoverImageField value={fields} disabled={!editable} onChange={update} />
        <SeoFields value={fields} disabled={!editable} onChange={update} />
      </div>
      <aside aria-label="Article status" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        {/* On small screens the save state stays in view, pinned to the bottom edge. */}
        <div className="space-y-2 rounded border border-zinc-300 bg-white p-4 max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-20 max-lg:flex max-lg:flex-wrap max-lg:items-center max-lg:gap-x-4 max-lg:space-y-0 max-lg:rounded-none max-lg:border-x-0 max-lg:border-b-0 max-lg:px-4 max-lg:py-2 dark:border-zinc-700 dark:bg-zinc-950">
          <SaveStatusText status={status} lastSavedAt={autosave.lastSavedAt} />
          {editable ? (
            <button
              type="button"
              onClick={() => void autosave.save('MANUAL')}
              disabled={status.kind === 'conflict' || status.kind === 'saving'}
              className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
            >
              Save
            </button>
          ) : null}
          <PresenceIndicator articleId={article.id} />
        </div>
        <ChecklistPanel article={{ ...fields, body }} />
        {sidebar}
      </aside>
    </div>
  );
}

function pickFields(a: EditorArticle): EditorFields {
  const { title, dek, sectionId, slug, tagIds, coAuthorIds, coverImageId, cover, coverAlt, coverCredit, excerpt, seoTitle, seoDescription } = a;
  return { title, dek, sectionId, slug, tagIds, coAuthorIds, coverImageId, cover, coverAlt, coverCredit, excerpt, seoTitle, seoDescription };
}
