'use client';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';

interface LoginFormProps {
  callbackUrl: string;
  initialError: string | null;
  notice: string | null;
  email: string;
}

const input =
  'mt-1 block w-full rounded border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100';

export function LoginForm({ callbackUrl, initialError, notice, email }: LoginFormProps) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        callbackUrl,
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation so every server component sees the new session cookie.
        window.location.assign(callbackUrl);
        return;
      }
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Incorrect email or password.');
    } catch {
      setError('Signing in is not possible right now. Please try again.');
    }
    setPending(false);
  }

  return (
    // method/action matter only before hydration: a POST to next-auth (refused without its
    // CSRF token) instead of a GET that would put the password in the URL.
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="mt-6 space-y-4" aria-describedby={error ? 'login-error' : undefined}>
      {notice && !error && (
        <p role="status" className="rounded border border-emerald-700 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
          {notice}
        </p>
      )}
      {error && (
        <p id="login-error" role="alert" className="rounded border border-accent-700 px-3 py-2 text-sm text-accent-700 dark:border-accent-300 dark:text-accent-300">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={email} className={input} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={input} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-zinc-900 px-3 py-2 font-medium text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      <noscript>
        <p className="text-sm">Signing in needs JavaScript turned on.</p>
      </noscript>
    </form>
  );
}
