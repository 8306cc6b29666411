// Schemas for the workflow forms, and the newsroom-time-zone conversion of the schedule
// field: a datetime-local value means wall-clock time in NEWSROOM_TIME_ZONE, stored in UTC.
import { z } from 'zod';
import { NEWSROOM_TIME_ZONE } from '@/lib/format/date';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Milliseconds the wall clock in `timeZone` is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** "2026-05-01T09:30" as wall-clock time in `timeZone` → the UTC instant (null when malformed). */
export function zonedLocalToUtc(local: string, timeZone: string = NEWSROOM_TIME_ZONE): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || (s ?? 0) > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  // Two passes settle the offset on either side of a daylight-saving change.
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}

/** The UTC instant as a datetime-local value ("YYYY-MM-DDTHH:mm") in `timeZone`. */
export function utcToZonedLocal(date: Date, timeZone: string = NEWSROOM_TIME_ZONE): string {
  const local = new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

/** The schedule field's starting value: the top of the hour after next, in newsroom time. */
export function suggestedScheduleTime(now: Date = new Date()): string {
  const next = new Date(now.getTime() + 2 * 3_600_000);
  next.setUTCMinutes(0, 0, 0);
  return utcToZonedLocal(next);
}

const idField = z.string().trim().min(1, 'Missing article.').max(40);
const versionField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: 'custom', message: 'Invalid version.' });
      return z.NEVER;
    }
    return n;
  });

export const articleStepSchema = z.object({ articleId: idField, expectedVersion: versionField });

export const noteStepSchema = articleStepSchema.extend({ note: z.string().max(2000, 'Keep it under 2,000 characters.').default('') });

export const reasonStepSchema = articleStepSchema.extend({ reason: z.string().max(1000, 'Keep the reason under 1,000 characters.').default('') });

export const scheduleStepSchema = articleStepSchema.extend({
  at: z.string().transform((v, ctx) => {
    const at = zonedLocalToUtc(v);
    if (!at) {
      ctx.addIssue({ code: 'custom', message: 'Choose a date and time.' });
      return z.NEVER;
    }
    return at;
  }),
});

export const notificationIdSchema = z.object({ notificationId: z.string().trim().min(1).max(40) });
