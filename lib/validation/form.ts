// Form plumbing shared by server actions: FormData → plain object, zod errors → field errors.
import type { z } from 'zod';
import { AppError, ValidationError, toPublicError } from '@/lib/errors';

/** What every server action returns to its form. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export const initialFormState: FormState = { ok: false };

/** Text fields of a form as an object; files and repeated keys are ignored. */
export function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !(key in out)) out[key] = value;
  }
  return out;
}

/** Parses `formData` with `schema`: unknown keys are dropped, so extra fields change nothing. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { success: true; data: z.output<S> } | { success: false; state: FormState } {
  const result = schema.safeParse(formFields(formData));
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { success: false, state: { ok: false, message: 'Some fields need attention.', fieldErrors } };
}

/**
 * The common body of a server action after the session lookup: parse with `schema`, run
 * the data-layer call, and turn typed errors into form state. Unknown errors are logged and
 * shown as a generic message, never as a stack trace.
 */
export async function handleForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (data: z.output<S>) => Promise<FormState | string>,
): Promise<FormState> {
  const parsed = parseForm(schema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const result = await run(parsed.data);
    return typeof result === 'string' ? { ok: true, message: result } : result;
  } catch (error) {
    return errorState(error);
  }
}

/** Form state for a thrown error. */
export function errorState(error: unknown): FormState {
  if (error instanceof ValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (!(error instanceof AppError)) console.error(error);
  return { ok: false, message: toPublicError(error).message };
}
