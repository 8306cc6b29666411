import 'server-only';
// Sign-in checks and brute-force protection. Attempts live in the database (LoginAttempt),
// so limits hold across app instances. Every function takes `now` so tests control time.
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { RateLimitError } from '@/lib/errors';

/** Failed attempts (one account from one IP) before the lockout starts. */
export const FAILURES_BEFORE_LOCKOUT = 5;
/** First lockout; doubles with every further failure, up to MAX_LOCKOUT_MS. */
export const BASE_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;
/** Distinct emails with failures from one IP within IP_WINDOW_MS before the IP is held back. */
export const IP_EMAIL_LIMIT = 10;
export const IP_WINDOW_MS = 15 * 60_000;
const ACCOUNT_WINDOW_MS = 24 * 60 * 60_000;

/** The same message for an unknown email, a wrong password and an inactive account. */
export const INVALID_CREDENTIALS = 'Incorrect email or password.';

export interface SignedInUser {
  id: string;
  sessionVersion: number;
  name: string;
  email: string;
}

export function lockoutDelayMs(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCKOUT) return 0;
  return Math.min(BASE_LOCKOUT_MS * 2 ** (failures - FAILURES_BEFORE_LOCKOUT), MAX_LOCKOUT_MS);
}

function retryMessage(seconds: number): string {
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many sign-in attempts. Try again in ${wait}.`;
}

/**
 * Seconds until `email` may try again from `ip` (0 when allowed). Public entry point:
 * consulted before any password check.
 */
export async function loginRetryAfterSeconds(email: string, ip: string, now = new Date()): Promise<number> {
  const db = getDb();
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, ip, success: true, createdAt: { lte: now } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const since = new Date(Math.max(now.getTime() - ACCOUNT_WINDOW_MS, lastSuccess?.createdAt.getTime() ?? 0));
  const failures = await db.loginAttempt.findMany({
    where: { email, ip, success: false, createdAt: { gt: since, lte: now } },
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: { createdAt: true },
  });
  let until = 0;
  if (failures.length >= FAILURES_BEFORE_LOCKOUT) {
    until = failures[0].createdAt.getTime() + lockoutDelayMs(failures.length);
  }
  // Probing many accounts from one address: hold the address until the window frees up.
  const ipFailures = await db.loginAttempt.groupBy({
    by: ['email'],
    where: { ip, success: false, createdAt: { gt: new Date(now.getTime() - IP_WINDOW_MS), lte: now } },
    _max: { createdAt: true },
  });
  if (ipFailures.length >= IP_EMAIL_LIMIT) {
    const latest = ipFailures.map((r) => r._max.createdAt!.getTime()).sort((a, b) => a - b);
    until = Math.max(until, latest[latest.length - IP_EMAIL_LIMIT] + IP_WINDOW_MS);
  }
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a sign-in. Throws RateLimitError during a lockout (even for the right password);
 * returns null for any wrong combination. Public entry point (the credentials are the proof).
 */
export async function authenticate(
  rawEmail: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<SignedInUser | null> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const wait = await loginRetryAfterSeconds(email, ip, now);
  if (wait > 0) throw new RateLimitError(retryMessage(wait), wait);

  const db = getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, sessionVersion: true, name: true, email: true },
  });
  // Hash anyway for unknown emails so response time does not reveal which emails exist.
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  const success = Boolean(user && user.active && user.passwordHash && valid);
  await db.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
  if (!success || !user) return null;
  return { id: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email };
}

/**
 * The acting user for a session token's claims: role and active flag read fresh, null when
 * the account is gone, deactivated or the session version moved on. Session loader.
 */
export async function loadSessionActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, active: true, name: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, role: user.role, active: user.active, name: user.name };
}

/**
 * Ends a session by moving the user's session version on, so the old cookie is refused
 * everywhere. Only acts when `sessionVersion` is still current (the token is the proof).
 */
export async function endSession(userId: string, sessionVersion: number): Promise<void> {
  await getDb().user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
