// The role matrix: every role × every non-public data-layer function, action runner and
// server action, allow and deny. A deny must leave the database unchanged. A new export in
// lib/data/*.ts or lib/actions/*.ts without a row here (or in PUBLIC_READS) fails the test.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { createDb } from '@/lib/db';
import * as profileActions from '@/lib/actions/profile';
import * as runProfile from '@/lib/actions/run-profile';
import * as runTaxonomy from '@/lib/actions/run-taxonomy';
import * as runUsers from '@/lib/actions/run-users';
import * as taxonomyActions from '@/lib/actions/taxonomy';
import * as userActions from '@/lib/actions/users';
import * as editorOptions from '@/lib/data/editor-options';
import * as media from '@/lib/data/media';
import * as taxonomy from '@/lib/data/taxonomy';
import * as users from '@/lib/data/users';
import { ADMINS, describeRows, EDITORS, STAFF, type MatrixRow, type Who } from './role-matrix-harness';
import { createStaff, formData, TEST_PASSWORD, uniq } from './users-fixtures';

let currentActor: Actor | null = null;
jest.mock('@/lib/auth/session', () => ({
  getCurrentActor: async () => currentActor,
  readSessionClaims: async () => null,
  SESSION_COOKIES: [],
}));

const db = createDb(process.env.DATABASE_URL!, 2);

/**
 * Exports that need no actor: public reads (filtered to published content themselves),
 * pure helpers, and entry points whose proof is something other than a session.
 */
const PUBLIC_READS = new Set([
  // Public reads and pure helpers owned by the reader-site pages.
  'data/article-page#summarize', 'data/article-page#findPublishedArticle', 'data/article-page#findRelatedArticles', 'data/article-page#findRelatedArticlesAt',
  'data/article-page#findArticleForSocialImage', 'data/article-page#recordArticleView',
  'data/articles#findLatestArticles',
  'data/authors#socialLinks', 'data/authors#requirePageNumber', 'data/authors#findPublicArticlePage', 'data/authors#countPublicArticles',
  'data/authors#findAuthorProfile', 'data/authors#findAuthorArticles',
  'data/feeds#isSlug', 'data/feeds#sectionPathFromSegments', 'data/feeds#findFeedItems', 'data/feeds#findSitemapEntries',
  'data/feeds#findNewsSitemapEntries',
  'data/front-page#findFrontPage', 'data/front-page#findMostRead',
  'data/health#isDatabaseReachable',
  'data/routing#findRouteDecision', 'data/routing#getRouteDecision',
  'data/search#normalizeSearchQuery', 'data/search#splitHighlights', 'data/search#findSearchResults',
  'data/section-page#findSectionByPath', 'data/section-page#findSectionArticles',
  'data/sections#findSectionNav',
  'data/shapes#articlePath', 'data/shapes#findCardsInOrder', 'data/shapes#toMediaImage', 'data/shapes#toArticleCard',
  'data/shapes#cardRowsJson', 'data/shapes#cardsFromJson',
  'data/tags#findTag', 'data/tags#findTagArticles',
  // Sign-in: the credentials or the signed session token are the proof.
  'data/auth#lockoutDelayMs', 'data/auth#loginRetryAfterSeconds', 'data/auth#authenticate',
  'data/auth#loadSessionActor', 'data/auth#endSession',
  // One-time set-password links: the token is the proof (tested in users-admin.test.ts).
  'data/users#findSetPasswordLink', 'data/users#setPasswordWithToken',
  'actions/run-auth#runSetPassword', 'actions/auth#setPasswordAction',
  // Acts only on the caller's own cookie (tested in auth-session.test.ts and the browser).
  'actions/auth#signOutAction',
]);


let actors: Record<Who, Actor | null>;
let passwordHash: string;

type Row<F = Record<string, string>> = MatrixRow<F>;

/** A row for a `runX(actor, formData)` runner. */
function runner<F>(
  allow: Who[],
  run: (actor: Actor | null, form: FormData) => Promise<unknown>,
  form: (fx: F) => FormData,
  extra: { setup?: () => Promise<F>; snapshot?: (fx: F) => Promise<unknown> } = {},
): Row<F> {
  return { allow, form, call: (a, fx) => run(a, form(fx)), ...extra };
}

