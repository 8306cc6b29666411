import { createDb } from '@/lib/db';
import {
  authenticate, BASE_LOCKOUT_MS, FAILURES_BEFORE_LOCKOUT, INVALID_CREDENTIALS, IP_EMAIL_LIMIT, loginRetryAfterSeconds,
} from '@/lib/data/auth';
import { RateLimitError } from '@/lib/errors';
import { createStaff, TEST_PASSWORD, uniq } from './users-fixtures';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function failTimes(email: string, from: string, n: number, start: Date) {
  for (let i = 0; i < n; i++) expect(await authenticate(email, 'wrong-password-here', from, at(start, i * 1000))).toBeNull();
}

describe('sign-in lockout (controllable clock)', () => {
  it('locks an account from one IP after 5 failures, also for the right password, then lets it in', async () => {
    const user = await createStaff(db, 'WRITER');
    const from = ip();
    const t0 = new Date('2030-01-01T12:00:00Z');
    await failTimes(user.email, from, FAILURES_BEFORE_LOCKOUT, t0);
    const lastFail = at(t0, (FAILURES_BEFORE_LOCKOUT - 1) * 1000);

    const during = at(lastFail, 10_000);
    await expect(authenticate(user.email, TEST_PASSWORD, from, during)).rejects.toThrow(RateLimitError);
    await expect(authenticate(user.email, TEST_PASSWORD, from, during)).rejects.toThrow(/Try again in 20 seconds/);
    expect(await loginRetryAfterSeconds(user.email, from, during)).toBe(20);

    // Another IP is not affected by this IP's failures.
    expect(await authenticate(user.email, TEST_PASSWORD, ip(), during)).toMatchObject({ id: user.id });

    const after = at(lastFail, BASE_LOCKOUT_MS + 1000);
    expect(await authenticate(user.email, TEST_PASSWORD, from, after)).toMatchObject({ id: user.id });
    // A success resets the count.
    expect(await loginRetryAfterSeconds(user.email, from, at(after, 1000))).toBe(0);
  });

  it('grows the delay with each further failure', async () => {
    const user = await createStaff(db, 'WRITER');
    const from = ip();
    const t0 = new Date('2030-02-01T12:00:00Z');
    await failTimes(user.email, from, FAILURES_BEFORE_LOCKOUT, t0);
    let last = at(t0, (FAILURES_BEFORE_LOCKOUT - 1) * 1000);
    expect(await loginRetryAfterSeconds(user.email, from, last)).toBe(30);
    // Wait out the lockout, fail again: the next lockout is twice as long.
    last = at(last, 31_000);
    expect(await authenticate(user.email, 'still-wrong-password', from, last)).toBeNull();
    expect(await loginRetryAfterSeconds(user.email, from, last)).toBe(60);
    last = at(last, 61_000);
    expect(await authenticate(user.email, 'still-wrong-password', from, last)).toBeNull();
    expect(await loginRetryAfterSeconds(user.email, from, last)).toBe(120);
  });

  it('answers the same for an unknown email, a wrong password and a deactivated account', async () => {
    const active = await createStaff(db, 'WRITER');
    const inactive = await createStaff(db, 'EDITOR', { active: false });
    const from = ip();
    const now = new Date('2030-03-01T12:00:00Z');
    expect(await authenticate(`nobody-${uniq()}@byline.local`, TEST_PASSWORD, from, now)).toBeNull();
    expect(await authenticate(active.email, 'not-the-password', from, now)).toBeNull();
    expect(await authenticate(inactive.email, TEST_PASSWORD, from, now)).toBeNull();
    expect(INVALID_CREDENTIALS).toBe('Incorrect email or password.');
    // Unknown emails are limited like real ones.
    const ghost = `ghost-${uniq()}@byline.local`;
    await failTimes(ghost, from, FAILURES_BEFORE_LOCKOUT, at(now, 1000));
    await expect(authenticate(ghost, 'x', from, at(now, 10_000))).rejects.toThrow(RateLimitError);
  });

  it('holds back an IP that probes many different emails', async () => {
    const user = await createStaff(db, 'WRITER');
    const from = ip();
    const t0 = new Date('2030-04-01T12:00:00Z');
    for (let i = 0; i < IP_EMAIL_LIMIT; i++) {
      expect(await authenticate(`probe-${uniq()}@byline.local`, 'guess-guess-guess', from, at(t0, i * 1000))).toBeNull();
    }
    const now = at(t0, IP_EMAIL_LIMIT * 1000);
    await expect(authenticate(user.email, TEST_PASSWORD, from, now)).rejects.toThrow(RateLimitError);
    expect(await authenticate(user.email, TEST_PASSWORD, ip(), now)).toMatchObject({ id: user.id });
    // After the window the IP may try again.
    expect(await authenticate(user.email, TEST_PASSWORD, from, at(t0, 16 * 60_000))).toMatchObject({ id: user.id });
  });

  it('keeps the state in the database', async () => {
    const user = await createStaff(db, 'WRITER');
    const from = ip();
    const now = new Date('2030-05-01T12:00:00Z');
    await authenticate(user.email.toUpperCase(), 'wrong-password-again', from, now);
    const rows = await db.loginAttempt.findMany({ where: { email: user.email, ip: from } });
    expect(rows).toEqual([expect.objectContaining({ success: false, createdAt: now })]);
  });
});
