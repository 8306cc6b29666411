// Runs on its own empty database: "the last active admin" is a global fact.
import { applyMigrations } from '../../scripts/lib/migrate.mjs';
import { createScratchDatabase } from '../setup/db.mjs';
import { createDb, type Db } from '@/lib/db';
import { changeUserRole, setUserActive } from '@/lib/data/users';
import { ConflictError } from '@/lib/errors';
import { createStaff } from './users-fixtures';

let scratch: { url: string; drop: () => Promise<void> };
let db: Db;
const holder = globalThis as unknown as { bylineDb?: Db };

beforeAll(async () => {
  scratch = await createScratchDatabase('byline_last_admin');
  await applyMigrations(scratch.url, { log: () => {} });
  db = createDb(scratch.url, 2);
  holder.bylineDb = createDb(scratch.url, 2);
});
afterAll(async () => {
  await db.$disconnect();
  await holder.bylineDb?.$disconnect();
  delete holder.bylineDb;
  await scratch.drop();
});

describe('the last active admin', () => {
  it('cannot be demoted or deactivated, by themselves or anyone', async () => {
    const admin = await createStaff(db, 'ADMIN');
    await expect(changeUserRole(admin, admin.id, 'EDITOR')).rejects.toThrow(ConflictError);
    await expect(setUserActive(admin, admin.id, false)).rejects.toThrow(/at least one active admin/);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'ADMIN', active: true });

    // With a second admin the first may step down; then the second is the last one.
    const second = await createStaff(db, 'ADMIN');
    await changeUserRole(second, admin.id, 'EDITOR');
    await expect(setUserActive(second, second.id, false)).rejects.toThrow(ConflictError);

    // An inactive admin does not count.
    const dormant = await createStaff(db, 'ADMIN', { active: false });
    await expect(changeUserRole(second, second.id, 'WRITER')).rejects.toThrow(ConflictError);
    await setUserActive(second, dormant.id, true);
    await changeUserRole({ ...dormant, active: true }, second.id, 'WRITER');
    expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });

  it('holds when two admins demote each other at the same time', async () => {
    const a = await createStaff(db, 'ADMIN');
    const b = await createStaff(db, 'ADMIN');
    await db.user.updateMany({ where: { role: 'ADMIN', id: { notIn: [a.id, b.id] } }, data: { role: 'EDITOR' } });
    const results = await Promise.allSettled([changeUserRole(a, b.id, 'EDITOR'), changeUserRole(b, a.id, 'EDITOR')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});
