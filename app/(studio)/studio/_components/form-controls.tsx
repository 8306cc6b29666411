'use client';
// Small form building blocks for studio forms: labelled fields with their errors, a submit
// button that shows progress, and the action's message.
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/validation/form';

export const inputClass =
  'mt-1 block w-full rounded border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100';

interface FieldProps {
  label: string;
  name: string;
  state?: FormState;
  hint?: string;
  children?: React.ReactNode;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
  idPrefix?: string;
}

/** A labelled input (or custom control as children) with hint and field errors. */
export function Field({ label, name, state, hint, children, inputProps, idPrefix = 'f' }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const errors = state?.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children ?? (
        <input id={id} name={name} className={inputClass} aria-invalid={errors ? true : undefined} aria-describedby={describedBy} {...inputProps} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${id}-error`} className="mt-1 text-sm text-accent-700 dark:text-accent-300">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ children, variant = 'primary' }: { children: React.ReactNode; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: 'bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300',
    secondary: 'border border-zinc-400 hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800',
    danger: 'bg-accent-700 text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950',
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${styles}`}>
      {pending ? 'Working…' : children}
    </button>
  );
}

/** The action's overall message: announced politely on success, assertively on failure. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? 'status' : 'alert'}
      className={state.ok ? 'text-sm text-emerald-800 dark:text-emerald-300' : 'text-sm text-accent-700 dark:text-accent-300'}
    >
      {state.message}
    </p>
  );
}
