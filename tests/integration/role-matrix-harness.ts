// Shared machinery of the role-matrix suites: the six kinds of actor, the row shape and the
// allow/deny test every row gets. A deny must be a permission refusal and leave the
// database as `snapshot` saw it.
import type { Actor } from '@/lib/auth/permissions';
import { AuthRequiredError, ForbiddenError } from '@/lib/errors';

export type Who = 'anonymous' | 'writer' | 'otherWriter' | 'editor' | 'admin' | 'deactivated';
export const WHO: Who[] = ['anonymous', 'writer', 'otherWriter', 'editor', 'admin', 'deactivated'];
export const STAFF: Who[] = ['writer', 'otherWriter', 'editor', 'admin'];
/** The article's own writer and the editors. */
export const OWNER: Who[] = ['writer', 'editor', 'admin'];
export const EDITORS: Who[] = ['editor', 'admin'];
export const ADMINS: Who[] = ['admin'];

export interface MatrixRow<F> {
  allow: Who[];
  setup?: () => Promise<F>;
  call: (actor: Actor | null, fx: F) => Promise<unknown>;
  /** Database state a denied call must not change. */
  snapshot?: (fx: F) => Promise<unknown>;
  /** For runner rows: the form they send (server actions send the same). */
  form?: (fx: F) => FormData;
}

const DENY_MESSAGE = /sign in|permission|deactivated/i;

function isFormState(value: unknown): value is { ok: boolean; message?: string } {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

/** Allowed, or refused for lack of permission; anything else fails the test. */
async function outcome(call: () => Promise<unknown>): Promise<{ allowed: boolean; detail: string }> {
  try {
    const result = await call();
    if (isFormState(result)) return { allowed: result.ok, detail: result.message ?? '' };
    return { allowed: true, detail: '' };
  } catch (error) {
    if (error instanceof AuthRequiredError || error instanceof ForbiddenError) return { allowed: false, detail: error.message };
    // redirect() after a successful action.
    if (error instanceof Error && error.message === 'NEXT_REDIRECT') return { allowed: true, detail: 'redirect' };
    throw error;
  }
}

/** One describe per row and one test per kind of actor. `actors` is read when tests run. */
export function describeRows<F>(rows: Record<string, MatrixRow<F>>, actors: () => Record<Who, Actor | null>) {
  for (const [name, row] of Object.entries(rows)) {
    describe(name, () => {
      for (const who of WHO) {
        const allowed = row.allow.includes(who);
        it(`${allowed ? 'allows' : 'denies'} ${who}`, async () => {
          const fx = row.setup ? await row.setup() : ({} as F);
          const before = row.snapshot ? await row.snapshot(fx) : null;
          const result = await outcome(() => row.call(actors()[who], fx));
          if (allowed) {
            expect(result).toEqual({ allowed: true, detail: expect.anything() });
          } else {
            expect(result.allowed).toBe(false);
            expect(result.detail).toMatch(DENY_MESSAGE);
            if (row.snapshot) expect(await row.snapshot(fx)).toEqual(before);
          }
        });
      }
    });
  }
}
