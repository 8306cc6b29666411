// The studio's role matrix: every role × every function of the writing data layer, its
// action runners and server actions, allow and deny. A deny must leave the database unchanged.
// The main role matrix's coverage check also accepts the ROWS keys listed here.
import sharp from 'sharp';
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';
import * as articleActions from '@/lib/actions/articles';
import * as run from '@/lib/actions/run-articles';
import * as mediaLibrary from '@/lib/data/media-library';
import * as presence from '@/lib/data/presence';
import * as preview from '@/lib/data/preview';
import * as revisions from '@/lib/data/revisions';
import * as studio from '@/lib/data/studio-articles';
import * as editorActions from '@/components/studio/editor/actions';
import { describeRows, OWNER, STAFF, WHO, type MatrixRow, type Who } from './role-matrix-harness';
import { createStaff, formData } from './users-fixtures';

let currentActor: Actor | null = null;
jest.mock('@/lib/auth/session', () => ({
  getCurrentActor: async () => currentActor,
  readSessionClaims: async () => null,
  SESSION_COOKIES: [],
}));

const db = createDb(process.env.DATABASE_URL!, 2);


let actors: Record<Who, Actor | null>;
let sectionId: string;
let png: Buffer;

interface Fx {
  id: string;
  version: number;
  revisionId: string;
  linkId: string;
  token: string;
  mediaId: string;
}

type Row = MatrixRow<Fx>;

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const input = (title = 'Matrix draft') => ({ title, dek: 'Dek', body: doc('Body text.'), sectionId });

/** A draft by `writer` with one revision and one preview link. */
async function article(): Promise<Fx> {
  const { id, version } = await studio.createDraft(actors.writer, input(`Matrix ${Math.random().toString(36).slice(2)}`));
  const revision = await db.revision.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
  const link = await preview.createPreviewLink(actors.writer, id);
  return { id, version, revisionId: revision.id, linkId: link.id, token: link.token, mediaId: '' };
}
const trashed = async () => {
  const fx = await article();
  await studio.trashArticle(actors.writer, fx.id);
  return { ...fx, version: fx.version + 1 };
};
const withMedia = async (): Promise<Fx> => {
  const media = await mediaLibrary.uploadImage(actors.writer, png, { alt: 'Matrix', credit: 'Matrix' });
  return { id: '', version: 0, revisionId: '', linkId: '', token: '', mediaId: media.id };
};
const articleRows = async (fx: Fx) =>
  Promise.all([
    db.article.findUniqueOrThrow({ where: { id: fx.id }, include: { authors: true, tags: true } }),
    db.revision.findMany({ where: { articleId: fx.id }, orderBy: { id: 'asc' } }),
    db.articleEvent.count({ where: { articleId: fx.id } }),
    db.previewToken.findMany({ where: { articleId: fx.id }, orderBy: { id: 'asc' } }),
    db.editorPresence.count({ where: { articleId: fx.id } }),
  ]);
const ownedBy = () =>
  db.article.count({ where: { createdById: { in: Object.values(actors).filter(Boolean).map((a) => a!.id) } } });
const mediaRows = (fx: Fx) =>
  db.media.findMany({
    where: { OR: [{ id: fx.mediaId ?? '' }, { uploadedById: { in: Object.values(actors).filter(Boolean).map((a) => a!.id) } }] },
    orderBy: { id: 'asc' },
  });

function runner(allow: Who[], fn: (a: Actor | null, f: FormData) => Promise<unknown>, form: (fx: Fx) => FormData, extra: Partial<Row> = {}): Row {
  return { allow, form, call: (a, fx) => fn(a, form(fx)), ...extra };
}

const previewRows = (mod: typeof preview, prefix: string): Record<string, Row> => ({
  [`${prefix}#getStaffPreview`]: { allow: OWNER, setup: article, call: (a, fx) => mod.getStaffPreview(a, fx.id) },
  [`${prefix}#createPreviewLink`]: { allow: OWNER, setup: article, call: (a, fx) => mod.createPreviewLink(a, fx.id), snapshot: articleRows },
  [`${prefix}#listPreviewLinks`]: { allow: OWNER, setup: article, call: (a, fx) => mod.listPreviewLinks(a, fx.id) },
  [`${prefix}#revokePreviewLink`]: { allow: OWNER, setup: article, call: (a, fx) => mod.revokePreviewLink(a, fx.linkId), snapshot: articleRows },
  // The token is the proof: anyone holding it sees the preview, signed in or not.
  [`${prefix}#findPreviewByToken`]: {
    allow: WHO, setup: article,
    call: async (_a, fx) => {
      if (!(await mod.findPreviewByToken(fx.token))) throw new Error('a valid token must open the preview');
    },
  },
});