const actorRows = () =>
  db.user.findMany({
    where: { id: { in: Object.values(actors).filter(Boolean).map((a) => a!.id) } },
    orderBy: { id: 'asc' },
    select: { id: true, name: true, slug: true, role: true, active: true, sessionVersion: true, passwordHash: true, avatarId: true, bio: true },
  });

const newTarget = async () => ({ id: (await createStaff(db, 'WRITER')).id });
const userRow = (fx: { id: string }) =>
  db.user.findUnique({ where: { id: fx.id }, select: { role: true, active: true, sessionVersion: true, passwordHash: true } });
const tokensOf = (fx: { id: string }) => db.setPasswordToken.findMany({ where: { userId: fx.id }, select: { id: true } });

const newSection = async () => {
  const slug = `mx-${uniq()}`;
  const s = await db.section.create({ data: { name: 'Matrix', slug, path: slug }, select: { id: true } });
  sectionsToClean.push(s.id);
  return { id: s.id, slug };
};
const sectionRows = (fx: { id: string; slug: string }) =>
  db.section.findMany({ where: { OR: [{ id: fx.id }, { parentId: fx.id }, { slug: { startsWith: fx.slug } }] }, orderBy: { id: 'asc' } });
const newFamily = async () => {
  const parent = await newSection();
  for (const slug of ['a', 'b']) {
    const s = await db.section.create({ data: { name: slug, slug, path: `${parent.slug}/${slug}`, parentId: parent.id, position: slug === 'a' ? 0 : 1 }, select: { id: true } });
    sectionsToClean.unshift(s.id);
  }
  const b = await db.section.findUniqueOrThrow({ where: { path: `${parent.slug}/b` }, select: { id: true } });
  return { ...parent, childId: b.id };
};
const newTag = async () => {
  const slug = `mx-${uniq()}`;
  const t = await db.tag.create({ data: { name: 'Matrix', slug }, select: { id: true } });
  return { id: t.id, slug };
};
const tagRows = (fx: { id: string; slug: string }) => db.tag.findMany({ where: { OR: [{ id: fx.id }, { slug: { startsWith: fx.slug } }] }, orderBy: { id: 'asc' } });
const fresh = async () => ({ slug: `mx-${uniq()}` });
const resetPasswords = async () => {
  await db.user.updateMany({ where: { id: { in: STAFF.concat('deactivated').map((w) => actors[w]!.id) } }, data: { passwordHash } });
  return {};
};
const sectionsToClean: string[] = [];
let png: Buffer;

const profileForm = (slug: string) =>
  formData({ name: 'Matrix Name', slug, jobTitle: '', bio: 'Matrix bio', website: '', linkedinUrl: '', xHandle: '', instagramHandle: '', tiktokHandle: '', blueskyHandle: '' });
const passwordForm = () => formData({ currentPassword: TEST_PASSWORD, password: 'matrix-new-password-1', confirm: 'matrix-new-password-1' });
const sectionForm = (fx: { slug: string }, extra: Record<string, string> = {}) => formData({ name: 'Matrix', slug: `${fx.slug}-x`, description: '', parentId: '', ...extra });

