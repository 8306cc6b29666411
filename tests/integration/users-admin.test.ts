import { createDb } from '@/lib/db';
import { runCreateUser } from '@/lib/actions/run-users';
import { authenticate } from '@/lib/data/auth';
import {
  createUser, findSetPasswordLink, issueSetPasswordLink, listUsers, setPasswordWithToken, setUserActive, SET_PASSWORD_TTL_MS,
} from '@/lib/data/users';
import { ValidationError } from '@/lib/errors';
import { createStaff, formData, uniq } from './users-fixtures';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());
const NEW_PASSWORD = 'quiet-library-stacks-42';

describe('user admin', () => {
  it('creates a staff user with a one-time set-password link valid for 72 hours', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const now = new Date();
    const email = `new-${uniq()}@byline.local`;
    const { user, link } = await createUser(admin, { name: 'Ana Lucía Ortega', email, role: 'WRITER' }, now);
    expect(user).toMatchObject({ email, role: 'WRITER', active: true, hasPassword: false });
    expect(user.slug).toMatch(/^ana-lucia-ortega/);
    expect(link.expiresAt.getTime() - now.getTime()).toBe(SET_PASSWORD_TTL_MS);
    expect(link.path).toBe(`/login/set-password?token=${link.token}`);
    // Only a hash is stored.
    const stored = await db.setPasswordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(link.token);

    expect(await findSetPasswordLink(link.token, now)).toEqual({ name: 'Ana Lucía Ortega', email });
    expect(await authenticate(email, NEW_PASSWORD, '192.0.2.10')).toBeNull();
    await expect(setPasswordWithToken(link.token, NEW_PASSWORD, now)).resolves.toEqual({ email });
    expect(await authenticate(email, NEW_PASSWORD, '192.0.2.10')).toMatchObject({ id: user.id });

    // Single use.
    expect(await findSetPasswordLink(link.token, now)).toBeNull();
    await expect(setPasswordWithToken(link.token, 'another-password-99', now)).rejects.toThrow(ValidationError);
  });

  it('expires links after 72 hours and replaces older links with a new one', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const now = new Date();
    const { user, link } = await createUser(admin, { name: 'Lapsed Link', email: `lapsed-${uniq()}@byline.local`, role: 'EDITOR' }, now);
    const later = new Date(now.getTime() + SET_PASSWORD_TTL_MS + 1000);
    expect(await findSetPasswordLink(link.token, later)).toBeNull();
    await expect(setPasswordWithToken(link.token, NEW_PASSWORD, later)).rejects.toThrow(/expired or was already used/);

    const fresh = await issueSetPasswordLink(admin, user.id, now);
    const newer = await issueSetPasswordLink(admin, user.id, now);
    expect(await findSetPasswordLink(fresh.token, now)).toBeNull();
    expect(await findSetPasswordLink(newer.token, now)).not.toBeNull();
  });

  it('refuses links of deactivated users and duplicate emails', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const { user, link } = await createUser(admin, { name: 'Gone Soon', email: `gone-${uniq()}@byline.local`, role: 'WRITER' });
    await setUserActive(admin, user.id, false);
    expect(await findSetPasswordLink(link.token)).toBeNull();
    await expect(createUser(admin, { name: 'Dup', email: user.email, role: 'WRITER' })).rejects.toThrow(ValidationError);
  });

  it('keeps a deactivated user\'s articles and lists everyone for admins', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const maya = await db.user.findUniqueOrThrow({ where: { email: 'writer@byline.local' }, select: { id: true } });
    const writer = await createStaff(db, 'WRITER');
    const section = await db.section.findFirstOrThrow({ where: { path: 'culture/news' } });
    const article = await db.article.create({
      data: {
        slug: `kept-${uniq()}`, title: 'Kept', body: {}, sectionId: section.id, createdById: writer.id, status: 'PUBLISHED',
        publishedAt: new Date(), authors: { create: { userId: writer.id } },
      },
    });
    await setUserActive(admin, writer.id, false);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } })).toEqual({ status: 'PUBLISHED' });
    await setUserActive(admin, writer.id, true);
    const list = await listUsers(admin);
    expect(list.map((u) => u.id)).toEqual(expect.arrayContaining([maya.id, writer.id, admin.id]));
    expect(list.find((u) => u.id === writer.id)).toMatchObject({ active: true });
    expect(JSON.stringify(list)).not.toContain('scrypt$');
  });

  it('the create-user action ignores fields outside its schema', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const email = `mass-${uniq()}@byline.local`;
    const state = await runCreateUser(
      admin,
      formData({ name: 'Mass Assign', email, role: 'WRITER', active: 'false', passwordHash: 'scrypt$1$1$1$x$y', sessionVersion: '99', slug: 'chosen' }),
    );
    expect(state).toMatchObject({ ok: true });
    expect(state.link).toMatch(/\/login\/set-password\?token=/);
    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ active: true, passwordHash: null, sessionVersion: 1, role: 'WRITER', slug: 'mass-assign' });
  });
});
