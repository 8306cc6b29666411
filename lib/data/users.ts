import 'server-only';
// Staff accounts: the admin's user management, one-time set-password links and each
// user's own profile. Every function names the permission it needs.
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requirePermission, type Actor, type Role } from '@/lib/auth/permissions';
import { tags } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/validation/fields';
import type { CreateUserInput, ProfileInput } from '@/lib/validation/users';
import { mediaSelect, toMediaImage, type MediaImage } from './shapes';

/** A set-password link stays valid this long and works once. */
export const SET_PASSWORD_TTL_MS = 72 * 60 * 60_000;

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  slug: string;
  role: Role;
  active: boolean;
  hasPassword: boolean;
  createdAt: Date;
}

export interface OwnProfile {
  id: string;
  email: string;
  name: string;
  slug: string;
  role: Role;
  jobTitle: string | null;
  bio: string | null;
  website: string | null;
  linkedinUrl: string | null;
  xHandle: string | null;
  instagramHandle: string | null;
  tiktokHandle: string | null;
  blueskyHandle: string | null;
  avatar: MediaImage | null;
}

export interface SetPasswordLink {
  token: string;
  path: string;
  expiresAt: Date;
}

/** What a write changed on public pages: the caller invalidates these cache tags. */
export interface WriteResult {
  tags: string[];
}

const userSummarySelect = {
  id: true, name: true, email: true, slug: true, role: true, active: true, passwordHash: true, createdAt: true,
} satisfies Prisma.UserSelect;

function toSummary(row: Prisma.UserGetPayload<{ select: typeof userSummarySelect }>): UserSummary {
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: Boolean(passwordHash) };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Every staff account, admins first. Needs user.manage. */
export async function listUsers(actor: Actor | null): Promise<UserSummary[]> {
  requirePermission(actor, 'user.manage');
  const rows = await getDb().user.findMany({
    orderBy: [{ active: 'desc' }, { role: 'desc' }, { name: 'asc' }],
    select: userSummarySelect,
  });
  return rows.map(toSummary);
}

async function uniqueSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const root = base || 'staff';
  for (let i = 1; i < 100; i++) {
    const candidate = i === 1 ? root : `${root}-${i}`;
    if (!(await tx.user.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  return `${root}-${randomBytes(3).toString('hex')}`;
}

async function createSetPasswordLink(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<SetPasswordLink> {
  // A new link replaces any earlier unused one.
  await tx.setPasswordToken.deleteMany({ where: { userId, usedAt: null } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_TTL_MS);
  await tx.setPasswordToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt, createdAt: now } });
  return { token, path: `/login/set-password?token=${token}`, expiresAt };
}

/** Creates a staff account without a password and returns its set-password link. Needs user.manage. */
export async function createUser(
  actor: Actor | null,
  input: CreateUserInput,
  now = new Date(),
): Promise<{ user: UserSummary; link: SetPasswordLink }> {
  requirePermission(actor, 'user.manage');
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ValidationError('Some fields need attention.', { email: ['Someone already has an account with this email.'] });
    }
    const slug = await uniqueSlug(tx, slugify(input.name));
    const row = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, slug },
      select: userSummarySelect,
    });
    return { user: toSummary(row), link: await createSetPasswordLink(tx, row.id, now) };
  });
}

/** A fresh set-password link for an existing user (the old one stops working). Needs user.manage. */
export async function issueSetPasswordLink(actor: Actor | null, userId: string, now = new Date()): Promise<SetPasswordLink> {
  requirePermission(actor, 'user.manage');
  return getDb().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new NotFoundError('No such user.');
    return createSetPasswordLink(tx, userId, now);
  });
}

