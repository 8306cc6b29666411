'use client';
import { useActionState } from 'react';
import { changeRoleAction, issueSetPasswordLinkAction, setActiveAction, signOutUserAction } from '@/lib/actions/users';
import type { UserSummary } from '@/lib/data/users';
import type { LinkFormState } from '@/lib/actions/run-users';
import { initialFormState } from '@/lib/validation/form';
import { FormMessage, inputClass, SubmitButton } from '../_components/form-controls';
import { LinkBox } from './link-box';

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const [roleState, changeRole] = useActionState(changeRoleAction, initialFormState);
  const [activeState, setActive] = useActionState(setActiveAction, initialFormState);
  const [signOutState, signOut] = useActionState(signOutUserAction, initialFormState);
  const [linkState, issueLink] = useActionState<LinkFormState, FormData>(issueSetPasswordLinkAction, initialFormState);
  const roleId = `role-${user.id}`;
  return (
    <li className="space-y-2 py-4" data-testid={`user-${user.email}`}>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <p className="font-medium">
          {user.name}
          {isSelf && <span className="text-zinc-600 dark:text-zinc-400"> (you)</span>}
        </p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{user.email}</p>
        {!user.active && <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">Deactivated</p>}
        {!user.hasPassword && <p className="text-sm text-zinc-700 dark:text-zinc-300">No password set yet</p>}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <form action={changeRole} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <div>
            <label htmlFor={roleId} className="block text-xs font-medium">
              Role of {user.name}
            </label>
            <select id={roleId} name="role" defaultValue={user.role} className={`${inputClass} py-1`}>
              <option value="WRITER">Writer</option>
              <option value="EDITOR">Editor</option>
              <option value="ADMIN">Admin</option>
            </select>
          </div>
          <SubmitButton variant="secondary">Change role</SubmitButton>
        </form>
        <form action={setActive}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
          <SubmitButton variant={user.active ? 'danger' : 'secondary'}>{user.active ? 'Deactivate' : 'Reactivate'}</SubmitButton>
        </form>
        <form action={signOut}>
          <input type="hidden" name="userId" value={user.id} />
          <SubmitButton variant="secondary">Sign out everywhere</SubmitButton>
        </form>
        <form action={issueLink}>
          <input type="hidden" name="userId" value={user.id} />
          <SubmitButton variant="secondary">New set-password link</SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={activeState} />
      <FormMessage state={signOutState} />
      <FormMessage state={linkState} />
      {linkState.ok && linkState.link && <LinkBox link={linkState.link} />}
    </li>
  );
}
