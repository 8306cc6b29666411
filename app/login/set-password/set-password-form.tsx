'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { setPasswordAction } from '@/lib/actions/auth';
import type { FormState } from '@/lib/validation/form';

const input =
  'mt-1 block w-full rounded border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<FormState & { email?: string }, FormData>(setPasswordAction, { ok: false });
  useEffect(() => {
    if (state.ok) router.push(`/login?passwordSet=1&email=${encodeURIComponent(state.email ?? email)}`);
  }, [state, router, email]);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" value={email} autoComplete="username" />
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'text-sm text-emerald-800 dark:text-emerald-300' : 'text-sm text-accent-700 dark:text-accent-300'}>
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          New password
        </label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={12} className={input} aria-describedby={errors.password ? 'password-error' : undefined} />
        {errors.password && (
          <p id="password-error" className="mt-1 text-sm text-accent-700 dark:text-accent-300">
            {errors.password.join(' ')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium">
          Repeat the password
        </label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={input} aria-describedby={errors.confirm ? 'confirm-error' : undefined} />
        {errors.confirm && (
          <p id="confirm-error" className="mt-1 text-sm text-accent-700 dark:text-accent-300">
            {errors.confirm.join(' ')}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-zinc-900 px-3 py-2 font-medium text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        {pending ? 'Saving…' : 'Set password'}
      </button>
    </form>
  );
}