/** Rows for data functions and runners; action rows are derived from the runner rows. */
// Rows have different fixture types; each row is consistent within itself.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ROWS: Record<string, Row<any>> = {
  // lib/data/users.ts
  'data/users#listUsers': { allow: ADMINS, call: (a) => users.listUsers(a) },
  'data/users#createUser': {
    allow: ADMINS, setup: fresh,
    call: (a, fx) => users.createUser(a, { name: 'Matrix', email: `${fx.slug}@byline.local`, role: 'ADMIN' }),
    snapshot: (fx) => db.user.findMany({ where: { email: `${fx.slug}@byline.local` } }),
  },
  'data/users#issueSetPasswordLink': { allow: ADMINS, setup: newTarget, call: (a, fx) => users.issueSetPasswordLink(a, fx.id), snapshot: tokensOf },
  'data/users#changeUserRole': { allow: ADMINS, setup: newTarget, call: (a, fx) => users.changeUserRole(a, fx.id, 'ADMIN'), snapshot: userRow },
  'data/users#setUserActive': { allow: ADMINS, setup: newTarget, call: (a, fx) => users.setUserActive(a, fx.id, false), snapshot: userRow },
  'data/users#signOutEverywhere': { allow: ADMINS, setup: newTarget, call: (a, fx) => users.signOutEverywhere(a, fx.id), snapshot: userRow },
  'data/users#getOwnProfile': { allow: STAFF, call: (a) => users.getOwnProfile(a) },
  'data/users#updateOwnProfile': {
    allow: STAFF, setup: fresh,
    call: (a, fx) => users.updateOwnProfile(a, { name: 'Matrix', slug: fx.slug, jobTitle: null, bio: 'changed', website: null, linkedinUrl: null, xHandle: null, instagramHandle: null, tiktokHandle: null, blueskyHandle: null }),
    snapshot: actorRows,
  },
  'data/users#setOwnAvatar': { allow: STAFF, call: (a) => users.setOwnAvatar(a, null), snapshot: actorRows },
  'data/users#changeOwnPassword': { allow: STAFF, setup: resetPasswords, call: (a) => users.changeOwnPassword(a, TEST_PASSWORD, 'matrix-new-password-1'), snapshot: actorRows },
  'data/users#listOwnRecentArticles': { allow: STAFF, call: (a) => users.listOwnRecentArticles(a) },
  // lib/data/taxonomy.ts
  'data/taxonomy#listSectionTree': { allow: EDITORS, call: (a) => taxonomy.listSectionTree(a) },
  'data/editor-options#listStaffOptions': { allow: STAFF, call: (a) => editorOptions.listStaffOptions(a) },
  'data/editor-options#listTagOptions': { allow: STAFF, call: (a) => editorOptions.listTagOptions(a) },
  'data/taxonomy#createSection': {
    allow: EDITORS, setup: fresh,
    call: async (a, fx) => sectionsToClean.push((await taxonomy.createSection(a, { name: 'M', slug: fx.slug, description: null, parentId: null })).id),
    snapshot: (fx) => db.section.findMany({ where: { slug: fx.slug } }),
  },
  'data/taxonomy#updateSection': {
    allow: EDITORS, setup: newSection,
    call: (a, fx) => taxonomy.updateSection(a, fx.id, { name: 'Renamed', slug: `${fx.slug}-r`, description: 'd', parentId: null }),
    snapshot: sectionRows,
  },
  'data/taxonomy#reorderSection': { allow: EDITORS, setup: newFamily, call: (a, fx) => taxonomy.reorderSection(a, fx.childId, 'up'), snapshot: sectionRows },
  'data/taxonomy#deleteSection': { allow: EDITORS, setup: newSection, call: (a, fx) => taxonomy.deleteSection(a, fx.id), snapshot: sectionRows },
  'data/taxonomy#listTagsForAdmin': { allow: EDITORS, call: (a) => taxonomy.listTagsForAdmin(a) },
  'data/taxonomy#createTag': {
    allow: EDITORS, setup: fresh, call: (a, fx) => taxonomy.createTag(a, { name: 'M', slug: fx.slug, description: null }),
    snapshot: (fx) => db.tag.findMany({ where: { slug: fx.slug } }),
  },
  'data/taxonomy#updateTag': { allow: EDITORS, setup: newTag, call: (a, fx) => taxonomy.updateTag(a, fx.id, { name: 'R', slug: `${fx.slug}-r`, description: null }), snapshot: tagRows },
  'data/taxonomy#deleteTag': { allow: EDITORS, setup: newTag, call: (a, fx) => taxonomy.deleteTag(a, fx.id), snapshot: tagRows },
  // lib/data/media.ts
  'data/media#uploadImage': {
    allow: STAFF, setup: fresh, call: (a, fx) => media.uploadImage(a, { data: png, originalName: fx.slug }, [96]),
    snapshot: (fx) => db.media.findMany({ where: { originalName: fx.slug } }),
  },
  // lib/actions/run-*.ts
  'actions/run-profile#runUpdateProfile': runner(STAFF, runProfile.runUpdateProfile, (fx: { slug: string }) => profileForm(fx.slug), { setup: fresh, snapshot: actorRows }),
  'actions/run-profile#runChangePassword': runner(STAFF, runProfile.runChangePassword, passwordForm, { setup: resetPasswords, snapshot: actorRows }),
  'actions/run-profile#runUploadAvatar': runner(STAFF, runProfile.runUploadAvatar, () => formData({ avatar: new Blob([new Uint8Array(png)]) }), {
    snapshot: async () => [await actorRows(), await db.media.count({ where: { uploadedById: { in: STAFF.concat('deactivated').map((w) => actors[w]!.id) } } })],
  }),
  'actions/run-profile#runRemoveAvatar': runner(STAFF, (a) => runProfile.runRemoveAvatar(a), () => formData({}), { snapshot: actorRows }),
  'actions/run-profile#runSignOutAllDevices': runner(STAFF, (a) => runProfile.runSignOutAllDevices(a), () => formData({}), { snapshot: actorRows }),
  'actions/run-users#runCreateUser': runner(ADMINS, runUsers.runCreateUser, (fx: { slug: string }) => formData({ name: 'M', email: `${fx.slug}@byline.local`, role: 'EDITOR' }), {
    setup: fresh, snapshot: (fx) => db.user.findMany({ where: { email: `${fx.slug}@byline.local` } }),
  }),
  'actions/run-users#runIssueSetPasswordLink': runner(ADMINS, runUsers.runIssueSetPasswordLink, (fx: { id: string }) => formData({ userId: fx.id }), { setup: newTarget, snapshot: tokensOf }),
  'actions/run-users#runChangeRole': runner(ADMINS, runUsers.runChangeRole, (fx: { id: string }) => formData({ userId: fx.id, role: 'EDITOR' }), { setup: newTarget, snapshot: userRow }),
  'actions/run-users#runSetActive': runner(ADMINS, runUsers.runSetActive, (fx: { id: string }) => formData({ userId: fx.id, active: 'false' }), { setup: newTarget, snapshot: userRow }),
  'actions/run-users#runSignOutUser': runner(ADMINS, runUsers.runSignOutUser, (fx: { id: string }) => formData({ userId: fx.id }), { setup: newTarget, snapshot: userRow }),
  'actions/run-taxonomy#runCreateSection': runner(EDITORS, runTaxonomy.runCreateSection, (fx: { slug: string }) => sectionForm(fx), {
    setup: fresh, snapshot: (fx) => db.section.findMany({ where: { slug: `${fx.slug}-x` } }),
  }),
  'actions/run-taxonomy#runUpdateSection': runner(EDITORS, runTaxonomy.runUpdateSection, (fx: { id: string; slug: string }) => sectionForm(fx, { id: fx.id }), { setup: newSection, snapshot: sectionRows }),
  'actions/run-taxonomy#runReorderSection': runner(EDITORS, runTaxonomy.runReorderSection, (fx: { childId: string }) => formData({ id: fx.childId, direction: 'up' }), { setup: newFamily, snapshot: sectionRows }),
  'actions/run-taxonomy#runDeleteSection': runner(EDITORS, runTaxonomy.runDeleteSection, (fx: { id: string }) => formData({ id: fx.id }), { setup: newSection, snapshot: sectionRows }),
  'actions/run-taxonomy#runCreateTag': runner(EDITORS, runTaxonomy.runCreateTag, (fx: { slug: string }) => formData({ name: 'M', slug: fx.slug, description: '' }), {
    setup: fresh, snapshot: (fx) => db.tag.findMany({ where: { slug: fx.slug } }),
  }),
  'actions/run-taxonomy#runUpdateTag': runner(EDITORS, runTaxonomy.runUpdateTag, (fx: { id: string; slug: string }) => formData({ id: fx.id, name: 'R', slug: `${fx.slug}-r`, description: '' }), { setup: newTag, snapshot: tagRows }),
  'actions/run-taxonomy#runDeleteTag': runner(EDITORS, runTaxonomy.runDeleteTag, (fx: { id: string }) => formData({ id: fx.id }), { setup: newTag, snapshot: tagRows }),
};

