import 'server-only';
// Choices offered by the article editor: every tag, and the active staff who can be named
// as co-authors. Names only, no contact details.
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';

export interface NamedOption {
  id: string;
  name: string;
}

/** All tags by name. Needs studio.access. */
export async function listTagOptions(actor: Actor | null): Promise<NamedOption[]> {
  requirePermission(actor, 'studio.access');
  return getDb().tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** Active staff by name, for the co-author list. Needs studio.access. */
export async function listStaffOptions(actor: Actor | null): Promise<NamedOption[]> {
  requirePermission(actor, 'studio.access');
  return getDb().user.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
