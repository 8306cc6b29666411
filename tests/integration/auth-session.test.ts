import { encode } from 'next-auth/jwt';
import { createDb } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { getCurrentActor, readSessionClaims } from '@/lib/auth/session';
import { endSession, loadSessionActor } from '@/lib/data/auth';
import { changeUserRole, setUserActive, signOutEverywhere } from '@/lib/data/users';
import { createStaff } from './users-fixtures';

const cookieJar = new Map<string, string>();
jest.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined) }),
}));

const db = createDb(process.env.DATABASE_URL!, 2);
const SECRET = 'test-secret-for-session-tests-0123456789';
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(() => db.$disconnect());

async function signInCookie(userId: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  cookieJar.clear();
  cookieJar.set('next-auth.session-token', await encode({ token: { sub: userId, sv: sessionVersion }, secret: SECRET }));
}

describe('sessions', () => {
  it('load role and active flag fresh from the database on every check', async () => {
    const admin = await createStaff(db, 'ADMIN');
    const editor = await createStaff(db, 'EDITOR');
    await signInCookie(editor.id);
    expect(await getCurrentActor()).toMatchObject({ id: editor.id, role: 'EDITOR', active: true });
    await changeUserRole(admin, editor.id, 'WRITER');
    expect(await getCurrentActor()).toMatchObject({ id: editor.id, role: 'WRITER' });
    await setUserActive(admin, editor.id, false);
    expect(await getCurrentActor()).toBeNull();
  });

  it('refuse the old cookie after sign-out and after "sign out everywhere"', async () => {
    const writer = await createStaff(db, 'WRITER');
    await signInCookie(writer.id);
    const claims = await readSessionClaims();
    expect(claims).toMatchObject({ userId: writer.id });
    await endSession(claims!.userId, claims!.sessionVersion);
    expect(await getCurrentActor()).toBeNull();

    await signInCookie(writer.id);
    expect(await getCurrentActor()).not.toBeNull();
    await signOutEverywhere(writer, writer.id);
    expect(await getCurrentActor()).toBeNull();
  });

  it('refuse forged or tampered cookies', async () => {
    const writer = await createStaff(db, 'WRITER');
    cookieJar.clear();
    cookieJar.set('next-auth.session-token', await encode({ token: { sub: writer.id, sv: 1 }, secret: 'some-other-secret-entirely-000000' }));
    expect(await getCurrentActor()).toBeNull();
    cookieJar.set('next-auth.session-token', 'not-a-jwt');
    expect(await getCurrentActor()).toBeNull();
    cookieJar.clear();
    expect(await getCurrentActor()).toBeNull();
  });

  it('loadSessionActor needs the current session version', async () => {
    const writer = await createStaff(db, 'WRITER');
    expect(await loadSessionActor(writer.id, 1)).toMatchObject({ id: writer.id });
    expect(await loadSessionActor(writer.id, 2)).toBeNull();
    expect(await loadSessionActor('no-such-user', 1)).toBeNull();
  });

  it('puts only the user id and session version into the token and keeps redirects on site', async () => {
    const options = authOptions();
    const jwt = options.callbacks!.jwt!;
    const token = await jwt({
      token: { sub: 'u1', name: 'N', email: 'e@x.y', picture: null },
      user: { id: 'u1', name: 'N', email: 'e@x.y', sessionVersion: 3 } as never,
      account: null,
    } as never);
    expect(token).toEqual({ sub: 'u1', sv: 3 });
    const redirect = options.callbacks!.redirect!;
    const base = 'http://localhost:3000';
    expect(await redirect({ url: 'https://evil.example/x', baseUrl: base })).toBe(`${base}/studio`);
    expect(await redirect({ url: '//evil.example', baseUrl: base })).toBe(`${base}/studio`);
    expect(await redirect({ url: `${base}/studio/tags`, baseUrl: base })).toBe(`${base}/studio/tags`);
  });

  it('the credentials provider refuses wrong passwords with the shared message', async () => {
    const writer = await createStaff(db, 'WRITER');
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const req = { headers: { 'x-forwarded-for': `172.16.${Math.floor(Math.random() * 250)}.9` } };
    await expect(provider.options.authorize({ email: writer.email, password: 'nope-nope-nope' }, req)).rejects.toThrow(
      'Incorrect email or password.',
    );
    await expect(provider.options.authorize({ email: writer.email, password: 'harbor-lights-at-dusk' }, req)).resolves.toMatchObject({
      id: writer.id,
      sessionVersion: 1,
    });
  });
});