/** Locks the active admins and refuses when `userId` is the last one. */
async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active = true FOR UPDATE`;
  if (admins.some((a) => a.id === userId) && admins.length <= 1) {
    throw new ConflictError('Byline needs at least one active admin. Make someone else an admin first.');
  }
}

/** Changes a user's role; takes effect on their next request. Needs user.manage. */
export async function changeUserRole(actor: Actor | null, userId: string, role: Role): Promise<WriteResult> {
  requirePermission(actor, 'user.manage');
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new NotFoundError('No such user.');
    if (user.role === 'ADMIN' && role !== 'ADMIN') await assertNotLastAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
  });
  return { tags: [] };
}

/** Deactivates (signs out, keeps articles) or reactivates a user. Needs user.manage. */
export async function setUserActive(actor: Actor | null, userId: string, active: boolean): Promise<WriteResult> {
  requirePermission(actor, 'user.manage');
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!user) throw new NotFoundError('No such user.');
    if (!active) await assertNotLastAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
  });
  return { tags: [] };
}

/** Signs a user out on every device. Needs user.manage, or profile.edit for oneself. */
export async function signOutEverywhere(actor: Actor | null, userId: string): Promise<void> {
  requirePermission(actor, actor?.id === userId ? 'profile.edit' : 'user.manage');
  const updated = await getDb().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  if (updated.count === 0) throw new NotFoundError('No such user.');
}

/** Whether a set-password link can still be used, and for whom. Public entry point. */
export async function findSetPasswordLink(token: string, now = new Date()): Promise<{ name: string; email: string } | null> {
  if (!token || token.length > 200) return null;
  const row = await getDb().setPasswordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { name: row.user.name, email: row.user.email };
}

/**
 * Sets a password with a one-time link (the token is the proof, so no actor). Public entry
 * point. Returns the email to sign in with; throws ValidationError for a bad link.
 */
export async function setPasswordWithToken(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    // Claiming the token first makes a second use fail even when two requests race.
    const claimed = await tx.setPasswordToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) {
      throw new ValidationError('This link has expired or was already used. Ask an admin for a new one.');
    }
    const row = await tx.setPasswordToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    return user;
  });
}

const profileSelect = {
  id: true, email: true, name: true, slug: true, role: true, jobTitle: true, bio: true, website: true,
  linkedinUrl: true, xHandle: true, instagramHandle: true, tiktokHandle: true, blueskyHandle: true,
  avatar: { select: mediaSelect },
} satisfies Prisma.UserSelect;

/** The signed-in user's own profile. Needs profile.edit. */
export async function getOwnProfile(actor: Actor | null): Promise<OwnProfile> {
  requirePermission(actor, 'profile.edit');
  const row = await getDb().user.findUnique({ where: { id: actor.id }, select: profileSelect });
  if (!row) throw new NotFoundError('No such user.');
  const { avatar, ...rest } = row;
  return { ...rest, avatar: toMediaImage(avatar, row.name) };
}

/** Saves the signed-in user's own profile. Needs profile.edit. */
export async function updateOwnProfile(actor: Actor | null, input: ProfileInput): Promise<WriteResult> {
  requirePermission(actor, 'profile.edit');
  const db = getDb();
  const taken = await db.user.findFirst({ where: { slug: input.slug, id: { not: actor.id } }, select: { id: true } });
  if (taken) throw new ValidationError('Some fields need attention.', { slug: ['Another staff member already uses this slug.'] });
  await db.user.update({ where: { id: actor.id }, data: { ...input } });
  return { tags: await authorTags(actor.id) };
}

/** Sets (or clears) the signed-in user's avatar to one of their uploads. Needs profile.edit. */
export async function setOwnAvatar(actor: Actor | null, mediaId: string | null): Promise<WriteResult> {
  requirePermission(actor, 'profile.edit');
  const db = getDb();
  if (mediaId) {
    const media = await db.media.findUnique({ where: { id: mediaId }, select: { uploadedById: true } });
    if (!media || media.uploadedById !== actor.id) throw new NotFoundError('No such image.');
  }
  await db.user.update({ where: { id: actor.id }, data: { avatarId: mediaId } });
  return { tags: await authorTags(actor.id) };
}

/** Changes the signed-in user's password after checking the current one. Needs profile.edit. */
export async function changeOwnPassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<void> {
  requirePermission(actor, 'profile.edit');
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new ValidationError('Some fields need attention.', { currentPassword: ['That is not your current password.'] });
  }
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(newPassword) } });
}

export interface OwnArticleRow {
  id: string;
  title: string;
  status: string;
  section: string;
  updatedAt: Date;
}

/** The signed-in user's most recently edited articles (created or co-authored). Needs studio.access. */
export async function listOwnRecentArticles(actor: Actor | null, limit = 10): Promise<OwnArticleRow[]> {
  requirePermission(actor, 'studio.access');
  const rows = await getDb().article.findMany({
    where: { deletedAt: null, OR: [{ createdById: actor.id }, { authors: { some: { userId: actor.id } } }] },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(1, limit), 50),
    select: { id: true, title: true, status: true, updatedAt: true, section: { select: { name: true, path: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, section: r.section.name, updatedAt: r.updatedAt }));
}

async function authorTags(userId: string): Promise<string[]> {
  // Bylines and author boxes appear on the home page, feeds and every article they wrote.
  const articles = await getDb().articleAuthor.findMany({ where: { userId }, select: { articleId: true } });
  return [tags.author(userId), tags.home, tags.feeds, tags.sitemaps, ...articles.map((a) => tags.article(a.articleId))];
}