const ROWS: Record<string, Row> = {
  'data/studio-articles#createDraft': { allow: STAFF, call: (a) => studio.createDraft(a, input()), snapshot: ownedBy },
  'data/studio-articles#getArticleForEdit': { allow: OWNER, setup: article, call: (a, fx) => studio.getArticleForEdit(a, fx.id) },
  'data/studio-articles#saveArticle': {
    allow: OWNER, setup: article, snapshot: articleRows,
    call: (a, fx) => studio.saveArticle(a, fx.id, input('Saved by matrix'), { expectedVersion: fx.version, kind: 'MANUAL' }),
  },
  'data/studio-articles#listDashboardArticles': { allow: STAFF, call: (a) => studio.listDashboardArticles(a, { page: 1 }) },
  'data/studio-articles#isSlugAvailable': { allow: STAFF, call: (a) => studio.isSlugAvailable(a, sectionId, 'matrix-free-slug') },
  'data/studio-articles#trashArticle': { allow: OWNER, setup: article, call: (a, fx) => studio.trashArticle(a, fx.id), snapshot: articleRows },
  'data/studio-articles#restoreFromTrash': { allow: OWNER, setup: trashed, call: (a, fx) => studio.restoreFromTrash(a, fx.id), snapshot: articleRows },
  ...previewRows(studio as unknown as typeof preview, 'data/studio-articles'),
  ...previewRows(preview, 'data/preview'),
  'data/revisions#listRevisions': { allow: OWNER, setup: article, call: (a, fx) => revisions.listRevisions(a, fx.id) },
  'data/revisions#getRevision': { allow: OWNER, setup: article, call: (a, fx) => revisions.getRevision(a, fx.id, fx.revisionId) },
  'data/revisions#restoreRevision': {
    allow: OWNER, setup: article, snapshot: articleRows, call: (a, fx) => revisions.restoreRevision(a, fx.id, fx.revisionId, fx.version),
  },
  'data/presence#touchPresence': { allow: OWNER, setup: article, call: (a, fx) => presence.touchPresence(a, fx.id), snapshot: articleRows },
  'data/media-library#uploadImage': { allow: STAFF, call: (a) => mediaLibrary.uploadImage(a, png), snapshot: mediaRows },
  'data/media-library#listMedia': { allow: STAFF, call: (a) => mediaLibrary.listMedia(a, { page: 1 }) },
  'data/media-library#updateMediaDetails': {
    allow: OWNER, setup: withMedia, snapshot: mediaRows, call: (a, fx) => mediaLibrary.updateMediaDetails(a, fx.mediaId, { alt: 'Changed', credit: 'Changed' }),
  },
  'actions/run-articles#runCreateDraft': runner(STAFF, run.runCreateDraft, () => formData({ title: 'Matrix form', sectionId, body: JSON.stringify(doc('x')) }), { snapshot: ownedBy }),
  'actions/run-articles#runSaveArticle': runner(
    OWNER, run.runSaveArticle,
    (fx) => formData({ id: fx.id, expectedVersion: String(fx.version), title: 'Form save', dek: '', sectionId: '', body: JSON.stringify(doc('Form body')) }),
    { setup: article, snapshot: articleRows },
  ),
  'actions/run-articles#runTrashArticle': runner(OWNER, run.runTrashArticle, (fx) => formData({ id: fx.id }), { setup: article, snapshot: articleRows }),
  'actions/run-articles#runRestoreFromTrash': runner(OWNER, run.runRestoreFromTrash, (fx) => formData({ id: fx.id }), { setup: trashed, snapshot: articleRows }),
  'actions/run-articles#runRestoreRevision': runner(
    OWNER, run.runRestoreRevision, (fx) => formData({ articleId: fx.id, revisionId: fx.revisionId, expectedVersion: String(fx.version) }),
    { setup: article, snapshot: articleRows },
  ),
  'actions/run-articles#runCreatePreviewLink': runner(OWNER, run.runCreatePreviewLink, (fx) => formData({ articleId: fx.id, hours: '24' }), { setup: article, snapshot: articleRows }),
  'actions/run-articles#runRevokePreviewLink': runner(OWNER, run.runRevokePreviewLink, (fx) => formData({ linkId: fx.linkId }), { setup: article, snapshot: articleRows }),
  'actions/run-articles#runUpdateMediaDetails': runner(OWNER, run.runUpdateMediaDetails, (fx) => formData({ id: fx.mediaId, alt: 'A', credit: 'C' }), { setup: withMedia, snapshot: mediaRows }),
};

