import type { Metadata } from 'next';
import { Suspense } from 'react';
import { can } from '@/lib/auth/permissions';
import { listUsers } from '@/lib/data/users';
import { AccessDenied } from '../_components/access-denied';
import { requireStudioActor } from '../_components/studio-actor';
import { CreateUserForm } from './create-user-form';
import { UserRow } from './user-row';

export const metadata: Metadata = { title: 'Users' };

export default function UsersPage() {
  return (
    <Suspense fallback={<p>Loading the staff list…</p>}>
      <Users />
    </Suspense>
  );
}

async function Users() {
  const actor = await requireStudioActor('/studio/users');
  if (!can(actor, 'user.manage')) return <AccessDenied area="user management" />;
  const users = await listUsers(actor);
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <section aria-labelledby="new-user-heading" className="max-w-xl space-y-3">
        <h2 id="new-user-heading" className="text-xl font-semibold">
          Add a staff member
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-xl font-semibold">
          Staff ({users.length})
        </h2>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {users.map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === actor.id} />
          ))}
        </ul>
      </section>
    </div>
  );
}
