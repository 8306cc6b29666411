// PUT /api/studio/articles/[id] (and POST for sendBeacon): the autosave endpoint's statuses.
import type { Actor } from '@/lib/auth/permissions';
import { POST, PUT } from '@/app/api/studio/articles/[id]/route';
import { createDraft } from '@/lib/data/studio-articles';
import { testDb } from '../helpers/fixtures';
import { createStaff } from './users-fixtures';

let currentActor: Actor | null = null;
jest.mock('@/lib/auth/session', () => ({ getCurrentActor: async () => currentActor }));

afterAll(() => testDb.$disconnect());

const body = (title: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] });
const call = (handler: typeof PUT, id: string, payload: unknown, headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost/api/studio/articles/${id}`, { method: 'PUT', headers: { host: 'localhost', ...headers }, body: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    { params: Promise.resolve({ id }) },
  );

it('saves (200), refuses a stale version (409 with the current version), bad input (400) and strangers (401/403)', async () => {
  const writer = await createStaff(testDb, 'WRITER');
  const other = await createStaff(testDb, 'WRITER');
  const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
  const { id } = await createDraft(writer, { title: 'Autosave', sectionId: section.id, body: body('a') });
  const input = { title: 'Autosaved title', sectionId: '', body: body('typed words') };

  currentActor = writer;
  const ok = await call(PUT, id, { input, expectedVersion: 1, kind: 'AUTOSAVE' });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('cache-control')).toBe('no-store');
  expect(await ok.json()).toEqual({ version: 2, savedAt: expect.any(String), slug: 'autosaved-title' });

  const beacon = await call(POST, id, { input: { ...input, title: 'Left the page' }, expectedVersion: 2, kind: 'AUTOSAVE' });
  expect(beacon.status).toBe(200);

  const stale = await call(PUT, id, { input, expectedVersion: 1, kind: 'AUTOSAVE' });
  expect(stale.status).toBe(409);
  expect(await stale.json()).toEqual({ error: expect.stringContaining(writer.name), currentVersion: 3 });

  const invalid = await call(PUT, id, { input: { ...input, title: 'x'.repeat(300) }, expectedVersion: 3 });
  expect(invalid.status).toBe(400);
  expect((await invalid.json()).fieldErrors).toEqual({ title: [expect.stringMatching(/under 200/)] });
  expect((await call(PUT, id, 'not json')).status).toBe(400);
  expect((await call(PUT, id, { input, expectedVersion: 3 }, { origin: 'https://evil.example' })).status).toBe(403);

  currentActor = other;
  expect((await call(PUT, id, { input, expectedVersion: 3 })).status).toBe(403);
  currentActor = null;
  expect((await call(PUT, id, { input, expectedVersion: 3 })).status).toBe(401);
  expect((await testDb.article.findUniqueOrThrow({ where: { id } })).title).toBe('Left the page');
});