/** Server actions run the same check as their runner, with the actor from the (mocked) session. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ACTIONS: Record<string, [string, (...args: any[]) => Promise<unknown>]> = {
  'actions/articles#createDraftAction': ['actions/run-articles#runCreateDraft', articleActions.createDraftAction],
  'actions/articles#saveArticleAction': ['actions/run-articles#runSaveArticle', articleActions.saveArticleAction],
  'actions/articles#trashArticleAction': ['actions/run-articles#runTrashArticle', articleActions.trashArticleAction],
  'actions/articles#restoreFromTrashAction': ['actions/run-articles#runRestoreFromTrash', articleActions.restoreFromTrashAction],
  'actions/articles#restoreRevisionAction': ['actions/run-articles#runRestoreRevision', articleActions.restoreRevisionAction],
  'actions/articles#createPreviewLinkAction': ['actions/run-articles#runCreatePreviewLink', articleActions.createPreviewLinkAction],
  'actions/articles#revokePreviewLinkAction': ['actions/run-articles#runRevokePreviewLink', articleActions.revokePreviewLinkAction],
  'actions/articles#updateMediaDetailsAction': ['actions/run-articles#runUpdateMediaDetails', articleActions.updateMediaDetailsAction],
};
for (const [name, [runnerName, action]] of Object.entries(ACTIONS)) {
  const row = ROWS[runnerName];
  ROWS[name] = {
    ...row,
    call: (actor, fx) => {
      currentActor = actor;
      return action({ ok: false }, row.form!(fx));
    },
  };
}

/** The editor's quiet actions answer denials with an empty result or an error text. */
const asActor = async <T,>(actor: Actor | null, run: () => Promise<T>) => {
  currentActor = actor;
  return run();
};
Object.assign(ROWS, {
  'components/studio/editor/actions#checkSlugAction': {
    allow: STAFF,
    call: async (a: Actor | null) => {
      const { available } = await asActor(a, () => editorActions.checkSlugAction(sectionId, `matrix-free-${Date.now()}`, 'new-article-id'));
      return { ok: available, message: available ? '' : 'No answer without permission.' };
    },
  },
  'components/studio/editor/actions#touchPresenceAction': {
    allow: OWNER, setup: article, snapshot: articleRows,
    call: async (a: Actor | null, fx: Fx) => {
      await asActor(a, () => editorActions.touchPresenceAction(fx.id));
      const marked = a ? await db.editorPresence.count({ where: { articleId: fx.id, userId: a.id } }) : 0;
      return { ok: marked === 1, message: marked ? '' : 'Not marked without permission.' };
    },
  },
  'components/studio/editor/actions#loadCurrentVersionAction': {
    allow: OWNER, setup: article,
    call: async (a: Actor | null, fx: Fx) => {
      const result = await asActor(a, () => editorActions.loadCurrentVersionAction(fx.id));
      return 'error' in result ? { ok: false, message: result.error } : { ok: result.version === fx.version, message: '' };
    },
  },
  'components/studio/editor/actions#listLibraryImagesAction': {
    allow: STAFF,
    call: async (a: Actor | null) => {
      const result = await asActor(a, () => editorActions.listLibraryImagesAction('', 1));
      return 'error' in result ? { ok: false, message: result.error } : { ok: true, message: '' };
    },
  },
} satisfies Record<string, Row>);


beforeAll(async () => {
  const writer = await createStaff(db, 'WRITER');
  const otherWriter = await createStaff(db, 'WRITER');
  const editor = await createStaff(db, 'EDITOR');
  const admin = await createStaff(db, 'ADMIN');
  const deactivated = await createStaff(db, 'ADMIN', { active: false });
  actors = { anonymous: null, writer, otherWriter, editor, admin, deactivated };
  sectionId = (await db.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true } })).id;
  png = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#334155' } }).png().toBuffer();
});

afterAll(() => db.$disconnect());

describe('studio role matrix', () => {
  it('has a row for every exported function of the studio modules', () => {
    const modules: Record<string, object> = {
      'data/studio-articles': studio, 'data/revisions': revisions, 'data/preview': preview, 'data/presence': presence,
      'data/media-library': mediaLibrary, 'actions/run-articles': run, 'actions/articles': articleActions,
      'components/studio/editor/actions': editorActions,
    };
    const missing = Object.entries(modules).flatMap(([prefix, mod]) =>
      Object.entries(mod).filter(([, v]) => typeof v === 'function').map(([name]) => `${prefix}#${name}`).filter((key) => !ROWS[key]),
    );
    expect(missing).toEqual([]);
  });

  describeRows(ROWS, () => actors);
});
