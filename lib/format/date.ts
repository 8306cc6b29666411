// Dates are stored in UTC and shown in the newsroom's time zone.
export const NEWSROOM_TIME_ZONE = process.env.NEWSROOM_TIME_ZONE ?? 'America/New_York';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeZone: NEWSROOM_TIME_ZONE,
});
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: NEWSROOM_TIME_ZONE,
});

const dayParts = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: NEWSROOM_TIME_ZONE,
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** The calendar day of `date` in the newsroom's time zone, as YYYY-MM-DD (formatCalendarDay shows it). */
export function calendarDay(date: Date): string {
  // Assembled from the parts, not from a locale's own order of them (which ICU may change).
  const part = Object.fromEntries(dayParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}
