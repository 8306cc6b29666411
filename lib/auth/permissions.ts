// The one permission table: roles → actions. The data layer calls requirePermission() for
// every non-public read and every write; pages and proxy.ts only use it for convenience.
import { AuthRequiredError, ForbiddenError } from '@/lib/errors';

export type Role = 'WRITER' | 'EDITOR' | 'ADMIN';

/** The acting user as the data layer sees it (loaded fresh from the database per request). */
export interface Actor {
  id: string;
  role: Role;
  active: boolean;
  name: string;
}

/** What an ownership rule needs to know about an article. */
export interface ArticleResource {
  createdById: string;
  authorIds: string[];
  status: string;
  deletedAt?: Date | null;
}

export type Action =
  | 'studio.access'
  | 'article.create'
  | 'article.read'
  | 'article.edit'
  | 'article.submit'
  | 'article.withdraw'
  | 'article.trash'
  | 'article.restore'
  | 'article.review'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  | 'article.correct'
  | 'article.readAll'
  | 'media.upload'
  | 'profile.edit'
  | 'section.manage'
  | 'tag.manage'
  | 'user.manage';

type Rule = { roles: Role[]; own?: (actor: Actor, article: ArticleResource) => boolean };

const STAFF: Role[] = ['WRITER', 'EDITOR', 'ADMIN'];
const EDITORS: Role[] = ['EDITOR', 'ADMIN'];

const isOwn = (actor: Actor, a: ArticleResource) => a.createdById === actor.id || a.authorIds.includes(actor.id);
const WRITER_EDITABLE = new Set(['DRAFT', 'CHANGES_REQUESTED']);

/**
 * Editors and admins may do an action on any article; writers only where `own` allows.
 * A writer rule applies only to the writer role; `roles` lists who may act without it.
 */
export const PERMISSIONS: Record<Action, Rule> = {
  'studio.access': { roles: STAFF },
  'article.create': { roles: STAFF },
  'article.read': { roles: EDITORS, own: isOwn },
  'article.readAll': { roles: EDITORS },
  'article.edit': { roles: EDITORS, own: (u, a) => isOwn(u, a) && WRITER_EDITABLE.has(a.status) && !a.deletedAt },
  'article.submit': { roles: EDITORS, own: (u, a) => isOwn(u, a) && WRITER_EDITABLE.has(a.status) },
  'article.withdraw': { roles: EDITORS, own: (u, a) => isOwn(u, a) && a.status === 'IN_REVIEW' },
  'article.trash': { roles: EDITORS, own: (u, a) => a.createdById === u.id && a.status === 'DRAFT' },
  'article.restore': { roles: EDITORS, own: (u, a) => a.createdById === u.id && a.status === 'DRAFT' },
  'article.review': { roles: EDITORS },
  'article.publish': { roles: EDITORS },
  'article.schedule': { roles: EDITORS },
  'article.unpublish': { roles: EDITORS },
  'article.correct': { roles: EDITORS },
  'media.upload': { roles: STAFF },
  'profile.edit': { roles: STAFF },
  'section.manage': { roles: EDITORS },
  'tag.manage': { roles: EDITORS },
  'user.manage': { roles: ['ADMIN'] },
};

/** Whether `actor` may do `action` (on `article`, for ownership rules). */
export function can(actor: Actor | null | undefined, action: Action, article?: ArticleResource): boolean {
  if (!actor || !actor.active) return false;
  const rule = PERMISSIONS[action];
  if (rule.roles.includes(actor.role)) return true;
  if (actor.role === 'WRITER' && rule.own) return article ? rule.own(actor, article) : false;
  return false;
}

/** Throws AuthRequiredError (no actor) or ForbiddenError unless `can()` allows it. */
export function requirePermission(
  actor: Actor | null | undefined,
  action: Action,
  article?: ArticleResource,
): asserts actor is Actor {
  if (!actor) throw new AuthRequiredError();
  if (!actor.active) throw new ForbiddenError('This account is deactivated.');
  if (!can(actor, action, article)) throw new ForbiddenError();
}