/** Server actions run the same check as their runner, with the actor from the (mocked) session. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ACTIONS: Record<string, [string, (...args: any[]) => Promise<unknown>]> = {
  'actions/profile#updateProfileAction': ['actions/run-profile#runUpdateProfile', profileActions.updateProfileAction],
  'actions/profile#changePasswordAction': ['actions/run-profile#runChangePassword', profileActions.changePasswordAction],
  'actions/profile#uploadAvatarAction': ['actions/run-profile#runUploadAvatar', profileActions.uploadAvatarAction],
  'actions/profile#removeAvatarAction': ['actions/run-profile#runRemoveAvatar', profileActions.removeAvatarAction],
  'actions/profile#signOutAllDevicesAction': ['actions/run-profile#runSignOutAllDevices', profileActions.signOutAllDevicesAction],
  'actions/users#createUserAction': ['actions/run-users#runCreateUser', userActions.createUserAction],
  'actions/users#issueSetPasswordLinkAction': ['actions/run-users#runIssueSetPasswordLink', userActions.issueSetPasswordLinkAction],
  'actions/users#changeRoleAction': ['actions/run-users#runChangeRole', userActions.changeRoleAction],
  'actions/users#setActiveAction': ['actions/run-users#runSetActive', userActions.setActiveAction],
  'actions/users#signOutUserAction': ['actions/run-users#runSignOutUser', userActions.signOutUserAction],
  'actions/taxonomy#createSectionAction': ['actions/run-taxonomy#runCreateSection', taxonomyActions.createSectionAction],
  'actions/taxonomy#updateSectionAction': ['actions/run-taxonomy#runUpdateSection', taxonomyActions.updateSectionAction],
  'actions/taxonomy#reorderSectionAction': ['actions/run-taxonomy#runReorderSection', taxonomyActions.reorderSectionAction],
  'actions/taxonomy#deleteSectionAction': ['actions/run-taxonomy#runDeleteSection', taxonomyActions.deleteSectionAction],
  'actions/taxonomy#createTagAction': ['actions/run-taxonomy#runCreateTag', taxonomyActions.createTagAction],
  'actions/taxonomy#updateTagAction': ['actions/run-taxonomy#runUpdateTag', taxonomyActions.updateTagAction],
  'actions/taxonomy#deleteTagAction': ['actions/run-taxonomy#runDeleteTag', taxonomyActions.deleteTagAction],
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


beforeAll(async () => {
  passwordHash = await hashPassword(TEST_PASSWORD);
  const writer = await createStaff(db, 'WRITER');
  const otherWriter = await createStaff(db, 'WRITER');
  const editor = await createStaff(db, 'EDITOR');
  const admin = await createStaff(db, 'ADMIN');
  const deactivated = await createStaff(db, 'ADMIN', { active: false });
  actors = { anonymous: null, writer, otherWriter, editor, admin, deactivated };
  png = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#334155' } }).png().toBuffer();
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId: { in: sectionsToClean } } });
  for (const id of sectionsToClean) await db.section.deleteMany({ where: { id, children: { none: {} } } });
  await db.section.deleteMany({ where: { id: { in: sectionsToClean } } });
  await db.$disconnect();
});

describe('role matrix', () => {
  it('has a row for every exported function in lib/data and lib/actions', () => {
    // Domains with their own matrix file (role-matrix-<domain>.test.ts) list their modules in
    // that file's own coverage test (`'data/<module>': namespace`); this covers every other one.
    const elsewhere = new Set<string>();
    for (const file of fs.readdirSync(__dirname).filter((f) => /^role-matrix-.+\.test\.ts$/.test(f))) {
      const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
      if (!/it\('(has a row for|covers) every exported function/.test(text)) continue;
      for (const m of text.matchAll(/'((?:data|actions|components\/[a-z0-9/-]+)\/[a-z0-9-]+)':\s/g)) elsewhere.add(m[1]);
    }
    // Server actions beside their components and pages are public endpoints too.
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const serverActionFiles = ['components', 'app']
      .flatMap((top) => walk(path.join(process.cwd(), top)))
      .filter((f) => /\.tsx?$/.test(f) && /^'use server'/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(process.cwd(), f).replace(/\.tsx?$/, ''));
    const unlisted = serverActionFiles.filter((f) => !elsewhere.has(f));
    expect(unlisted).toEqual([]);
    const missing: string[] = [];
    for (const folder of ['data', 'actions']) {
      const dir = path.join(process.cwd(), 'lib', folder);
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('public'))) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(path.join(dir, file));
        for (const [name, value] of Object.entries(mod)) {
          if (typeof value !== 'function') continue;
          const key = `${folder}/${file.replace(/\.ts$/, '')}#${name}`;
          if (elsewhere.has(`${folder}/${file.replace(/\.ts$/, '')}`)) break;
          if (!ROWS[key] && !PUBLIC_READS.has(key)) missing.push(key);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  describeRows(ROWS, () => actors);
});
