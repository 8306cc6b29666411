// Test fixtures for staff accounts: fresh users per test so parallel files never collide.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { Actor, Role } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db';

export const TEST_PASSWORD = 'harbor-lights-at-dusk';
let cachedHash: Promise<string> | null = null;

export const uniq = () => randomBytes(4).toString('hex');

/** Creates a staff user (with TEST_PASSWORD) and returns it as an Actor plus its email. */
export async function createStaff(
  db: Db,
  role: Role,
  { active = true, withPassword = true }: { active?: boolean; withPassword?: boolean } = {},
): Promise<Actor & { email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = uniq();
  const email = `${role.toLowerCase()}-${id}@test.byline.local`;
  const user = await db.user.create({
    data: {
      email,
      name: `Test ${role.toLowerCase()} ${id}`,
      slug: `test-${role.toLowerCase()}-${id}`,
      role,
      active,
      passwordHash: withPassword ? await cachedHash : null,
    },
    select: { id: true, role: true, active: true, name: true, email: true },
  });
  return user;
}

export function formData(fields: Record<string, string | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
